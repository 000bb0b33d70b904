"""A candidate, and the sources that read a query as it stands: curated forms, lexicon words, one-character
names, a word in pinyin or in English, a people named by its land.
"""

import math
import re
from dataclasses import asdict, dataclass, replace

from ..lexicon import english_key
from ..pinyin import pinyin
from ..text import fold, without_tones
from .tables import _database_path, _press_readings, _syllable_index, _weights
from .vocabulary import GENERIC_CHARACTERS, PEOPLE_HEADS, PRINTED_GENERICS


MAX_LIMIT = 50
POS_KIND = {"nr": "person", "ns": "place", "nt": "organization"}
PEOPLE_POS = ("nr", "nrfg")  # jieba's tags of Chinese people's names (nrfg: the famous, 金庸)


# A word that names an administrative unit, when a place is asked for: higher units first.
PLACE_BONUS = {"province": 40, "prefecture": 35, "county": 30, "township": 20}


STATUS_BONUS = {"verified": 20, "attested": 16, "candidate": 0}
BEAM = 6  # characters kept per syllable when composing names


# Score taken from a lexicon word for each syllable whose diacritics differ from the query's: more for a
# person, whose name the press reads as written (Dương Dương is 杨洋, not 养羊 dưỡng dương), than for a
# title the press may read its own way (Thiện nữ u hồn 倩女幽魂, read thiến).
INEXACT_PENALTY = {"person": 450, None: 250}
CURATED_BASE = 1000  # a curated form's score before its weights
ENGLISH_BELOW = 10  # a curated entry found by its English name, below those whose Vietnamese forms read so


# Score a curated entry loses for each syllable whose diacritics differ from the query's: a word read
# with the very diacritics ranks first (Tây Dương 西洋, not Tây Đường 西塘), a misprint still finds its
# entry when nothing reads so (Hàng Chấu 杭州).
CURATED_INEXACT = 500
CURATED_OTHER_LETTERS = 1000  # for a syllable with other letters (Lưu Đường 刘唐 is not Lưu Dương 刘洋): below names composed


@dataclass
class Candidate:
    zh: str
    vi: str  # the Vietnamese reading or form this candidate has
    pinyin: str
    score: float
    source: str  # glossary, lexicon, composed
    status: str
    exact: bool  # same diacritics as the query (tone style aside)
    entry_id: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


BRANDS = {"term", "organization"}  # a platform, a brand, a medium is either: Tmall 天猫, asked for as a term
OTHER_KIND_PENALTY = 600  # a curated entry of the other of those kinds: below the lexicon's words, above names composed


def _curated(conn, key: str, folded: str, kind: str | None):
    sql = (
        "select entries.id, entries.kind, names.zh, entries.zh, entries.pinyin, entries.status, names.vi, names.vi_key, "
        "names.rendering, coalesce(lexicon.freq, 0), coalesce(lexicon.place, '') from names "
        "join entries on entries.id = names.entry_id left join lexicon on lexicon.word = names.zh where names.vi_fold = ?"
    )
    for entry_id, entry_kind, zh, entry_zh, py, status, vi, vi_key, rendering, freq, place in conn.execute(sql, (folded,)):
        if kind and entry_kind != kind and not {kind, entry_kind} <= BRANDS:
            continue
        exact = vi_key == key
        score = CURATED_BASE + 50 * exact + shared_form_weight(status, rendering, freq, place)
        score -= OTHER_KIND_PENALTY * (bool(kind) and entry_kind != kind)
        if key != folded and not exact:  # printed with other diacritics: Tây Dương is 西洋 before Tây Đường 西塘
            score -= sum(CURATED_INEXACT if without_tones(a) == without_tones(b) else CURATED_OTHER_LETTERS
                         for a, b in zip(vi_key.split(), key.split()) if a != b)  # fmt: skip
        if zh == entry_zh:
            yield Candidate(zh, vi, py, score, "glossary", status, exact, entry_id)
        else:  # the form writes another of the entry's names (Vạn Lý Trường Thành 万里长城), then the entry's (长城)
            yield Candidate(zh, vi, pinyin(zh, kind=entry_kind).result, score, "glossary", status, exact, entry_id)
            yield Candidate(entry_zh, vi, py, score - 1, "glossary", status, False, entry_id)


def shared_form_weight(status: str, rendering: str, freq: int, place: str) -> float:
    """How surely a form names an entry, among entries that share it: its status, a reading of its
    characters (紫禁城 Tử Cấm Thành before 故宫, 桂林市 Quế Lâm before the commandery's variant), how common
    its word is (西湖 before 西湖区, by jieba's frequency), the unit's level (吉林 before 吉林市)."""
    return STATUS_BONUS[status] + 5 * (rendering == "hanviet") + min(15.0, 3 * math.log10(freq + 1)) + PLACE_BONUS.get(place, 0) / 10


def _lexicon(conn, key: str, folded: str, kind: str | None):
    """Words read as the query. For a person, a common word ranks below composed names unless jieba
    tags it a person's name (nr, nrfg); a word tagged with the kind asked for ranks higher."""
    sql = "select word, freq, pos, place, reading from lexicon where fold = ?"
    for word, freq, pos, place, reading in conn.execute(sql, (folded,)):
        exact = reading == key or ((kind != "person" or pos.startswith("nr")) and _reads(conn, word, key))
        base = 500 if kind != "person" or pos in PEOPLE_POS else 50
        if key != folded and not exact:  # the query's diacritics say otherwise: more so in more syllables
            base -= INEXACT_PENALTY["person" if kind == "person" else None] * sum(a != b for a, b in zip(reading.split(), key.split()))
        of_kind = kind is not None and (POS_KIND.get(pos) == kind or (kind == "place" and bool(place)))  # 临高: v
        unit = kind == "place" and bool(place)  # its level says more than how common the word is (铜仁, not 同仁)
        score = base + 50 * exact + (2 if unit else 10) * math.log10(freq + 1) + 20 * of_kind
        score += PLACE_BONUS[place] if unit else 0
        yield Candidate(word, reading, "", round(score, 2), "lexicon", "candidate", exact)


PINYIN_WORD = re.compile(r"[A-Za-z]+(?:['-]?[A-Za-z]+)*")  # Yiwu, YongShun, Xi'an


def printed_pinyin_key(text: str) -> str:
    """A word printed in pinyin as the lexicon keys it: Xi'an → xian, YongShun → yongshun, Siziwang
    Banner → siziwangqi."""
    name, _, generic = text.lower().rpartition(" ")
    if name and generic in PRINTED_GENERICS:
        text = name + PRINTED_GENERICS[generic]
    return re.sub(r"['-]", "", text.lower())


def lexicon_by_pinyin(conn, text: str) -> list[tuple[str, int, str, str]]:
    """The lexicon's words whose toneless pinyin is the printed word: word, freq, pos, place, commonest first."""
    sql = "select word, freq, pos, place from lexicon where pinyin = ? order by freq desc"
    return conn.execute(sql, (printed_pinyin_key(text),)).fetchall()


def _pinyin_word(conn, text: str):
    """Places, companies and brands printed as one word of toneless pinyin (Yiwu 义乌, Quanjude 全聚德),
    a unit's level first, then how common the word is."""
    name, _, generic = text.rpartition(" ")
    if not PINYIN_WORD.fullmatch(name if name and generic.lower() in PRINTED_GENERICS else text):
        return
    rows = lexicon_by_pinyin(conn, text)
    for word, freq, _, place in rows:
        score = 400 + 10 * math.log10(freq + 1) + PLACE_BONUS.get(place, 0)
        yield Candidate(word, text, "", round(score, 2), "lexicon", "candidate", True)
    ending = GENERIC_CHARACTERS.get(PRINTED_GENERICS.get(generic.lower(), "")) if name and not rows else None
    for word, freq, pos, place in lexicon_by_pinyin(conn, name) if ending else ():  # Shenzhen Port 深圳港
        if place or pos == "ns":
            score = 390 + 10 * math.log10(freq + 1) + PLACE_BONUS.get(place, 0)
            yield Candidate(word + ending, text, "", round(score, 2), "composed", "candidate", True)


ENGLISH_SCORE = 420  # a name CC-CEDICT gives in English: above a word of pinyin or a name composed from it


def _english(conn, text: str):
    """Proper nouns CC-CEDICT names so in English (China News Service 中国新闻社, SCO 上海合作组织), the
    commonest in the lexicon first (Yangtze River: 长江, then 万里长江)."""
    sql = "select english.word, lexicon.freq from english join lexicon using (word) where english.key = ?"
    for word, freq in conn.execute(sql, (english_key(text),)):
        yield Candidate(word, text, "", round(ENGLISH_SCORE + math.log10(freq + 1), 2), "lexicon", "candidate", True)


def _curated_english(conn, text: str, kind: str | None):
    """Curated entries whose English name is the query, or ends with it in brackets: Jackson Yee 易烊千玺, CSRC 证监会
    (China Securities Regulatory Commission (CSRC)); below the entries whose Vietnamese forms read so."""
    key = text.lower()
    sql, params = "select id, kind, zh, pinyin, status from entries where en_key = ?", (key,)
    if " " not in key:  # one word may also stand in brackets after the name (an acronym, a brand): a scan
        sql, params = sql + " or en_key like ? escape '\\'", (key, "% (" + re.sub(r"([%_\\])", r"\\\1", key) + ")")
    for entry_id, entry_kind, zh, py, status in conn.execute(sql, params):
        if not kind or entry_kind == kind:
            yield Candidate(zh, text, py, CURATED_BASE - ENGLISH_BELOW, "glossary", status, True, entry_id)


def _reads(conn, word: str, key: str) -> bool:
    """Each character of word can be read as the query's syllable, by the dictionary or the press:
    the lexicon keeps one reading a word (朝阳 triêu dương), names take others (Triều Dương)."""
    syllables = key.split()
    if len(syllables) != len(word):
        return False
    press = _press_readings(_database_path(conn))
    exact_index = _syllable_index()[0]
    return all(char in exact_index.get(s, ()) or char in press.get(s, ()) for char, s in zip(word, syllables))


def _people(conn, key: str, use_glossary: bool):
    """A people named by its land or its name after người or dân tộc: the lexicon's word for the
    people made of the land's characters, whole or first or last (người Mông Cổ 蒙古族, người Tây Tạng
    藏族 from 西藏, người Mãn Châu 满族 from 满洲)."""
    head = next((h for h in PEOPLE_HEADS if key.startswith(h + " ")), None)
    if not head:
        return
    name = key[len(head) + 1 :]
    lands = [*_lexicon(conn, name, fold(name), "place"), *(_curated(conn, name, fold(name), None) if use_glossary else ())]
    lands += list(_single(conn, name))  # người Tạng 藏族, người Hán 汉族
    for land in lands:
        for i, people in enumerate(dict.fromkeys([land.zh + "族", land.zh[-1] + "族", land.zh[0] + "族"])):
            if conn.execute("select 1 from lexicon where word = ?", (people,)).fetchone():
                yield Candidate(people, key, "", round(land.score - 5 - i, 2), "lexicon", "candidate", land.exact)


def _people_named(conn, word: Candidate):
    """The people a lexicon word names (土家 → 土家族), when the lexicon has it: before the word, unless
    the word names a place (蒙古, Mongolia, before 蒙古族)."""
    if word.zh.endswith("族"):
        return
    rows = {w: (pos, place) for w, pos, place in conn.execute(
        "select word, pos, place from lexicon where word in (?, ?)", (word.zh, word.zh + "族"))}  # fmt: skip
    if word.zh + "族" in rows:
        pos, place = rows.get(word.zh, ("", ""))
        yield replace(word, zh=word.zh + "族", pinyin="", score=word.score + (-1 if pos == "ns" or place else 1))


def _single(conn, syllable: str):
    """One-character names (sông Tương → 湘): characters read so, those common in place names first."""
    if " " in syllable:
        return
    exact_index, fold_index = _syllable_index()
    table = _weights(_database_path(conn))["place"]
    chars = exact_index.get(syllable) or fold_index.get(fold(syllable), set())
    for weight, char in sorted(((table.get(c, table[""]), c) for c in chars), reverse=True)[:BEAM]:
        yield Candidate(char, syllable, "", round(500 + 10 * weight, 2), "lexicon", "candidate", True)

"""Vietnamese → ranked Chinese candidates.

Curated entries first, then lexicon words whose Hán-Việt reading matches (jieba's word list and
China's administrative units, read at build time), names written with a Vietnamese generic, body,
institution or title (trấn Na Pha 那坡镇, Tỉnh ủy Quảng Đông 广东省委, Đại học Thanh Hoa 清华大学,
Hán Vũ Đế 汉武帝), names and terms made of lexicon words (Tứ đại cổ thành 四大 + 古城), then names
composed syllable by syllable: surname readings (one character, or two: Gia Cát 诸葛) weighted by
the surname's population rank, given-name characters by how often they occur in given names, press
readings (宏 hồng) a little below dictionary ones. A lexicon word matches with the same diacritics
when each character can be read as the query's syllable (朝阳 Triều Dương, though the word reads triêu
dương). A person's name in pinyin without tones (Li Yuchao) is composed from the characters each
syllable reads. Works with or without diacritics and in either tone style; a match with the same
diacritics ranks higher.

The ways of reading a query, by module: candidates (curated forms, lexicon words, words in pinyin or
English), heads (names after a generic, body or institution), compounds (names made of several words, and
names with a title) and composed (names composed syllable by syllable); vocabulary holds the Vietnamese
words printed around names, and tables what is read once from the database and the packaged data.
"""

import re
import sqlite3
from dataclasses import replace

from .. import readings
from ..errors import InvalidInput
from ..hanviet import hanviet
from ..names import KINDS, check_length
from ..pinyin import pinyin
from ..text import fold, nfc, normalize_vi, script
from .tables import _database_path, _surname_chars, _surnames_read, chinese_number, number_value, series
from .vocabulary import FESTIVAL_WORDS, PERSON_WORDS_BEFORE, VI_GENERICS, VI_TITLES_BEFORE, _head
from .candidates import (
    CURATED_BASE, Candidate, MAX_LIMIT, _curated, _curated_english, _english, _lexicon, _people, _people_named,
    _pinyin_word, _single,
)
from .composed import MAX_COMPOSED, _clan_and_given, _composed, _from_pinyin, _long_surnames
from .compounds import _compound, _reordered, _with_title
from .heads import _with_generic


MAX_VI = 100  # characters


TITLED_PENALTY = 5  # a name read after its title, below the whole query's readings
WORD_SCORE = 150  # a candidate this good is read as words or an entry, not a name composed character by character


FESTIVAL_PENALTY = 300  # the festival of a name printed alone, below the name's own curated entries


def reverse(
    conn: sqlite3.Connection, vi: str, kind: str | None = None, limit: int = 10, use_glossary: bool = True
) -> list[Candidate]:
    """Chinese candidates for a Vietnamese form, best first; use_glossary=False leaves curated entries out.

    >>> import sqlite3; reverse(sqlite3.connect(":memory:"), "中关村")
    Traceback (most recent call last):
    ...
    glossary.errors.InvalidInput: give Vietnamese (Latin letters), not 'han' text
    """
    vi = check_length(nfc(vi).strip(), MAX_VI, "input")
    if not vi:
        raise InvalidInput("empty input: give a Vietnamese form")
    if script(vi) != "latin":
        raise InvalidInput(f"give Vietnamese (Latin letters), not {script(vi)!r} text")
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}")
    key, folded = normalize_vi(vi).lower(), fold(vi)
    found: dict[str, Candidate] = {}

    def add(candidate: Candidate) -> None:
        if candidate.zh not in found or found[candidate.zh].score < candidate.score:
            found[candidate.zh] = candidate

    for candidate in _curated(conn, key, folded, kind) if use_glossary else ():
        add(candidate)
    for word in FESTIVAL_WORDS if use_glossary and kind in (None, "term") else ():  # Trung Thu: Tết Trung Thu 中秋节
        for candidate in _curated(conn, f"{word} {key}", f"{fold(word)} {folded}", "term"):
            add(replace(candidate, score=candidate.score - FESTIVAL_PENALTY))
    for candidate in _lexicon(conn, key, folded, kind):
        add(candidate)
        if kind in (None, "term"):
            for people in _people_named(conn, candidate):  # Thổ Gia 土家族, Cảnh Pha 景颇族
                add(people)
    compounds = set()  # made of words: read and written as terms when no kind is asked (四大名楼, 中国工商银行)
    if kind in (None, "place", "organization", "term"):
        for candidate in _with_generic(conn, key, use_glossary):
            add(candidate)
            compounds.add(candidate.zh)
    if kind in (None, "person", "term"):  # Phật Di Lặc 弥勒佛 is a term to some
        for candidate in _with_title(conn, key, folded):
            add(candidate)
    if len(folded.split()) == 1 and kind in (None, "place", "term"):
        for candidate in _single(conn, key):  # 皖 Hoản, the one-character name of Anhui
            add(candidate)
    if kind in (None, "term"):
        for candidate in _people(conn, key, use_glossary):  # người Tây Tạng 藏族
            add(candidate)
    clans = _long_surnames(folded.split(), False) if kind in (None, "person") else []  # Ái Tân Giác La Dận Chân
    for candidate in _clan_and_given(conn, key, folded, clans) if use_glossary else ():
        add(candidate)
    if len(folded.split()) >= 3 and kind != "person" and not any(size >= 3 for size, _ in clans):  # no 爱新觉罗 + 胤真
        head_first = kind != "place" and any(word[:1].islower() for word in vi.split()[1:])  # not Hoàng Sơn Mao Phong
        for candidate in _compound(conn, key, folded, head_first):
            add(candidate)
            compounds.add(candidate.zh)
        for candidate in _reordered(conn, key, folded, kind):
            add(candidate)
    words = vi.split()  # hồ Mộc Long: a generic before a name, not a person or place read as a whole
    after_generic = words[0].islower() and words[-1][:1].isupper() and _head(key) in VI_GENERICS
    if kind == "person" and len(folded.split()) == 1:  # a person called by the surname alone: Khương 姜, then 羌
        surnames = _surname_chars(_database_path(conn))
        for candidate in _composed(conn, key, folded, "person"):
            if candidate.zh in surnames:
                add(candidate)
    if 2 <= len(folded.split()) <= (MAX_COMPOSED + readings.LONGEST_SURNAME if clans else MAX_COMPOSED) and not after_generic:
        for role in ("person", "place"):
            if kind in (None, role) or (kind == "term" and role == "place"):
                for candidate in _composed(conn, key, folded, role):
                    add(candidate)
    numbered = NUMBERED.fullmatch(vi)
    with_numbers = set()  # read with the number as printed (Thường Nga 5), not the numeral's reading
    for candidate in _numbered(conn, numbered, use_glossary) if numbered and kind != "person" else ():
        add(candidate)
        compounds.add(candidate.zh)
        with_numbers.add(candidate.zh)
    read = max((c.score for c in found.values()), default=0) >= WORD_SCORE  # a word or an entry reads the whole
    for candidate in _after_a_title(conn, vi, use_glossary) if kind == "person" and not read else ():
        add(candidate)  # Thủ tướng Lý Cường: 李强; not Càn Long for Hoàng đế Càn Long 乾隆帝
    if kind in (None, "person") and vi.replace("ü", "v").isascii():
        for candidate in _from_pinyin(conn, vi, one_word=kind == "person"):  # Pan Gongsheng, Lü Zhiming; Lindan, Xi
            add(candidate)
    if vi.isascii():
        for candidate in _english(conn, vi):  # China News Service 中国新闻社, Wang Yi 王毅
            add(candidate)
        for candidate in _curated_english(conn, vi, kind) if use_glossary else ():  # Jackson Yee 易烊千玺
            add(candidate)
    if kind != "person" and vi.isascii():
        for candidate in _pinyin_word(conn, vi):  # Yiwu 义乌, Quanjude 全聚德
            add(candidate)
            for people in _people_named(conn, candidate) if kind in (None, "term") else ():
                add(people)  # Naxi 纳西族
    # Curated entries first: an entry printed so, of the kind asked for, before names made from a curated part
    # (Trấn Nam Quan 镇南关, not 南关镇 from the entry Nam Quan and the generic trấn).
    ranked = sorted(found.values(), key=lambda c: (not (c.source == "glossary" and c.score >= CURATED_BASE), -c.score))[:limit]
    for candidate in ranked:
        as_kind = kind or ("person" if candidate.source == "composed" and candidate.zh not in compounds else "term")
        candidate.pinyin = candidate.pinyin or pinyin(candidate.zh, kind=as_kind).result
        if candidate.source == "composed" and candidate.zh not in with_numbers:
            candidate.vi = hanviet(candidate.zh, kind=as_kind, use_glossary=False).result
    return ranked


# A name and its number: Hằng Nga-6, Thần Châu VI, Trường Chinh-2F (a model's letter after it), Chiến lang 2.
NUMBERED = re.compile(r"(.+?) ?[ -] ?(\d{1,2}|[IVX]{1,5})([A-H]?)")


def _numbered(conn, match: re.Match, use_glossary: bool):
    """A numbered craft of a known series (Hằng Nga-6 嫦娥六号, Trường Chinh-2F 长征二号F) or a sequel in
    digits (Chiến lang 2 战狼2): the name's candidates with the number."""
    name, number, letter = match.groups()
    value = number_value(number)
    if not 0 < value < 100:
        return
    for candidate in reverse(conn, name, limit=5, use_glossary=use_glossary):
        if candidate.zh in series(_database_path(conn)):
            zh, score = f"{candidate.zh}{chinese_number(value)}号{letter}", candidate.score
            spelled = pinyin(zh, kind="term").result
        else:
            zh, score = f"{candidate.zh}{value}{letter}", candidate.score - 5
            spelled = f"{candidate.pinyin} {value}{letter}"
        score = min(score, CURATED_BASE - 1)  # below the curated forms of the whole (Na Tra 2, a film's title)
        yield replace(candidate, zh=zh, vi=f"{candidate.vi} {number}{letter}", pinyin=spelled, score=score,
                      source="composed", status="candidate", entry_id="")  # fmt: skip


def _after_a_title(conn, vi: str, use_glossary: bool):
    """A person's name printed after a word for a person (ông Lý Cường) or a title (Thủ tướng Lý Cường,
    Bộ trưởng Ngoại giao Vương Nghị): the candidates of the capitalised words at the end, a little lower. A
    title has a word in lower case; all capitalised, the words are the name (Tào Ngụy Văn Đế). Only when no word
    or entry reads the whole query, and not after a title written with the name (Hoàng đế Càn Long 乾隆帝)."""
    words = vi.split()
    if normalize_vi(words[0]).lower() in PERSON_WORDS_BEFORE:
        name = words[1:]
    else:
        start = len(words)
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        title = normalize_vi(" ".join(words[:start])).lower()
        name = words[start:] if any(w[:1].islower() for w in words[:start]) and not _written_with_the_name(title) else []
    if 2 <= len(name) <= MAX_COMPOSED + readings.LONGEST_SURNAME and len(name) < len(words):
        for candidate in reverse(conn, " ".join(name), kind="person", limit=MAX_LIMIT, use_glossary=use_glossary):
            yield replace(candidate, score=round(candidate.score - TITLED_PENALTY, 2))


def _written_with_the_name(title: str) -> bool:
    """A title Chinese writes after the name (Hoàng đế Càn Long 乾隆帝), or a surname printed in lower case (Tư mã
    Tương Như 司马相如)."""
    words = title.split()
    phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return fold(title) in _surnames_read(False) or any(p in VI_TITLES_BEFORE for p in phrases)


def courtesy_names(conn, vi: str, limit: int = 3) -> list[Candidate]:
    """A courtesy, art or dharma name (tự Nguyên Hóa 元化): reverse's words for a person, then names with no
    surname, every syllable read as a given name's, instead of its names composed with a surname (原化)."""
    key, folded = normalize_vi(vi).lower(), fold(vi)
    words = [c for c in reverse(conn, vi, kind="person", limit=limit) if c.source != "composed"]
    given = sorted(_composed(conn, key, folded, "given"), key=lambda c: -c.score)
    for candidate in given[: limit - len(words)] if len(words) < limit else []:
        candidate.vi = hanviet(candidate.zh, kind="person", use_glossary=False).result
        words.append(candidate)
    return [replace(c, pinyin=pinyin(c.zh, kind="place").result) for c in words]  # one word, as a given name alone: Yuánhuà

"""What the reading engine shares between Hán-Việt and pinyin: kinds, input checks, Mandarin context."""

import re

from pypinyin import Style, lazy_pinyin

from .errors import InvalidInput
from .readings import LONGEST_SURNAME, name_pinyin, surnames
from .text import is_han, nfc, to_simplified, to_traditional

KINDS = ("person", "place", "organization", "term")


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(value: str, what: str = "input") -> str:
    """InvalidInput when value is not valid Unicode text (unpaired surrogates); else value."""
    if _SURROGATE.search(value):
        raise InvalidInput(f"{what} is not valid Unicode text (unpaired surrogate code points)")
    return value


def check_length(value: str, limit: int, what: str = "input") -> str:
    """InvalidInput when value is longer than limit characters or not valid text; else value."""
    if len(value) > limit:
        raise InvalidInput(f"{what} is {len(value)} characters long; the limit is {limit}")
    return check_text(value, what)


def check_chinese(zh: str, kind: str) -> str:
    """NFC and stripped; raises InvalidInput when empty, without Chinese, or of an unknown kind."""
    if kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    zh = nfc(check_text(zh)).strip()
    if not zh:
        raise InvalidInput("empty input: give Chinese characters")
    if not any(is_han(c) for c in zh):
        raise InvalidInput(f"no Chinese characters in {zh[:40]!r}")
    return zh


def simplified(zh: str) -> str:
    """Traditional characters replaced by their simplified forms, one for one (長沙 → 长沙).

    A character OpenCC would change but that is itself in simplified use stays (乾 in 乾清宫 is not 干):
    only a change that converts back to the same character is taken.

    >>> simplified("中關村"), simplified("乾清宫")
    ('中关村', '乾清宫')
    """
    converted = to_simplified(zh)
    if converted == zh or len(converted) != len(zh):
        return zh
    return "".join(new if new == old or to_traditional(new) == old else old for old, new in zip(zh, converted))


def mandarin(zh: str, kind: str = "term") -> list[str]:
    """One pinyin syllable (tone marks) per character, in word context; non-Han characters as they are.

    People's surnames take their surname readings (data/surnames.csv: 任 rén, 曾 zēng) and their
    given names the name readings of data/name_pinyin.csv (刘少奇 shào, not shǎo).

    >>> mandarin("长沙部长"), mandarin("刘少奇", "person"), mandarin("任鸿斌", "person")[0]
    (['cháng', 'shā', 'bù', 'zhǎng'], ['liú', 'shào', 'qí'], 'rén')
    """
    key = simplified(zh)
    syllables = lazy_pinyin(key, style=Style.TONE, errors=lambda run: list(run))
    if kind == "person":
        surname_end = surname_length(key, kind)
        surname = surnames().get(key[:surname_end])
        if surname and surname.pinyin:
            syllables[:surname_end] = surname.pinyin.split()
        names = name_pinyin()
        for i in range(surname_end, len(key)):
            syllables[i] = names.get(key[i], syllables[i])
    return syllables


def surname_length(zh: str, kind: str) -> int:
    """How many leading characters of a person's name are the surname: 2 for 欧阳修, 4 for 爱新觉罗·溥仪
    (a clan name), else 1."""
    if kind != "person" or not is_han(zh[0]):
        return 0
    known = surnames()
    return next((n for n in range(LONGEST_SURNAME, 1, -1) if len(zh) > n and simplified(zh[:n]) in known), 1)

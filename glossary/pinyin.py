"""Chinese characters → pinyin with pypinyin, written as names are written.

People: surname, space, given name joined (Xí Jìnpíng, Ōuyáng Xiū, Àixīnjuéluó Pǔyí), with surname
readings from data/surnames.csv (曾 Zēng, 单 Shàn, 任 Rén); a name in parts (爱新觉罗·溥仪, 吾米提江·玉苏普)
one word a part. Places: one word (Guǎngxī, Xī'ān). Organisations: words capitalised (Zhōngguó
Kēxuéyuàn); terms: words in lower case (réngōng zhìnéng); words are joined as in jieba's word list (up to
three characters), long place names likewise.
"""

import functools
from dataclasses import asdict, dataclass

from pypinyin.contrib.tone_convert import tone_to_normal, tone_to_tone3

from .names import check_chinese, mandarin, simplified, surname_length
from .readings import CLAN_MARK
from .text import is_han

STYLES = ("tone", "numbers", "plain")


@dataclass
class Pinyin:
    input: str
    kind: str
    result: str
    syllables: list[str]

    def to_dict(self) -> dict:
        return asdict(self)


def pinyin(zh: str, kind: str = "term", style: str = "tone") -> Pinyin:
    """Pinyin of a name or term.

    >>> pinyin("习近平", kind="person").result, pinyin("西安", kind="place").result
    ('Xí Jìnpíng', "Xī'ān")
    >>> pinyin("曾庆红", kind="person", style="numbers").result
    'Zeng1 Qing4hong2'
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, not {style!r}")
    zh = check_chinese(zh, kind)
    key = simplified(zh)
    syllables = mandarin(key, kind)
    surname_end = surname_length(key, kind)
    syllables = [_convert(s, style) if is_han(c) else s for c, s in zip(key, syllables)]
    if kind == "person" and CLAN_MARK in key:  # 爱新觉罗·溥仪, 吾米提江·玉苏普: each part is one word
        bounds = [-1, *(i for i, c in enumerate(key) if c == CLAN_MARK), len(key)]
        result = " ".join(_word(syllables[start + 1 : end]) for start, end in zip(bounds, bounds[1:]) if end > start + 1)
    elif kind == "person" and surname_end and len(key) > surname_end:
        result = _word(syllables[:surname_end]) + " " + _word(syllables[surname_end:])
    elif kind == "person" or (kind == "place" and len(key) <= 4):
        result = _word(syllables)
    else:  # words as the pinyin orthography joins them: Zhōngguó Kēxuéyuàn, réngōng zhìnéng
        result = " ".join(_word(syllables[start:end], capital=kind != "term") for start, end in _spans(key))
        result = result.replace(" -", "-")  # a designation's number keeps its hyphen: jiān-20 (歼-20)
    return Pinyin(zh, kind, result, syllables)


def _convert(syllable: str, style: str) -> str:
    if style == "numbers":
        return tone_to_tone3(syllable, v_to_u=True)
    if style == "plain":
        return tone_to_normal(syllable, v_to_u=True)
    return syllable


def _word(syllables: list[str], capital: bool = True) -> str:
    """Join syllables into one capitalised word, with an apostrophe before a, o, e (Xī'ān)."""
    word = ""
    for syllable in syllables:
        if word and tone_to_normal(syllable)[:1] in ("a", "o", "e") and word[-1].isalpha():
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:] if capital else word


@functools.cache
def _dictionary() -> frozenset[str]:
    """The two- and three-character words of jieba's word list, for joining syllables into words."""
    from .lexicon import jieba_dictionary

    with open(jieba_dictionary(), encoding="utf-8") as f:
        return frozenset(word for word, *_ in (line.split(" ", 1) for line in f) if 2 <= len(word) <= 3)


def _spans(key: str) -> list[tuple[int, int]]:
    """Word spans of key: longest dictionary word (up to three characters) first; a run of
    non-Han characters is one span; spaces are dropped."""
    words, spans, i = _dictionary(), [], 0
    while i < len(key):
        if not is_han(key[i]):
            end = i + 1
            while end < len(key) and not is_han(key[end]) and not key[end].isspace():
                end += 1
            if not key[i].isspace():
                spans.append((i, end))
            i = end
            continue
        end = next((e for e in (i + 3, i + 2) if e <= len(key) and key[i:e] in words), i + 1)
        spans.append((i, end))
        i = end
    return spans

"""Chinese characters → pinyin with pypinyin, written as names are written.

People: surname, space, given name joined (Xí Jìnpíng, Ōuyáng Xiū), with surname readings from
data/surnames.csv (曾 Zēng, 单 Shàn, 任 Rén). Places: one word (Guǎngxī, Xī'ān). Organisations:
syllables capitalised; terms: lower case syllables.
"""

from dataclasses import asdict, dataclass

from pypinyin.contrib.tone_convert import tone_to_normal, tone_to_tone3

from .names import check_chinese, mandarin, simplified, surname_length
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
    if kind == "person" and surname_end and len(key) > surname_end:
        result = _word(syllables[:surname_end]) + " " + _word(syllables[surname_end:])
    elif kind in ("person", "place"):
        result = _word(syllables)
    elif kind == "organization":
        result = " ".join(s[:1].upper() + s[1:] for s in _tokens(key, syllables))
    else:
        result = " ".join(_tokens(key, syllables))
    return Pinyin(zh, kind, result, syllables)


def _convert(syllable: str, style: str) -> str:
    if style == "numbers":
        return tone_to_tone3(syllable, v_to_u=True)
    if style == "plain":
        return tone_to_normal(syllable, v_to_u=True)
    return syllable


def _word(syllables: list[str]) -> str:
    """Join syllables into one capitalised word, with an apostrophe before a, o, e (Xī'ān)."""
    word = ""
    for syllable in syllables:
        if word and tone_to_normal(syllable)[:1] in ("a", "o", "e") and word[-1].isalpha():
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


def _tokens(key: str, syllables: list[str]) -> list[str]:
    """Syllables of Han characters; runs of other characters kept together; spaces dropped."""
    tokens: list[str] = []
    previous_han = True
    for char, syllable in zip(key, syllables):
        han = is_han(char)
        if not han and not previous_han:
            tokens[-1] += syllable
        else:
            tokens.append(syllable)
        previous_han = han
    return [token.strip() for token in tokens if token.strip()]

"""Vietnamese and Chinese text handling: NFC, tone-mark styles, i/y spellings, fold keys, scripts.

>>> fold("Âm Hoà Tuấn") == fold("am hoa tuan") == fold("Âm Hòa Tuấn")
True
>>> tone_style("Thuỷ Uỷ ban hoà", "new")
'Thủy Ủy ban hòa'
>>> tone_style("Thủy Ủy ban hòa", "old")
'Thuỷ Uỷ ban hoà'
"""

import functools
import re
import unicodedata

import opencc

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
TONE_STYLES = ("new", "old")
IY_STYLES = ("y", "i")

# The two tone-mark styles differ only in syllables whose nucleus is oa, oe or uy with no
# final consonant (hòa / hoà); "qu" + y is excluded, its u belongs to the initial.
_STYLED_NUCLEUS = re.compile(r"^([^aeiouyăâêôơư]*)(o[ae]|uy)$")
# Initials after which a bare final i is written y in press convention (Lý, Kỷ, Mỹ, Hy, Tỷ).
_IY_SYLLABLE = re.compile(r"(?<![^\W\d_])([hklmt])([iíìỉĩịyýỳỷỹỵ])(?![^\W\d_])", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")


ETH = str.maketrans("Ðð", "Đđ")  # Icelandic eth, which older Vietnamese pages print for Đ and đ


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored and returned string is in, with Đ for the eth some pages print:
    Mao Trạch Ðông (U+00D0) is Mao Trạch Đông.

    >>> nfc("Ðại Phật") == "Đại Phật"
    True
    """
    return unicodedata.normalize("NFC", text).translate(ETH)


def _split_tone(char: str) -> tuple[str, str]:
    """'ồ' -> ('ô', '\u0300'): the base letter (with its shape marks) and its tone mark."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    base = "".join(c for c in decomposed if c not in TONE_MARKS)
    return nfc(base), tone


def without_tones(text: str) -> str:
    """The letters with their shape marks, without tone marks: Hàng Chấu → Hang Châu."""
    return nfc("".join(c for c in unicodedata.normalize("NFD", text) if c not in TONE_MARKS))


@functools.lru_cache(maxsize=65536)
def _restyle_word(word: str, style: str) -> str:
    split = [_split_tone(c) for c in word]
    skeleton = "".join(base for base, _ in split).lower()
    match = _STYLED_NUCLEUS.match(skeleton)
    tone = "".join(t for _, t in split)
    if not match or not tone or match.group(1).endswith("q"):
        return word
    bases = [base for base, _ in split]
    target = len(word) - 2 if style == "new" else len(word) - 1
    bases[target] = nfc(bases[target] + tone)
    return "".join(bases)


def tone_style(text: str, style: str = "new") -> str:
    """Place tone marks in the new (hòa, ủy, thúy) or old (hoà, uỷ, thuý) style.

    Only syllables ending in oa, oe or uy change; the result is NFC.
    """
    if style not in TONE_STYLES:
        raise ValueError(f"tone style must be one of {TONE_STYLES}, not {style!r}")
    return _LETTERS.sub(lambda m: _restyle_word(m.group(0), style), nfc(text))


def iy_style(text: str, style: str = "y") -> str:
    """Spell a bare final i after h, k, l, m, t as y (Lý, Kỷ, Mỹ; press convention) or as i (Lí, Kỉ, Mĩ).

    >>> iy_style("Lí Kỉ Mĩ"), iy_style("Lý Mỹ", "i")
    ('Lý Kỷ Mỹ', 'Lí Mĩ')
    """
    if style not in IY_STYLES:
        raise ValueError(f"i/y style must be one of {IY_STYLES}, not {style!r}")

    def swap(match: re.Match) -> str:
        vowel, tone = _split_tone(match.group(2))
        target = style.upper() if vowel.isupper() else style
        return match.group(1) + nfc(target + tone)

    return _IY_SYLLABLE.sub(swap, nfc(text))


# A u without its horn before ơ and a final consonant, a common misprint (Đuờng for Đường): no syllable is spelt so.
_HORNLESS_U = re.compile(r"[uU](?=[ơờớởỡợƠỜỚỞỠỢ][nmcptNMCPT])")


@functools.lru_cache(maxsize=65536)
def normalize_vi(text: str, tone: str = "new", iy: str = "y") -> str:
    """NFC, tone marks in one style, i/y in one spelling, a u misprinted without its horn before ơ given it
    (Đuờng: Đường), runs of white space collapsed."""
    text = _HORNLESS_U.sub(lambda m: "ư" if m.group() == "u" else "Ư", nfc(text))
    return iy_style(tone_style(" ".join(text.split()), tone), iy)


def restyle_vi(text: str) -> str:
    """normalize_vi with white space as it is: tone marks in the new style, i/y as y, NFC; the result's
    offsets are those of an NFC text."""
    return iy_style(tone_style(text))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The search key: lower case, no diacritics, đ -> d, i/y unified, a hyphen read as a space (Thần
    Châu-9 is Thần Châu 9), white space collapsed.

    >>> fold("Lí Cường"), fold("ĐẶNG Tiểu Bình"), fold("Hải Dương-981")
    ('ly cuong', 'dang tieu binh', 'hai duong 981')
    """
    text = nfc(text).lower().replace("đ", "d").replace("-", " ")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(iy_style(stripped, "y").split())


def _char_fold_table() -> dict[int, str]:
    table = {}
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char.lower()) if not unicodedata.combining(c))
        base = base.replace("đ", "d").replace("y", "i")
        if len(base) == 1 and base != char:
            table[code] = base
    table[ord("Y")] = table[ord("y")] = "i"
    table[ord("-")] = table[ord("–")] = table[ord("—")] = " "
    return table


_CHAR_FOLD = _char_fold_table()


def fold_chars(text: str) -> str:
    """A fold of text with the same length, character for character, for matching with offsets:
    lower case, no diacritics, đ → d, y → i (so Lý and Lí meet), a hyphen or dash read as a space.

    >>> fold_chars("Lý Cường, ĐẶNG"), len(fold_chars("Ủy ban")) == len("Ủy ban")
    ('li cuong, dang', True)
    """
    return text.translate(_CHAR_FOLD)


def capitalize_syllables(text: str) -> str:
    """Capitalise each syllable: 'tập cận bình' -> 'Tập Cận Bình'."""
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def is_han(char: str) -> bool:
    """True for a CJK ideograph (unified, extensions, compatibility) or 〇."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x323AF
        or 0xF900 <= code <= 0xFAFF
        or code == 0x3007
    )


def script(text: str) -> str:
    """'han', 'latin', 'mixed' or 'none' (no letters at all).

    >>> script("中关村"), script("Trung Quan Thôn"), script("中关村 Trung"), script("2024!")
    ('han', 'latin', 'mixed', 'none')
    """
    has_han = any(is_han(c) for c in text)
    has_latin = any(c.isalpha() and not is_han(c) for c in text)
    if has_han and has_latin:
        return "mixed"
    return "han" if has_han else "latin" if has_latin else "none"


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_traditional(text: str) -> str:
    """Simplified -> traditional with OpenCC's phrase-aware s2t: 中关村 -> 中關村."""
    return _converter("s2t").convert(text)


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC's t2s: 中關村 -> 中关村."""
    return _converter("t2s").convert(text)

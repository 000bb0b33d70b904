"""Per-character Hán-Việt readings with provenance.

The generated table (glossary/data/readings.tsv, see glossary.generate) gives each character's
readings from packaged sources; data/char_readings.csv holds curated readings that depend on the
character's Mandarin reading in context (长 zhǎng → trưởng, cháng → trường) or fix a source;
data/surnames.csv the readings of characters used as surnames (任 Nhậm, 曾 Tăng).
"""

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from .text import iy_style, nfc, tone_style

PACKAGE_DATA = Path(__file__).parent / "data"
DATA_DIR = Path(__file__).parent.parent / "data"


@dataclass(frozen=True)
class Reading:
    """One Hán-Việt reading of a character and where it comes from."""

    reading: str
    source: str
    pinyin: str = ""  # the Mandarin reading this Hán-Việt reading goes with, when curated


@dataclass(frozen=True)
class Surname:
    zh: str
    hanviet: str
    pinyin: str
    evidence: str


def _clean(reading: str) -> str:
    return iy_style(tone_style(nfc(reading).strip().lower(), "new"), "y")


@functools.cache
def table() -> dict[str, tuple[Reading, ...]]:
    """char -> readings, curated first, then the generated table's order."""
    readings: dict[str, list[Reading]] = {}
    for row in read_csv(DATA_DIR / "char_readings.csv"):
        readings.setdefault(row["char"], []).append(
            Reading(_clean(row["reading"]), "curated", row["pinyin"].strip())
        )
    with open(PACKAGE_DATA / "readings.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            char, reading, source = line.rstrip("\n").split("\t")
            known = readings.setdefault(char, [])
            if not any(r.reading == reading and not r.pinyin for r in known):
                known.append(Reading(reading, source))
    return {char: tuple(found) for char, found in readings.items()}


@functools.cache
def surname_forms() -> tuple[Surname, ...]:
    """Every printed reading of a surname or clan name (耶律 Gia Luật and Da Luật), the commoner first."""
    return tuple(
        Surname(row["zh"], _clean(row["hanviet"]), row["pinyin"].strip(), row["evidence"])
        for row in read_csv(DATA_DIR / "surnames.csv")
    )


@functools.cache
def surnames() -> dict[str, Surname]:
    """Surname characters (one or two, or a clan name of several: 爱新觉罗) -> their commoner reading."""
    found: dict[str, Surname] = {}
    for surname in surname_forms():
        found.setdefault(surname.zh, surname)
    return found


CLAN_MARK = "·"  # between a name's parts: a clan of three characters or more and the given name (爱新觉罗·溥仪)
LONGEST_SURNAME = 5  # characters: 伊尔根觉罗


@functools.cache
def name_pinyin() -> dict[str, str]:
    """Characters whose Mandarin reading in a given name differs from pypinyin's choice (少 shào)."""
    return {row["char"]: row["pinyin"] for row in read_csv(DATA_DIR / "name_pinyin.csv")}


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a curated CSV; lines starting with # are comments."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def readings(char: str) -> tuple[Reading, ...]:
    """All readings of a character, most common first; () when none is known.

    >>> [r.reading for r in readings("长")][:2]
    ['trường', 'trưởng']
    """
    return table().get(char, ())


def reading_for(char: str, pinyin: str = "") -> Reading | None:
    """The reading of a character given its Mandarin reading in context (tone marks).

    A curated reading for that pinyin wins; otherwise the first reading not tied to another pinyin.

    >>> reading_for("长", "zhǎng").reading, reading_for("长", "cháng").reading
    ('trưởng', 'trường')
    """
    found = readings(char)
    for reading in found:
        if reading.pinyin and reading.pinyin == pinyin:
            return reading
    for reading in found:
        if not reading.pinyin:
            return reading
    return found[0] if found else None

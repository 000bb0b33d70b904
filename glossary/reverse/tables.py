"""What reverse lookup reads once and keeps, or asks the database for: characters by Hán-Việt syllable, the
weights of name characters, press readings, pinyin syllables, surnames, numbers, and administrative units.
"""

import functools
import math
import re
import sqlite3
from collections import defaultdict
from pypinyin import Style, pinyin as pypinyin

from .. import readings
from ..lexicon import log_weight
from ..names import simplified
from ..text import fold


UNIT_LEVELS = ("province", "prefecture", "county", "township")


def _is_unit(conn, key: str, levels: tuple[str, ...] = UNIT_LEVELS) -> bool:
    """The words read, with these very diacritics, as one of China's administrative units of those levels."""
    sql = f"select 1 from lexicon where fold = ? and reading = ? and place in ({','.join('?' * len(levels))}) limit 1"
    return bool(conn.execute(sql, (fold(key), key, *levels)).fetchone())


def _short_name(conn, zh: str) -> str:
    """The short name of the administrative unit whose full name is zh (遵义 for 遵义市), else zh."""
    row = conn.execute("select short from places where full = ? and short != full limit 1", (zh,)).fetchone()
    return row[0] if row else zh


def _full_names(conn, zh: str, levels: tuple[str, ...] = UNIT_LEVELS) -> list[str]:
    """Full names of the administrative units whose short name is zh, of those levels, higher levels first."""
    order = "case level when 'province' then 0 when 'prefecture' then 1 when 'county' then 2 else 3 end"
    sql = f"select full from places where short = ? and level in ({','.join('?' * len(levels))}) order by {order}, full"
    return [row[0] for row in conn.execute(sql, (zh, *levels))]


@functools.cache
def _syllable_index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Reading → simplified characters, by exact reading (tone style normalised) and by fold key."""
    exact: dict[str, set[str]] = defaultdict(set)
    folded: dict[str, set[str]] = defaultdict(set)
    for char, found in readings.table().items():
        if simplified(char) != char or ord(char) > 0xFFFF:
            continue  # traditional forms and the rare characters beyond the Basic Multilingual Plane
        for reading in found:
            exact[reading.reading].add(char)
            folded[fold(reading.reading)].add(char)
    for surname in readings.surnames().values():
        if len(surname.zh) == 1:
            exact[surname.hanviet].add(surname.zh)
            folded[fold(surname.hanviet)].add(surname.zh)
    return exact, folded


@functools.cache
def _nom_readings() -> dict[str, set[str]]:
    """Reading (and its fold) → characters read so only by Unihan though a dictionary reads them
    otherwise: mostly Nôm, the Vietnamese word the character wrote (茄 nhà, 渃 nước)."""
    index: dict[str, set[str]] = defaultdict(set)
    for char, found in readings.table().items():
        if any(not reading.source.startswith("unihan") for reading in found):
            for reading in (r.reading for r in found if r.source.startswith("unihan")):
                index[reading].add(char)
                index[fold(reading)].add(char)
    return index


@functools.cache
def _press_readings(path: str) -> dict[str, set[str]]:
    """Press reading (and its fold) → characters the press reads so (宏 hồng), from the database."""
    index: dict[str, set[str]] = defaultdict(set)
    for char, reading in read_rows(path, "select char, reading from press_readings"):
        index[reading].add(char)
        index[fold(reading)].add(char)
    return index


@functools.cache
def _weights(path: str) -> dict[str, dict[str, float]]:
    """log P(character) as a surname, in a given name and in a place name; characters never seen
    in that role rank below every one that was, by how common they are (add-one smoothing)."""
    rows = read_rows(path, "select char, surname, given, place, freq from name_chars")
    weights = {}
    for role, column in (("surname", 1), ("given", 2), ("place", 3)):
        total = sum(r[column] for r in rows)
        floor = log_weight(0, total) - 1
        weights[role] = {r[0]: log_weight(r[column], total) if r[column] else floor + math.log10(r[4] + 1) / 10 - 1
                         for r in rows}  # fmt: skip
        weights[role][""] = floor - 1  # characters jieba never saw
    return weights


def read_rows(path: str, sql: str) -> list[tuple]:
    """A query's rows, on a read-only connection of its own (for the caches keyed by the database file)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


_SERIAL = re.compile(r"(.+?)([一二三四五六七八九十]+)号")


@functools.cache
def series(path: str) -> frozenset[str]:
    """The names of numbered series: 神舟 for 神舟九号, 嫦娥 for 嫦娥五号."""
    rows = read_rows(path, "select zh from entries union select zh from other_zh")
    return frozenset(match.group(1) for (zh,) in rows if (match := _SERIAL.fullmatch(zh)))


def chinese_number(n: int) -> str:
    """1–99 in Chinese numerals: 9 九, 13 十三, 20 二十."""
    digits = "〇一二三四五六七八九"
    tens, units = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units or not tens else "")


def number_value(number: str) -> int:
    """The value of a number in digits or Roman numerals (VI: 6, XIV: 14); 0 for a malformed one (IIX)."""
    if number.isdigit():
        return int(number)
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in number]
    value = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0]))
    return value if _roman(value) == number else 0


def _roman(n: int) -> str:
    tens, units = divmod(n, 10)
    return "X" * tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][units]


@functools.lru_cache(maxsize=64)
def _database_path(conn: sqlite3.Connection) -> str:
    """The file behind a connection, to key caches of what was read from it."""
    return conn.execute("pragma database_list").fetchone()[2]


@functools.cache
def _surnames_read(with_marks: bool) -> dict[str, list[str]]:
    """Each printed reading of a surname or clan name, with its diacritics or folded, and the characters it reads."""
    found: dict[str, set[str]] = {}
    for surname in readings.surname_forms():
        found.setdefault(surname.hanviet if with_marks else fold(surname.hanviet), set()).add(surname.zh)
    return {reading: sorted(chars) for reading, chars in found.items()}


def reads_as_common_surname(conn, syllable: str) -> bool:
    """One of the hundred commonest surnames reads so (dương 杨; not bối 贝, ni 倪)."""
    exact_index, fold_index = _syllable_index()
    chars = exact_index.get(syllable) or fold_index.get(fold(syllable), set())
    sql = f"select 1 from name_chars where surname_rank between 1 and 100 and char in ({','.join('?' * len(chars))}) limit 1"
    return bool(chars) and bool(conn.execute(sql, sorted(chars)).fetchone())


@functools.cache
def _char_freq(path: str) -> dict[str, int]:
    return dict(read_rows(path, "select char, freq from name_chars"))


@functools.cache
def _surname_chars(path: str) -> frozenset[str]:
    """Characters jieba's names bear as a surname."""
    return frozenset(row[0] for row in read_rows(path, "select char from name_chars where surname > 0"))


@functools.cache
def pinyin_syllables(path: str) -> dict[str, set[str]]:
    """Toneless pinyin syllable → the name characters read so: a character's usual reading, and a
    surname's reading as a surname (单 shan); lü also as lv and lu, as it is printed."""
    chars = [row[0] for row in read_rows(path, "select char from name_chars")]
    found = [(char, pypinyin(char, style=Style.NORMAL)[0][0]) for char in chars]
    found += [(s.zh, fold(s.pinyin)) for s in readings.surnames().values() if len(s.zh) == 1 and s.pinyin]
    index: dict[str, set[str]] = defaultdict(set)
    for char, syllable in found:
        for spelling in {syllable, syllable.replace("v", "u"), syllable.replace("v", "ü")}:
            index[spelling].add(char)
    return index


def split_pinyin(word: str, syllables) -> list[str]:
    """A pinyin word split into syllables, fewest first (Gongsheng → gong sheng); [] if it is no pinyin."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        options = [best[start] + [word[start:end]] for start in range(max(0, end - 6), end)
                   if start in best and word[start:end] in syllables]  # fmt: skip
        if options:
            best[end] = min(options, key=len)
    return best.get(len(word), [])


def _words(conn, words: list[str]) -> dict[str, tuple[str, str]]:
    """Part of speech and administrative level of those of words that are in the lexicon."""
    sql = f"select word, pos, place from lexicon where word in ({', '.join('?' * len(words))})"
    return {word: (pos, place) for word, pos, place in conn.execute(sql, words)} if words else {}

"""Names composed syllable by syllable: a surname (one character, several, or a clan's) and a given name,
each character weighted by how often it is one; and a person's name printed in toneless pinyin.
"""

import heapq
import itertools

from .. import readings
from ..text import fold
from .tables import (
    _database_path, _press_readings, _surname_chars, _surnames_read, _syllable_index, _weights, _words,
    pinyin_syllables, split_pinyin,
)
from .vocabulary import MONASTIC_SURNAME, SOUTHERN, TITLE_KEYS, _building_ending
from .candidates import BEAM, Candidate, MAX_LIMIT, PLACE_BONUS, _curated


MAX_COMPOSED = 4  # syllables composed one by one: a name's, or a given name's after a long surname
# A word read as the given name after a surname of several characters: a person's name of the lexicon (溥仪,
# 阿保机), or after a clan name of three or more a common word of another kind (弘历, tagged a time), weighted
# below it but above names composed character by character.
OTHER_WORD_GIVEN, OTHER_WORD_FREQ = -10.0, 20


CLAN_AND_GIVEN = 110.0  # a clan name before a given name of the glossary: above every name composed (≤ 100)


PRESS_PENALTY = 2.0  # log weight taken from a press reading (宏 hồng) against a dictionary one
# Score of a composed name that is a name or place of the lexicon, which keeps one reading of each word
# (周庄 chu trang, not Châu Trang): above names composed from characters, below words read as the query.
READ_OTHERWISE = 430


COMPOUND_SURNAME = -2.0  # log weight of a two-character surname the query spells (Gia Cát 诸葛)


def _composed(conn, key: str, folded: str, role: str):
    """Names composed syllable by syllable: for people the first syllable is the surname, or the first
    syllables a surname of several characters (Gia Cát 诸葛, Ái Tân Giác La 爱新觉罗·, see _long_surnames); role
    "given" reads every syllable as a given name's (the posthumous 孝钦显 of 孝钦显皇后)."""
    weights = _weights(_database_path(conn))
    with_marks = key != folded  # the query carries diacritics: match them
    keys, folds = key.split(), folded.split()
    tables = [weights["surname" if role == "person" and i == 0 else "place" if role == "place" else "given"]
              for i in range(len(keys))]  # fmt: skip
    options = [_positions(conn, keys, folds, tables, with_marks) if len(keys) <= MAX_COMPOSED else None]
    for size, surnames in _long_surnames(keys if with_marks else folds, with_marks) if role == "person" else ():
        given = _positions(conn, keys[size:], folds[size:], tables[size:], with_marks)
        mark = readings.CLAN_MARK if size >= 3 else ""  # 爱新觉罗·胤禛; 诸葛亮, 完颜阿骨打
        clan = [(COMPOUND_SURNAME, zh + mark) for zh in surnames]
        options.append([clan, *given] if given else None)
        sql = "select word, pos, freq from lexicon where fold = ? and (reading = ? or ?)"  # 努尔哈赤, 溥仪: not 努尔鸽赤
        rows = conn.execute(sql, (" ".join(folds[size:]), " ".join(keys[size:]), not with_marks))
        options += [[clan, [(0.0 if pos.startswith("nr") else OTHER_WORD_GIVEN, word)]]  # after 欧阳, a person's name only
                    for word, pos, freq in rows if pos.startswith("nr") or (freq >= OTHER_WORD_FREQ and size >= 3)]  # fmt: skip
    ending = _building_ending(keys, folds, with_marks)
    if role == "place" and ending and options[0]:  # a building's last word is its own character: 太和门, not 太和们
        options.append([*options[0][:-1], [(max(w for w, _ in options[0][-1]) + 1, ending)]])
    monastic, character = MONASTIC_SURNAME
    if role == "person" and len(keys) >= 2 and (keys[0] == monastic if with_marks else folds[0] == fold(monastic)):
        given = _positions(conn, keys[1:], folds[1:], tables[1:], with_marks)
        options.append([[(max(tables[0].values()), character)], *given] if given else None)
    yield from _ranked(conn, options, role, 100 if role == "person" else 90, key, with_marks)


def _long_surnames(syllables: list[str], with_marks: bool) -> list[tuple[int, list[str]]]:
    """Surnames of two characters or more (Gia Cát 诸葛, Ái Tân Giác La 爱新觉罗) the query starts with, before
    a given name of one to four syllables, not a title (Phú Sát Hoàng hậu 富察皇后): (their size, their characters)."""
    found = []
    for size in range(2, min(readings.LONGEST_SURNAME, len(syllables) - 1) + 1):
        surnames = _surnames_read(with_marks).get(" ".join(syllables[:size]), ())  # as many characters as syllables
        if surnames and len(syllables) - size <= MAX_COMPOSED and " ".join(syllables[size:]) not in TITLE_KEYS:
            found.append((size, surnames))
    return found


def _clan_and_given(conn, key: str, folded: str, clans: list[tuple[int, list[str]]]):
    """A clan name before a person's given name that the glossary has: Ái Tân Giác La Dận Chân 爱新觉罗·胤禛,
    from the entry 胤禛. A candidate, above names composed syllable by syllable."""
    for size, surnames in clans:
        rest = " ".join(key.split()[size:]), " ".join(folded.split()[size:])
        for given in _curated(conn, *rest, "person"):
            mark = readings.CLAN_MARK if size >= 3 else ""
            for zh in surnames if given.exact else ():
                yield Candidate(zh + mark + given.zh, key, "", CLAN_AND_GIVEN, "composed", "candidate", True)


def _ranked(conn, options: list, role: str, base: float, query: str, exact: bool):
    """The best names from lists of positions (characters with weights, syllable by syllable); a
    composition that is a word of its kind ranks up (德宏, a prefecture read Đức Hồng by the press; 习近平)."""
    scored = ((sum(w for w, _ in combination), combination)
              for positions in options if positions for combination in itertools.product(*positions))  # fmt: skip
    best: dict[str, float] = {}  # the name's best weight, when options spell it twice (释 as 释 and as thích)
    for weight, combination in heapq.nlargest(MAX_LIMIT, scored, key=lambda s: s[0]):  # of at most 6⁴
        best.setdefault("".join(c for _, c in combination), weight)
    known = _words(conn, list(best))
    for zh, weight in best.items():
        pos, place = known.get(zh, ("", ""))
        bonus = PLACE_BONUS.get(place, 0) if role == "place" else 20 * (pos == "nr")
        score = base + weight + bonus
        if (role == "person" and pos == "nr") or (role == "place" and (place or pos == "ns")):
            score = max(score, READ_OTHERWISE + bonus)  # 周庄 Châu Trang: the lexicon reads it chu trang
        yield Candidate(zh, query, "", round(score, 2), "composed", "candidate", exact)


def _from_pinyin(conn, text: str, one_word: bool = False):
    """A person's name printed in pinyin without tones (Pan Gongsheng): the surname, then the given
    name's syllables, each read by the characters whose pinyin it is, weighted as names are. one_word: also
    a name printed as one word (Lindan 林丹) or a surname alone (Xi 习)."""
    path = _database_path(conn)
    syllables = pinyin_syllables(path)
    words = [split_pinyin(word, syllables) for word in text.lower().replace("-", " ").split()]
    if one_word and len(words) == 1 and 1 <= len(words[0]) <= 3:
        words = [[s] for s in words[0]]
    elif not 2 <= len(words) <= 3 or not all(words) or len(words[0]) != 1 or sum(map(len, words)) > 4:
        return
    weights, surnames = _weights(path), _surname_chars(path)
    positions = []
    for i, syllable in enumerate(s for word in words for s in word):
        table = weights["surname" if i == 0 else "given"]
        chars = syllables[syllable] & surnames if len(words) == 1 else syllables[syllable]
        positions.append(heapq.nlargest(BEAM, ((table.get(c, table[""]), c) for c in chars)))
    yield from _ranked(conn, [positions], "person", 80, text, True)


def _positions(conn, keys: list[str], folds: list[str], tables: list[dict], with_marks: bool):
    """For each syllable, the best characters read so, weighted by their table; None if one has none."""
    exact_index, fold_index = _syllable_index()
    press = _press_readings(_database_path(conn))
    positions = []
    for k, f, table in zip(keys, folds, tables):
        exact = exact_index.get(k, set()) | exact_index.get(SOUTHERN.get(k, ""), set())
        chars = exact if with_marks else exact | fold_index.get(f, set())
        scored = [(table.get(c, table[""]), c) for c in chars]
        scored += [(table.get(c, table[""]) - PRESS_PENALTY, c) for c in press.get(k if with_marks else f, set()) - chars]
        if not scored:
            return None
        positions.append(sorted(scored, reverse=True)[:BEAM])
    return positions

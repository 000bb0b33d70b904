"""Names and terms made of several words, the lexicon's or words the press translates (truyền hình 电视), in
Chinese or in Vietnamese order, and names with a title (Gia Tĩnh Đế 嘉靖帝).
"""

import functools
import heapq
import itertools
import math
from collections import defaultdict
from dataclasses import replace

from .tables import _char_freq, _database_path, _nom_readings, _surnames_read, _syllable_index, _words, read_rows
from .vocabulary import (
    LONGEST_TITLE, VI_GENERICS, VI_INSTITUTIONS, VI_TITLES, VI_TITLES_BEFORE, _building_ending, _modifiers,
)
from .candidates import BEAM, Candidate, _lexicon, _single
from .composed import _composed


COMPOUND_WORD = 6  # syllables in the longest word of a compound


TITLE_WEIGHT = 5.0  # log weight of a title ending a compound (Tân Tức hầu 新息侯)
CLAN_AND_TITLE = 100.0  # a surname of two characters or more before a title (Độc Cô hoàng hậu 独孤皇后): above names composed
SINGLE_COST = 4.0  # log weight taken from a character on its own in a compound (四大 + 名 + 楼)


def _with_title(conn, key: str, folded: str):
    """Names with a title (Gia Tĩnh Đế 嘉靖帝, Minh Thần Tông 明神宗, Mạnh Tử 孟子, Phật Di Lặc 弥勒佛):
    the name's words that are names, places or eras, or composed names, with the title's character added."""
    words, folds = key.split(), folded.split()
    for size in range(LONGEST_TITLE, 0, -1):
        after, before = " ".join(words[-size:]), " ".join(words[:size])
        if len(words) > size and (after in VI_TITLES or (before in VI_TITLES_BEFORE and len(words) > size + 1)):
            title = VI_TITLES[after] if after in VI_TITLES else VI_TITLES_BEFORE[before]
            named = slice(None, -size) if after in VI_TITLES else slice(size, None)
            name, name_fold = " ".join(words[named]), " ".join(folds[named])
            words_found = list(_lexicon(conn, name, name_fold, None))
            parts = _words(conn, [c.zh for c in words_found])  # names and eras, not 声纹 (Thanh Văn | Tông)
            found = [c for c in words_found if parts[c.zh][0].startswith(("nr", "ns", "nz", "t"))]
            found += _single(conn, name)
            clans = _surnames_read(key != folded).get(name, ()) if len(words) - size >= 2 else ()  # name is folded if key is
            found += [Candidate(zh, name, "", CLAN_AND_TITLE, "composed", "candidate", True) for zh in clans]  # 独孤 + 皇后
            if 2 <= len(words) - size <= 3:  # a name with its surname (卫思), or a posthumous name (孝钦显)
                found += [*_composed(conn, name, name_fold, "person"), *_composed(conn, name, name_fold, "given")]
            for candidate in found:
                yield replace(candidate, zh=candidate.zh + title, pinyin="", vi=key, score=candidate.score - 5)
            return


def _compound(conn, key: str, folded: str, head_first: bool = False):
    """Names and terms made of words the lexicon reads so, fewest and commonest words first:
    Tứ đại cổ thành 四大 + 古城, Hoàng Sơn Mao Phong 黄山 + 毛峰 (a tea). A term printed with words in lower
    case (head_first) is Vietnamese in order, its head first: also its best words the other way round, just
    below (Niên giám thống kê Trung Quốc 中国 + 统计 + 年鉴, Kiếp hồng nhan 红颜 + 劫); every way of writing it
    turned round, just above, when it holds a word the press translates (Tổng đài Phát thanh Truyền hình Trung
    ương 中央 + 广播电视 + 总台)."""
    translated = _translates(conn, folded)  # surely Vietnamese, and in its order: the words turned round first
    for i, (score, words) in enumerate(_segmented(conn, key, folded)):
        yield Candidate("".join(words), key, "", score, "composed", "candidate", key != folded)
        if translated:  # characters on their own kept together: Đường sắt Thanh Tạng 青 + 藏 + 铁路
            yield Candidate("".join(reversed(_modifiers(words))), key, "", score + TURNED_ROUND_STEP, "composed", "candidate", key != folded)
        elif head_first and i == 0 and all(len(w) > 1 for w in words[1:]):  # a head of one character at most: 劫 + 红颜
            turned = TURNED_ROUND_STEP if _heads_first(conn, words) else -TURNED_ROUND_STEP
            yield Candidate("".join(reversed(words)), key, "", score + turned, "composed", "candidate", key != folded)


TURNED_ROUND_STEP = 1  # the words turned round, one step below or above the words as printed


def _heads_first(conn, words: tuple[str, ...]) -> bool:
    """The first word is a head, which Chinese puts last, and the last word is not: more longer words of the
    lexicon end with the first than begin with it, and the other way round for the last (年鉴 … 中国: Niên
    giám thống kê Trung Quốc 中国统计年鉴)."""
    sql = "select word, starts, ends from lexicon where word in (?, ?)"
    counts = {word: (starts, ends) for word, starts, ends in conn.execute(sql, (words[0], words[-1]))}
    first, last = counts.get(words[0], (0, 0)), counts.get(words[-1], (0, 0))
    return first[1] > first[0] and last[1] < last[0]


REORDERED_PENALTY = 100  # a lexicon word whose words the query prints in Vietnamese order, the head first
MAX_REORDERED = 8  # syllables: 127 orders
REORDERED_PERSON_FREQ = 10  # jieba tags 龙井茶 a person's name (nr) as it does 白祁政: only a common one is turned round


def _reordered(conn, key: str, folded: str, kind: str | None):
    """Lexicon words the query prints with their words in reverse order, as Vietnamese puts the head
    first: Đặc khu kinh tế Thâm Quyến 深圳经济特区, Quân ủy Trung ương 中央军委."""
    syllables, keys = folded.split(), key.split()
    if len(syllables) > MAX_REORDERED or len(keys) != len(syllables):  # phổ-đà folds to two
        return
    orders: dict[str, str] = {}
    for cuts in itertools.product((False, True), repeat=len(syllables) - 1):
        bounds = [0, *(i + 1 for i, cut in enumerate(cuts) if cut), len(syllables)]
        order = [i for start, end in reversed(list(zip(bounds, bounds[1:]))) for i in range(start, end)]
        if any(cuts):
            orders.setdefault(" ".join(syllables[i] for i in order), " ".join(keys[i] for i in order))
    sql = f"select word, fold from lexicon where fold in ({', '.join('?' * len(orders))}) and (pos not like 'nr%' or freq >= ?)"
    words = dict(conn.execute(sql, [*orders, REORDERED_PERSON_FREQ]))
    for found in set(words.values()):
        for candidate in _lexicon(conn, orders[found], found, kind):
            if candidate.zh in words and (candidate.exact or key == folded):  # not 田福高 for Cao Diên Phúc
                yield replace(candidate, score=round(candidate.score - REORDERED_PENALTY, 2))


def _segmented(conn, key: str, folded: str) -> list[tuple[float, tuple[str, ...]]]:
    """The best ways to write the query as lexicon words and words the press translates (truyền hình 电视), a
    character on its own allowed beside them (四大 + 名 + 楼): (score, words), the whole query as one lexicon word
    left to _lexicon."""
    keys, folds = key.split(), folded.split()
    with_marks = key != folded
    pieces: dict[tuple[int, int], list[tuple[float, str]]] = {}
    translations = _word_translations(_database_path(conn))
    for i in range(len(folds)):
        for j in range(i + 2, min(len(folds), i + COMPOUND_WORD) + 1):
            span, span_fold = " ".join(keys[i:j]), " ".join(folds[i:j])
            sql = "select word, freq, reading from lexicon where fold = ?"
            rows = conn.execute(sql, (span_fold,)) if j - i < len(folds) else ()  # the whole query as a word: _lexicon's
            found = [(math.log10(freq + 1), word) for word, freq, reading in rows if reading == span or not with_marks]
            found += [(TRANSLATION_WEIGHT, zh) for vi, zh in translations.get(span_fold, ()) if vi == span or not with_marks]
            if found:
                pieces[i, j] = heapq.nlargest(3, found)
    if not pieces:
        return []
    exact_index, fold_index = _syllable_index()
    freq = _char_freq(_database_path(conn))
    nom = _nom_readings()
    for i, (k, f) in enumerate(zip(keys, folds)):  # a character on its own: 四大 + 名 + 楼; not 茄 for nhà
        chars = exact_index.get(k, set()) - nom.get(k, set()) if with_marks else fold_index.get(f, set()) - nom.get(f, set())
        pieces[i, i + 1] = heapq.nlargest(3, ((math.log10(freq.get(c, 0) + 1) - SINGLE_COST, c) for c in chars))
        if (k == "và" or (f == "va" and not with_marks)) and 0 < i < len(keys) - 1:  # và (and) joins words: 科学技术
            pieces[i, i + 1] = [(0.0, "")]
    for size in range(LONGEST_TITLE, 0, -1):  # a title at the end is written with its own characters: 新息 + 侯, not 候
        if len(keys) > size and " ".join(keys[-size:]) in VI_TITLES:
            pieces[len(keys) - size, len(keys)] = [(TITLE_WEIGHT, VI_TITLES[" ".join(keys[-size:])])]
            break
    ending = _building_ending(keys, folds, with_marks)
    if len(keys) > 1 and ending:  # so is a building's: 太和 + 门, not 们
        pieces[len(keys) - 1, len(keys)] = [(TITLE_WEIGHT, ending)]
    best: dict[int, list[tuple[float, int, tuple[str, ...]]]] = {0: [(0.0, 0, ())]}  # end → (weight, pieces, words)
    for j in range(1, len(folds) + 1):
        options = [(weight + piece, count + 1, (*words, word)) for (i, end), found in pieces.items() if end == j
                   for weight, count, words in best.get(i, []) for piece, word in found]  # fmt: skip
        if options:
            best[j] = heapq.nlargest(BEAM, options, key=lambda o: o[0] / o[1] - 2 * o[1])
    return [(round(250 - 20 * count + 10 * weight / count, 2), words)
            for weight, count, words in best.get(len(folds), []) if count < len(folds)]  # at least one word  # fmt: skip


TRANSLATION_WEIGHT = 3.0  # a Vietnamese word for a Chinese word it does not read (truyền hình 电视): as a common word


@functools.cache
def _word_translations(path: str) -> dict[str, list[tuple[str, str]]]:
    """Folded Vietnamese word → (the word, the Chinese word it translates), from the database's word_translations;
    not the generics and institutions written before a name (bảo tàng 博物馆), which _with_generic places."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for vi_key, vi_fold, zh in read_rows(path, "select vi_key, vi_fold, zh from word_translations"):
        if vi_key not in VI_GENERICS and vi_key not in VI_INSTITUTIONS:
            index[vi_fold].append((vi_key, zh))
    return index


def _translates(conn, folded: str) -> bool:
    """The query holds a Vietnamese word for a Chinese one: it is in Vietnamese order, its head first."""
    words, index = folded.split(), _word_translations(_database_path(conn))
    return any(" ".join(words[i:j]) in index for i in range(len(words)) for j in range(i + 2, min(len(words), i + COMPOUND_WORD) + 1))

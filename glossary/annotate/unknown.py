"""Names the glossary lacks: runs of capitalised words that read as a Chinese person, a place of China or
another name of the lexicon, with reverse-lookup candidates; quoted terms and halls named before their
generic.
"""

import bisect
import functools
import itertools
import re

from .. import readings
from ..pinyin import pinyin as to_pinyin
from ..reverse import courtesy_names, reverse
from ..reverse.candidates import Candidate, PEOPLE_POS
from ..reverse.tables import (
    _database_path as _path, _nom_readings, _syllable_index, pinyin_syllables, read_rows, reads_as_common_surname,
    split_pinyin,
)
from ..reverse.vocabulary import BUILDING_ENDINGS, VI_GENERICS
from ..text import fold, normalize_vi, restyle_vi
from .mentions import Mention, _UPPER, _WORD, _alternation, _coverage, _guess
from .context import (
    BUILDING_GENERICS, DIRECTIONS, FEATURE_GENERICS, HONORIFICS, LEADING_WORDS, UNIT_WORDS, VIETNAMESE_ADDRESS,
    VIETNAMESE_AFTER, VIETNAMESE_DEGREE, VIETNAM_PLACED_BEFORE, _PLACE_WORD_BEFORE, _after_chinese_generic, _after_honorific,
    _after_institution, _in_a_vietnamese_post, _names_a_unit, _posted_in_vietnam, _placed_as_vietnamese, _placed_in_china,
    _sentence_starts, _vietnamese_name, _word_before,
)
from .known import _ends_inside_a_word
from .alone import _dynasty_names


@functools.cache
def _surname_syllables(path: str) -> frozenset[str]:
    """Readings of the characters that are common Chinese surnames, and the curated surname readings."""
    syllables = {r.reading for char in _ranked_surnames(path) for r in readings.readings(char)}
    return frozenset(syllables | {s.hanviet for s in readings.surnames().values() if len(s.zh) == 1})


_RUN = re.compile(rf"(?<![^\W_])[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)+(?![^\W_])")


# The lexicon's names a run of capitalised words may read as, and the kind each is: places, bodies, other names,
# people, and common nouns jieba has seen at least RUN_NOUN_FREQ times (Chiến Quốc Sách 战国策, Cẩm Y Vệ 锦衣卫).
RUN_NAMES = {"ns": "place", "nt": "organization", "nz": "term", "nrt": "term", "nr": "person", "nrfg": "person", "n": "term"}
RUN_NOUN_FREQ = 5
_RUN_NAME = (f"select word, pos from lexicon where fold = ? and reading = ? and pos in ({', '.join('?' * len(RUN_NAMES))}) "
             "and (pos != 'n' or freq >= ?) order by freq desc limit 1")


def _lexicon_runs(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A run of three to six capitalised words that reads, with these very diacritics, as a name of the lexicon,
    with no mention around it, is that name, and the names inside it are not: Thái Bình Dương 太平洋 (no
    Thái Bình 太平), Chiến Quốc Sách 战国策 (no 战国 alone)."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    reach = list(itertools.accumulate((mentions[i].end for i in order), max))  # the furthest end up to each start
    found, inside = [], set()
    for run_start, end in _capitalised_runs(text):
        words = list(_WORD.finditer(text, run_start, end))
        firsts = [run_start] + ([words[1].start()] if _sentence_starts(text, run_start) and len(words) > 3 else [])
        for start in firsts:  # Theo Nam Phương Nhật Báo: a sentence's first word is capitalised whatever it is
            size = sum(w.start() >= start for w in words)
            around = bisect.bisect_right(starts, start)  # the mentions starting at or before the run
            if not 3 <= size <= 6 or (around and reach[around - 1] >= end):
                continue
            key = normalize_vi(text[start:end]).lower()
            if ("run name", key) not in memo:
                memo["run name", key] = conn.execute(_RUN_NAME, (fold(key), key, *RUN_NAMES, RUN_NOUN_FREQ)).fetchone()
            row = memo["run name", key]
            if row and not _vietnamese_name([w for w in words if w.start() >= start]) and not _placed_as_vietnamese(text, start, end):
                kind = RUN_NAMES[row[1]]
                found.append(_guess(text[start:end], start, end, kind, row[0], to_pinyin(row[0], kind=kind).result, []))
                first = bisect.bisect_left(starts, start)
                inside |= {order[j] for j in range(first, bisect.bisect_left(starts, end)) if mentions[order[j]].end <= end}
                break
    return [m for i, m in enumerate(mentions) if i not in inside] + found if found else mentions


def _capitalised_runs(text: str):
    """(start, end) of runs of two or more capitalised words separated by single spaces."""
    return (match.span() for match in _RUN.finditer(text))


def _unknown(conn, text: str, known: list[tuple[int, int]], vietnamese: set[int], provinces: list[int],
             memo: dict) -> list[Mention]:
    """Unknown names in the capitalised runs outside known mentions; no person right after a Vietnamese
    place or body (vietnamese: where such a person would start; Tỉnh ủy Lào Cai Đặng Xuân Phong), nor one whose
    post after it names a place in Vietnam (provinces: where such places start; Chu Xuân Quyết, Chính trị viên Đồn
    Biên phòng cửa khẩu quốc tế Móng Cái). A name of three words read as no Chinese person is Vietnamese, and its last two words later alone are that person's
    given name, as the Vietnamese press calls its people: Đặng Thành Kiên, then Thành Kiên (not 成坚)."""
    ends = [e for _, e in known]  # known mentions do not overlap: ends are sorted with starts
    mentions, given_names = [], set()
    for run_start, run_end in _capitalised_runs(text):
        words = []
        for word in _WORD.finditer(text, run_start, run_end):
            i = bisect.bisect_right(ends, word.start())  # the first known mention ending after the word starts
            inside = i < len(known) and known[i][0] < word.end()
            if not inside:
                words.append(word)
            if (inside or word.end() == run_end) and words:
                mention = _unknown_name(conn, text, words, memo)
                if mention and mention.kind == "person" and (
                    mention.start in vietnamese or _posted_in_vietnam(text, mention.end, provinces)
                ):
                    mention = None
                if not mention and len(words) == 3:
                    given_names.add(text[words[1].start() : words[2].end()])
                elif mention and not (mention.kind == "person" and mention.text in given_names):
                    mentions.append(mention)
                words = []
    return mentions


RULER_TITLES = {"đế", "tông", "tổ"}  # a ruler's title after his dynasty and his name: Đường Đức Tông 唐德宗
# Dynasties and states of China printed before a ruler's name that no glossary dynasty (nhà X, 某朝) names: 魏, 蜀, 梁, 齐.
# Not Ngô or Trần, which also name Vietnam's rulers (Trần Nhân Tông).
RULERS_STATES = {"Ngụy", "Thục", "Lương", "Tề"}


def _chinese_dynasty(conn, word: str) -> bool:
    """A dynasty or state of China, printed before a ruler's name: Đường, Ngụy; not Lý or Trần (Vietnam's too)."""
    dynasty = _dynasty_names(_path(conn)).get(normalize_vi(word))
    return normalize_vi(word) in RULERS_STATES or bool(dynasty and dynasty[4] != "VN")


# Words before a courtesy, art or dharma name, which has no surname: tự (là) Nguyên Hóa, hiệu Đông Pha.
_COURTESY_BEFORE = re.compile(r"(?<![^\W_])(?:tự|hiệu|tên chữ|biệt hiệu|pháp danh|pháp hiệu|đạo hiệu)(?: là)? $", re.IGNORECASE)


def _unknown_name(conn, text: str, words: list[re.Match], memo: dict) -> Mention | None:
    """The first reading of a run of capitalised words as a Chinese name: a town after trấn; a run
    that reads as one of China's units (unless an honorific leads it); a person: the run without a
    leading honorific (Ông Mạnh Kiến Trụ: ông, not 翁), its last three or two words (… Hồ Hiểu Lê), or
    the whole run (Ông Kiệt Minh 翁杰明: 杰 is no surname); else its first two words if they read as a
    unit (Tảo Trang 枣庄 in Tảo Trang Liên thành).
    Nothing for a run the text places in Vietnam (Hạ Lang (Việt Nam); … Móng Cái (Việt Nam) Hồ Quang Huy)."""
    start = words[0].start()
    if VIETNAMESE_AFTER.match(text, words[-1].end()) or VIETNAM_PLACED_BEFORE.search(text, max(0, start - 12), start):
        return None
    if normalize_vi(words[0].group()).lower() in VIETNAMESE_ADDRESS:
        return None  # Bác Hồ (Uncle Ho), not Bohu 博湖: a Vietnamese word of address leads the run
    if normalize_vi(_word_before(text, words[0].start())).lower() in ("phía", "hướng") and all(
        normalize_vi(w.group()).lower() in DIRECTIONS for w in words
    ):
        return None  # về phía Tây Nam: to the south-west, no place 西南
    if 2 <= len(words) <= 3 and _COURTESY_BEFORE.search(text, max(0, words[0].start() - 16), words[0].start()):
        surface = text[words[0].start() : words[-1].end()]
        if ("courtesy", surface) not in memo:
            memo["courtesy", surface] = [c.to_dict() for c in courtesy_names(conn, surface)]
        candidates = memo["courtesy", surface]
        if candidates:  # Hoa Đà tự là Nguyên Hóa: 元化, a courtesy name, has no surname
            return _guess(surface, words[0].start(), words[-1].end(), "person", candidates[0]["zh"], candidates[0]["pinyin"], candidates)
    if 2 <= len(words) <= 4 and (
        _after_chinese_generic(text, words[0].start()) or _placed_in_china(conn, text, words[-1].end(), memo)
    ):  # trấn Thượng Thạch; Võ Long (Trùng Khánh), a place of Chongqing, though Võ is a Vietnamese surname
        syllables = [normalize_vi(w.group()).lower() for w in words]
        if all(s in _syllable_index()[0] for s in syllables):
            return _unknown_mention(conn, text, words, "place", memo)
    if 2 <= len(words) <= 4 and _names_a_unit(conn, text[words[0].start() : words[-1].end()], memo):
        if not _after_honorific(text, words[0].start()) and not _ends_inside_a_word(conn, text, words[-1], memo):
            return _unknown_mention(conn, text, words, "place", memo)
    ending = BUILDING_ENDINGS.get(normalize_vi(words[-1].group()).lower())
    honoured = _after_honorific(text, words[0].start()) or normalize_vi(words[0].group()).lower() in LEADING_WORDS
    if ending and 2 <= len(words) <= 4 and not honoured and not _vietnamese_name(words):
        building = _unknown_mention(conn, text, words, "place", memo)  # Chính Dương Môn 正阳门, làng Hồng Thôn 宏村:
        if building.zh.endswith(ending):  # a building or village in Chinese order
            return building
    if 2 <= len(words) <= 3 and _names_a_feature(conn, text, words, memo):
        return _unknown_mention(conn, text, words, "place", memo)  # kênh Thông Tế 通济渠, suối Nguyệt Nha 月牙泉
    if 3 <= len(words) <= 4 and normalize_vi(words[0].group()).lower() in (*FEATURE_GENERICS, *BUILDING_GENERICS) and _names_a_feature(
        conn, text, words[1:], memo
    ):
        return _unknown_mention(conn, text, words, "place", memo)  # Đền Đại Chiêu 大昭寺: the generic capitalised
    ruler = words[1:] if normalize_vi(words[0].group()).lower() in LEADING_WORDS else words  # Thời Ngụy Văn Đế
    if 3 <= len(ruler) <= 4 and normalize_vi(ruler[-1].group()).lower() in RULER_TITLES and _chinese_dynasty(conn, ruler[0].group()):
        return _unknown_mention(conn, text, ruler, "person", memo)  # Ngụy Văn Đế 魏文帝, Tống Lý Tông 宋理宗: not a
        # Vietnamese name (Ngụy Văn …), whatever the words between
    if _PLACE_WORD_BEFORE.search(restyle_vi(text[max(0, words[0].start() - 20) : words[0].start()])) or any(
        len(w.group()) > 1 and w.group().isupper() and not w.group().isascii() for w in words
    ) or all(w.group().isupper() for w in words):  # a Vietnamese word in capitals, not an acronym (CEO Wang Xingxing)
        # nor a syllable of one letter (Vi Á)
        return None  # huyện Hạ Lang, thị trấn Đồng Đăng: a place, not a person; QUAN TÂM, THÍCH Cầu Lông: a headline
    if VIETNAMESE_DEGREE.search(text, max(0, words[0].start() - 12), words[0].start()):
        return None  # GS.TS. Trần Đại Lâm: Vietnamese degrees come before Vietnamese scholars
    if _reduplicated_name(conn, words) and not honoured:  # Bối Bối 贝贝, Hoan Hoan 欢欢: pet names, mascots
        return _unknown_mention(conn, text, words, "person", memo)
    for window in (words, words[-3:], words[-2:]):  # (Thống đốc) Pan Gongsheng
        if 2 <= len(window) <= 3 and _reads_as_pinyin_name(conn, [w.group() for w in window]):
            return _unknown_mention(conn, text, window, "person", memo)
    stripped = list(words)
    leading = [normalize_vi(_word_before(text, words[0].start())).lower()]
    while stripped and normalize_vi(stripped[0].group()).lower() in LEADING_WORDS:
        leading.append(normalize_vi(stripped.pop(0).group()).lower())
    if not stripped or _vietnamese_name(stripped):
        return None  # a Vietnamese name (Bùi Hoàng Phương, Nguyễn Thị Hường), not its tail
    if VIETNAMESE_ADDRESS & set(leading):
        return None  # chị Hà Nguỵ: the press calls Vietnamese, not Chinese, people anh, chị, cô…
    named = _lexicon_name(conn, stripped, memo) if 2 <= len(stripped) <= 4 else None
    whole = words if len(stripped) > 1 and normalize_vi(words[0].group()).lower() in HONORIFICS else []  # not Thời 时
    for window in (stripped, stripped[-3:], stripped[-2:], whole):  # Ông Vương: Mr Wang
        if named and len(window) < len(stripped):
            break  # Nhị Lý Đầu 二里头, a name of the lexicon, not the person Lý Đầu
        if window and window is not stripped and RULER_TITLES & {normalize_vi(w.group()).lower() for w in (window[0], window[-1])}:
            continue  # a ruler's title at a window's end or start: Gia Long Đế (no 龙帝), Cao Tông Lý Trị (李治, no 宗李治)
        if _name_size(window) and not _in_a_vietnamese_post(text, window[0].start(), window[-1].end()) and _reads_as_chinese_name(
            conn, text, window, memo
        ):
            return _unknown_mention(conn, text, window, "person", memo)
    if named:  # Tùng Tán Cán Bố 松赞干布, Bì Nhật Hưu 皮日休: no surname, or one the press seldom prints
        return _unknown_mention(conn, text, stripped, named, memo)
    if 2 <= len(words) <= 3 and _after_institution(text, words[0].start()) and _names_a_known_place(conn, words, memo):
        return _unknown_mention(conn, text, words, "place", memo)  # Tập đoàn Tam Hiệp: 三峡, to compose 三峡集团
    if len(words) > 2 and not honoured and _names_a_unit(conn, text[words[0].start() : words[1].end()], memo):
        return _unknown_mention(conn, text, words[:2], "place", memo)  # Tảo Trang (枣庄) in Tảo Trang Liên thành;
    return None  # not Bà Châu 琶洲 in Bà Châu Hải Minh


def _reduplicated_name(conn, words: list[re.Match]) -> bool:
    """Two words, the same Sino-Vietnamese syllable, which no common surname reads (not Dương Dương)."""
    syllables = [normalize_vi(w.group()).lower() for w in words]
    return (len(syllables) == 2 and syllables[0] == syllables[1] and syllables[0] in _syllable_index()[0]
            and not reads_as_common_surname(conn, syllables[0]))  # fmt: skip


KNOWN_PLACE_FREQ = 100  # how often jieba has seen a place's word for a name after an institution to read as it


def _names_a_known_place(conn, words: list[re.Match], memo: dict) -> bool:
    """The words read, with these very diacritics, as a common place word of the lexicon (三峡 Tam Hiệp)."""
    key = normalize_vi(" ".join(w.group() for w in words)).lower()
    if ("known place", key) not in memo:
        sql = "select 1 from lexicon where fold = ? and reading = ? and pos = 'ns' and freq >= ? limit 1"
        memo["known place", key] = bool(conn.execute(sql, (fold(key), key, KNOWN_PLACE_FREQ)).fetchone())
    return memo["known place", key]


LEXICON_NAMES = ("nz", "nrt")  # of other names, and of some words (佛法 Phật Pháp, 始祖 Thủy Tổ)
_LEXICON_NAME = (
    "select pos from lexicon where fold = ? and reading = ? and (pos in (?, ?) or pos in (?, ?) and exists "
    "(select 1 from english where english.word = lexicon.word and replace(english.key, ' ', '') = lexicon.pinyin)) "
    "order by freq desc limit 1"
)


def _lexicon_name(conn, words: list[re.Match], memo: dict) -> str | None:
    """The kind of the lexicon's name that the words read as, with these very diacritics: a person
    (Bì Nhật Hưu 皮日休), or another name that CC-CEDICT names in English by its pinyin, a Chinese name
    (Thiên Địa Hội 天地会, Tiandihui; not Phật Đà 佛陀, Buddha)."""
    key = normalize_vi(" ".join(w.group() for w in words)).lower()
    if ("lexicon name", key) not in memo:
        row = conn.execute(_LEXICON_NAME, (fold(key), key, *PEOPLE_POS, *LEXICON_NAMES)).fetchone()
        memo["lexicon name", key] = None if row is None else "person" if row[0] in PEOPLE_POS else "term"
    return memo["lexicon name", key]


def _unknown_mention(conn, text: str, words: list[re.Match], kind: str, memo: dict) -> Mention:
    start, end = words[0].start(), words[-1].end()
    surface = text[start:end]
    if (kind, surface) not in memo:
        memo[kind, surface] = [c.to_dict() for c in reverse(conn, surface, kind=kind, limit=3)]
    candidates = memo[kind, surface]
    best = candidates[0] if candidates else {}
    return _guess(surface, start, end, kind, best.get("zh", ""), best.get("pinyin", ""), candidates)


# Three to six words in quotation marks: a title, a term or a nickname the text quotes.
_QUOTED = re.compile(r"(?<=[“\"«])[^\W\d_]+(?: [^\W\d_]+){2,5}(?=[”\"»])")
# The commonest lexicon word read as a text with these very diacritics (quoted words, halls).
_LEXICON_WORD = "select word, pos, place from lexicon where fold = ? and reading = ? order by freq desc limit 1"


def _quoted_words(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """Words in quotation marks that read, with these very diacritics, as one word of the lexicon, a
    Chinese term the text quotes: “ma phí tán” 麻沸散, “Tứ đại thiên vương” 四大天王; not when a name
    already covers them all."""
    within = _coverage(mentions, contains=True)
    found = []
    for match in _QUOTED.finditer(text):
        if within(*match.span()):
            continue
        key = normalize_vi(match.group()).lower()
        row = conn.execute(_LEXICON_WORD, (fold(key), key)).fetchone()
        if row:
            zh, pos, place = row
            kind = "place" if place or pos == "ns" else "person" if pos in PEOPLE_POS else "organization" if pos == "nt" else "term"
            if (kind, match.group()) not in memo:
                memo[kind, match.group()] = [c.to_dict() for c in reverse(conn, match.group(), kind=kind, limit=3)]
            found.append(_guess(match.group(), *match.span(), kind, zh, to_pinyin(zh, kind=kind).result, memo[kind, match.group()], "CN"))
    return found


# A hall or pagoda printed in sentence case, its generic after its name as in Chinese: Đại thành điện 大成殿.
_HALL = re.compile(rf"(?<![^\W_])[{_UPPER}][^\W\d_]*(?: [^\W\d_]+){{1,2}} (điện|tháp)(?![^\W_])")  # not Cung điện 宫殿
_HALL_ENDINGS = {"điện": "殿", "tháp": "塔"}


def _halls(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A hall (điện) or pagoda (tháp) named before its generic, in lower case: the whole a lexicon word with
    these diacritics (Đại thành điện 大成殿), or a capitalised name that is one (Thánh Tích điện 圣迹 + 殿)."""
    covered = _coverage(mentions)
    found = []
    for match in _HALL.finditer(text):
        start = match.start()
        while covered(start, match.end()) and " " in text[start : match.start(1)]:
            start = text.index(" ", start) + 1  # the words after a known name: … Khổng Miếu | Đại thành điện
        if covered(start, match.end()) or not text[start].isupper() or " " not in text[start : match.start(1) - 1]:
            continue
        name = text[start : match.start(1) - 1]
        key = normalize_vi(text[start : match.end()]).lower()
        row = conn.execute(_LEXICON_WORD, (fold(key), key)).fetchone()
        if row:
            zh = row[0]
        elif all(w[:1].isupper() for w in name.split()):
            name_key = normalize_vi(name).lower()
            row = conn.execute(_LEXICON_WORD, (fold(name_key), name_key)).fetchone()
            zh = row[0] + _HALL_ENDINGS[match.group(1)] if row and len(row[0]) > 1 else None
        else:
            zh = None
        if zh:
            surface = text[start : match.end()]
            candidate = Candidate(zh, surface, to_pinyin(zh, kind="place").result, 0, "lexicon", "candidate", True)
            found.append(_guess(surface, start, match.end(), "place", zh, candidate.pinyin, [candidate.to_dict()], "CN"))
    return found


FEATURE_FREQ = 10  # how often jieba has seen the word: not a rare one that happens to read so (办水 biện thủy)
_FEATURE_BEFORE = re.compile(rf"(?<![^\W_])({_alternation((*FEATURE_GENERICS, *BUILDING_GENERICS))}) $", re.IGNORECASE)


def _names_a_feature(conn, text: str, words: list[re.Match], memo: dict) -> bool:
    """The run after a feature's generic reads with it, with these diacritics, as a word of the lexicon (not a rare
    one) that ends in the generic's character."""
    generic = _FEATURE_BEFORE.search(text, max(0, words[0].start() - 12), words[0].start())
    if not generic:
        return False
    surface = text[generic.start() : words[-1].end()]
    if ("feature", surface) not in memo:
        best = next(iter(reverse(conn, surface, kind="place", limit=1)), None)
        ending = VI_GENERICS[normalize_vi(generic.group(1)).lower()]
        sql = "select 1 from lexicon where word = ? and freq >= ?"
        word = best and best.exact and best.zh.endswith(ending) and conn.execute(sql, (best.zh, FEATURE_FREQ)).fetchone()
        memo["feature", surface] = bool(word)
    return memo["feature", surface]


def _reads_as_pinyin_name(conn, words: list[str]) -> bool:
    """Pinyin without tones, as the press prints some names: a ranked surname's syllable, then a given
    name of one or two syllables (Pan Gongsheng, Li Yuchao)."""
    if not all(w.replace("ü", "v").isascii() and w.isalpha() and w[1:].islower() for w in words):
        return False  # AI Doubao: an acronym, no surname (Lü Zhiming is a name: ü as the press prints it)
    syllables = pinyin_syllables(_path(conn))
    split = [split_pinyin(w.lower(), syllables) for w in words]
    if not all(split) or len(split[0]) != 1 or sum(map(len, split)) > 4:
        return False
    return bool(syllables[split[0][0]] & _ranked_surnames(_path(conn)))


@functools.cache
def _ranked_surnames(path: str) -> frozenset[str]:
    """The characters that are common Chinese surnames (ranked by population)."""
    return frozenset(row[0] for row in read_rows(path, "select char from name_chars where surname_rank > 0"))


def _name_size(window: list[re.Match]) -> bool:
    """Two or three words, or one to three after a surname of several characters (Âu Dương Kì Lâm 欧阳琦琳, Gia
    Luật A Bảo Cơ 耶律阿保机)."""
    if len(window) <= 3:
        return len(window) >= 2
    syllables = [normalize_vi(w.group()).lower() for w in window]
    return any(" ".join(syllables[:size]) in _compound_surnames() for size in range(len(window) - 3, len(window)))


@functools.cache
def _compound_surnames() -> frozenset[str]:
    """Readings of the surnames of two characters or more: âu dương 欧阳, tư mã 司马, gia luật 耶律."""
    return frozenset(s.hanviet.lower() for s in readings.surname_forms() if len(s.zh) >= 2)


# Before a Chinese person's name of three words whose surname is rare: nhà thiên văn học người Trung Quốc Nam
# Nhân Đông (南仁东).
_CHINESE_BEFORE = re.compile(r"(?<![^\W_])người (?:Trung Quốc|Trung Hoa|Hoa) $")


def _reads_as_chinese_name(conn, text: str, window: list[re.Match], memo: dict) -> bool:
    if _vietnamese_name(window):
        return False
    syllables = [normalize_vi(w.group()).lower() for w in window]
    if syllables[0] in UNIT_WORDS:
        return False  # Tỉnh Đoàn, a province's youth league: tỉnh is no surname (井) here
    exact_index, nom = _syllable_index()[0], _nom_readings()
    surname = syllables[0] in _surname_syllables(_path(conn)) or any(
        " ".join(syllables[:size]) in _compound_surnames() for size in range(2, len(syllables)))
    surname = surname or (len(window) == 3 and bool(_CHINESE_BEFORE.search(text, max(0, window[0].start() - 20), window[0].start())))
    if not surname or not all(exact_index.get(s, set()) - nom.get(s, set()) for s in syllables):
        return False  # Đường Tơ Lụa: tơ and lụa are Vietnamese words some characters wrote (Nôm), no readings
    return not _ends_inside_a_word(conn, text, window[-1], memo)

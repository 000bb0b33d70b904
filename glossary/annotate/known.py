"""The glossary's forms in a text: an Aho-Corasick automaton over every form, the matches that fit as printed
(capitals, diacritics, word boundaries) and the mentions they make, longest first from the left, with the
names nested in a title or a body's name.
"""

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

import ahocorasick

from ..lexicon import NAMED_POS
from ..pinyin import pinyin as to_pinyin
from ..reverse.candidates import shared_form_weight
from ..reverse.tables import _database_path as _path, _syllable_index, read_rows, reads_as_common_surname
from ..reverse.vocabulary import VI_BODIES, VI_INSTITUTIONS
from ..text import fold, fold_chars, normalize_vi, without_tones
from .mentions import Mention, NATIONAL_PREFIXES, STATUS_RANK, _UPPER, _WORD
from .context import (
    LEADING_WORDS, LOCATION_WORDS, VIETNAMESE_SURNAMES, _CHINA_AFTER, _INSTITUTION, _NAMES_CHINA, _NAME_GOES_ON,
    _PLACE_WORD_BEFORE, _VIETNAM_AFTER, _accented, _after_honorific, _sentence_starts, _word_before,
)


# Names reported inside a longer mention, by the longer one's kind: in a title any name (Quân ủy Trung
# ương in Chủ tịch Quân ủy Trung ương), in a body the bodies and people it names (Đảng Cộng sản Trung
# Quốc in Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc), not the places every body names; in a
# place the place or person it is named after (Lệ Giang in thành cổ Lệ Giang, Tần Thủy Hoàng in lăng mộ Tần
# Thủy Hoàng).
NESTED = {
    "term": ("person", "place", "organization"), "organization": ("person", "organization"), "place": ("place", "person"),
}  # fmt: skip

# Words before the name of a people (người Hoa, dân tộc Kinh): a longer name inside wins.
PEOPLE_WORD = re.compile(r"(?:người|dân tộc) ", re.IGNORECASE)

# Peoples of China whose Vietnamese name mostly names another people: người Nga are Russians, not
# 俄罗斯族; người Thái are Thais or Vietnam's Thái, not only 傣族.
NOT_ONLY_CHINESE_PEOPLES = {"thai", "nga", "nga la tu", "trieu tien", "mong co", "kazakh", "tajik", "uzbek", "tatar"}

# The shape of a Vietnamese syllable without its diacritics: initial, up to three vowels, final.
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@dataclass
class _Form:
    vi: str
    key: str  # _form_key(vi)
    capitals: tuple[bool, ...]
    entry: tuple  # id, kind, zh, pinyin, country, status, vi, en, zh_other
    rendering: str = "translation"  # how the form arises (or pinyin, english)
    weight: float = 0.0  # how surely the form names the entry, among entries sharing it (shared_form_weight)


def _form_key(text: str) -> str:
    """A form or surface with its diacritics, tone style and i/y, case and hyphens, dashes or ampersands aside
    (Thần Châu-21, Trung – Lào, Ninh Ba & Chu San)."""
    return normalize_vi(re.sub("[-–—&]", " ", text)).lower()


def _capitals(text: str) -> tuple[bool, ...]:
    """Which words of a form or surface are capitalised, a spaced dash or ampersand aside (Ninh Ba – Chu San). A
    hyphen within a word joins its syllables, as in the older spelling Ma-cao."""
    return tuple(word[:1].isupper() for word in text.split() if word not in ("-", "–", "—", "&"))


def _match_fold(text: str) -> str:
    """fold_chars, with an ampersand read as a dash: the matcher's keys and text."""
    return fold_chars(text).replace("&", " ")


# A dash or ampersand between two names, spaced or not: Ninh Ba – Chu San, Ninh Ba & Chu San, Ninh Ba–Chu San.
_BETWEEN_NAMES = re.compile(r"(?<=[^\W\d_])\s*[-–—&]\s*(?=[^\W\d_])")


def _match_keys(vi: str) -> list[str]:
    """The matcher's keys for a form: as printed, and with the dash or ampersand between two names spaced or
    not (a dash folds to one space, a spaced one to three)."""
    return list(dict.fromkeys(_match_fold(form) for form in (vi, _BETWEEN_NAMES.sub(" – ", vi), _BETWEEN_NAMES.sub("–", vi))))


PEOPLE_WORD_FREQ = 100  # 汉人 (1,629), 蒙古人: common words for a people's members; not 苗人 (3)


# A work's title keeps its first capital: Anh hùng 英雄 (the film), Phải sống 活着 (the novel) are also words;
# Tâm kinh 心经 (the sutra) is also the middle of trung tâm kinh tế.
WORK = re.compile(r"\b(?:film|novel|sutra|novella|drama|song|album|poem|trilogy|short stories|short-story|classic)\b", re.IGNORECASE)


OTHER_WORD_RATIO = 10  # a word this much commoner than a term's own, read the same, is what the lower case means


def _read_otherwise(path: str) -> set[tuple[str, str]]:
    """(form, characters) of the terms whose capitalised form reads, in lower case, as a commoner word: tiền lương
    is a wage (钱粮), Tiền Lương the state 前凉; liên quân an allied army (联军), Liên Quân the game 传说对决."""
    sql = (
        "select names.vi, names.zh, max(other.freq), coalesce(max(own.freq), 0) from names "
        "join entries on entries.id = names.entry_id join lexicon other on other.fold = names.vi_fold and other.reading = names.vi_key "
        "left join lexicon own on own.word in (names.zh, entries.zh) "
        "where entries.kind = 'term' and other.word not in (names.zh, entries.zh) group by names.vi, names.zh"
    )
    return {(vi, zh) for vi, zh, other, own in read_rows(path, sql) if other >= OTHER_WORD_RATIO * max(own, 1)}


@functools.cache
def _automaton(path: str) -> ahocorasick.Automaton:
    """_match_keys(form) → forms sharing it, for every form of two syllables or more."""
    rows = read_rows(
        path,
        "select names.vi, names.rendering, names.zh, entries.id, entries.kind, entries.zh, entries.pinyin, entries.country, "
        "entries.status, entries.vi, entries.en, entries.zh_other, entries.description, "
        "coalesce(lexicon.freq, 0), coalesce(lexicon.place, '') from names join entries on entries.id = names.entry_id "
        "left join lexicon on lexicon.word = names.zh",
    )
    forms: dict[str, list[_Form]] = {}
    done = set()
    common_persons = {w for (w,) in read_rows(path, f"select word from lexicon where word like '%人' and freq >= {PEOPLE_WORD_FREQ}")}
    read_otherwise = _read_otherwise(path)
    for vi, rendering, written, *entry, zh_other, description, freq, place in rows:
        entry.append(tuple(zh_other.split()))
        ethnic, work = "ethnic group" in (description or ""), bool(WORK.search(description or ""))
        words = vi.split()
        if entry[0] not in done:
            done.add(entry[0])
            plain = "".join(c for c in unicodedata.normalize("NFD", entry[3]) if not unicodedata.combining(c))
            if entry[1] in ("person", "place") and (  # Guangzhou, Li Qiang (a candidate)
                len(plain.split()) >= 2 or (entry[1] == "place" and not _VIETNAMESE_SYLLABLE.fullmatch(plain.lower()))
            ):
                capitals = _capitals(plain)
                for printed in dict.fromkeys([plain, entry[3]]):  # as printed, with or without tones: Díqìng
                    forms.setdefault(_match_fold(plain), []).append(_Form(printed, plain.lower(), capitals, tuple(entry), "pinyin"))
            for english in _english_names(entry[1], entry[7], plain):  # Jack Ma, Sinopec, Tencent Holdings
                capitals = _capitals(english)
                forms.setdefault(_match_fold(english), []).append(_Form(english, _form_key(english), capitals, tuple(entry), "english"))
        if written != entry[2]:  # the form writes another of the entry's Chinese forms: Ngọc Hoàng Thượng Đế 玉皇上帝
            others = tuple(zh for zh in (entry[2], *entry[-1]) if zh != written)
            entry = [entry[0], entry[1], written, to_pinyin(written, kind=entry[1]).result, *entry[4:-1], others]
        if entry[1] == "term" and entry[2].endswith("族") and ethnic:  # 汉族, not the novel 红高粱家族
            if fold(vi) not in NOT_ONLY_CHINESE_PEOPLES:
                persons = entry[2][:-1] + "人"  # người Hán: 汉族, also 汉人 (the Han people), a common word
                with_persons = (*entry[:-1], (*entry[-1], persons)) if persons in common_persons else tuple(entry)
                for people, named in ((f"người {vi}", with_persons), (f"dân tộc {vi}", tuple(entry))):  # dân tộc Thổ Gia 土家族
                    capitals = _capitals(people)
                    forms.setdefault(_match_fold(people), []).append(_Form(people, _form_key(people), capitals, named))
            if len(words) < 3:
                continue  # alone, Triều Tiên is North Korea, Mông Cổ Mongolia, Bảo An and Cao Sơn are given names
        acronym = len(vi) >= 2 and vi.isupper()
        latin = vi.isascii() and vi[:1].isupper()  # WeChat, Gaokao: no Vietnamese word
        syllable = _VIETNAMESE_SYLLABLE.fullmatch(fold(vi)) and not (acronym and fold(vi) not in _syllable_index()[1])
        if len(words) < 2 and ((entry[1] == "term" and not acronym and not latin) or syllable):
            if latin and rendering in ("exonym", "variant") and entry[1] in ("organization", "term") and (
                acronym or fold(vi) not in _syllable_index()[1]
            ):  # a brand's or body's name printed exactly so: Aion 埃安, GAC 广汽集团
                forms.setdefault(_match_fold(vi), []).append(_Form(vi, vi.lower(), (True,), tuple(entry), "english"))
            continue  # one syllable (Việt for 粤) would hit ordinary words; Huawei, Lhasa, CCTV, NDT, WeChat, CIIE cannot
        capitals = _capitals(vi)
        if entry[1] == "term" and not acronym:  # a term of two words keeps the capital of the name in it (nước
            named = len(words) == 2 and capitals == (False, True)  # Sở, not nước sở tại); Bí thư Tỉnh ủy need not
            named = named or (len(words) >= 2 and all(capitals) and (vi, written) in read_otherwise)  # Tiền Lương
            capitals = capitals if named else (True,) if work and capitals[0] else ()  # Anh hùng, the film
        weight = shared_form_weight(entry[5], rendering, freq, place)
        for key in _match_keys(vi):
            forms.setdefault(key, []).append(_Form(vi, _form_key(vi), capitals, tuple(entry), rendering, weight))
        for other, shape in _printed_otherwise(vi, capitals):
            for key in _match_keys(other):
                forms.setdefault(key, []).append(_Form(other, _form_key(other), shape, tuple(entry), rendering, weight))
    automaton = ahocorasick.Automaton()
    for key, found in forms.items():
        automaton.add_word(key, (len(key), sorted(found, key=lambda f: STATUS_RANK[f.entry[5]])))
    automaton.make_automaton()
    return automaton


_RIVER_WORD = re.compile(r"(?<=\S) sông (?=[A-ZĐÂĂÊÔƠƯ])")  # …kinh tế sông Dương Tử: the river's name after sông


def _printed_otherwise(vi: str, capitals: tuple[bool, ...]) -> list[tuple[str, tuple[bool, ...]]]:
    """Other ways the press prints a form, with their capitals: a dash for và (Vành đai - Con đường), a river
    inside a longer name without sông (Vành đai Kinh tế Dương Tử for … sông Dương Tử)."""
    others = [vi.replace(" và ", " - ")] if " và " in vi else []
    others += [_RIVER_WORD.sub(" ", vi)] if _RIVER_WORD.search(vi) else []
    return [(other, _capitals(other) if capitals else ()) for other in others]


_SMALL_WORDS = {"of", "and", "the", "for", "on", "in", "at", "to", "&"}


ENGLISH_ORG_WORDS = {"group", "holdings", "holding", "china", "limited", "ltd", "company", "corporation", "inc"}


def _english_names(kind: str, en: str, pinyin: str) -> list[str]:
    """The entry's English names that the Vietnamese press may print as they are: Jack Ma for 马云,
    Sinopec and China Petroleum & Chemical Corporation for 中国石化. Not a person's pinyin (a candidate
    of its own), not a gloss (economic corridor), not a place's qualifier (Fuzhou (Jiangxi))."""
    main, _, inner = en.partition(" (")
    if not inner.endswith(")"):  # International (Liaison) Department…: no name before the bracket
        main, inner = en, ""
    names = [main, inner.removesuffix(")")] if inner and kind in ("organization", "term") else [main]  # not Ma Zhong (Wu)
    names = [n for n in names if n.lower() not in ENGLISH_ORG_WORDS]  # Sunny Optical Technology (Group): not Group
    found = []
    for name in names:
        words = name.split()
        if not words or not name.isascii() or any(c in name for c in ",;:/?!()\""):
            continue
        if not words[0][0].isupper() or not all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words):
            continue
        numbered = re.search(r"[^\W\d_][ -]\d", name)  # Tianwen-1, Shenzhou 18: printed either way
        if len(words) == 1 and not numbered and (kind == "term" and not name.isupper() or _VIETNAMESE_SYLLABLE.fullmatch(name.lower())):
            continue  # Colonel, Tang: an English word or a Vietnamese syllable
        if re.sub(r"[\s'-]", "", name.lower()) != re.sub(r"[\s'-]", "", pinyin.lower()):
            found.append(name)
            if numbered:
                found.append(name[: numbered.start() + 1] + " -"[name[numbered.start() + 1] == " "] + name[numbered.end() - 1 :])
    return found


def _matches(conn, text: str) -> list[tuple[int, int, str, list[_Form]]]:
    """(start, end, surface, forms that fit) for every glossary form found in text, at word boundaries."""
    folded = _match_fold(text).replace("\n", " ")  # a name broken across lines, as in text copied from a PDF
    found = []
    fits: dict = {}  # (surface, forms) → the forms that fit: a text repeats its names
    memo: dict = {}  # word checks
    for end, (length, forms) in _automaton(_path(conn)).iter(folded):
        start, end = end - length + 1, end + 1
        if (start > 0 and folded[start - 1].isalnum()) or (end < len(text) and folded[end].isalnum()):
            continue
        if folded.startswith(" giao", end) and not folded[end + 5 : end + 6].isalnum():
            continue  # a religion: người Hồi giáo are Muslims, not 回族
        surface = text[start:end]
        if (surface, id(forms)) not in fits:
            fits[surface, id(forms)] = _fitting(conn, forms, surface)
        fitting = fits[surface, id(forms)]
        if not fitting and _LOWER_SECOND_WORD.fullmatch(surface) and not _sentence_starts(text, start):
            key = _form_key(surface)  # Ma cao 澳门: a place's second word in lower case, within a sentence
            if not _common_word(conn, key, memo):  # not Hợp tác (cooperation) for the city Hợp Tác 合作
                fitting = [f for f in forms if f.entry[1] == "place" and f.key == key and all(f.capitals)]
        if fitting and _sentence_starts(text, start) and not any(_first_word_as_printed(surface, f) for f in fitting):
            continue  # Đời Tống (the Song era) opening a sentence: not Đới Tông 戴宗 with other tones
        if fitting and _part_of_a_longer_name(text, start, end, surface, fitting[0].entry[1]):
            fitting = [f for f in fitting if f.entry[1] == "term"]
        if fitting and len(surface.split()) == 2 and _INSTITUTION.match(surface) and _name_runs_on(conn, text, end, memo):
            continue  # Bộ Công (工部) in Bộ Công nghiệp và Công nghệ thông tin: an institution's name goes on
        if fitting and all(f.entry[1] == "term" and f.vi.istitle() for f in fitting) and surface[:1].islower() and _straddles(
            conn, text, start, end, memo
        ):
            continue  # Diễn đàn Kinh tế (an economic forum): no Đàn Kinh 坛经 across diễn đàn and kinh tế
        if fitting and fitting[0].entry[1] == "term" and folded[max(0, start - 4) : start] == "pho " and (
            start < 5 or not folded[start - 5].isalnum()
        ):
            continue  # Phó Chủ tịch Chính hiệp…: a vice-chair; the body inside is still found
        if fitting:
            found.append((start, end, surface, fitting))
    return found


def _common_word(conn, key: str, memo: dict) -> bool:
    """The commonest lexicon word read with these very diacritics is no name: hợp tác 合作 (to cooperate,
    a verb), bình an 平安; not bắc kinh 北京 (a place)."""
    if ("common", key) not in memo:
        row = conn.execute("select pos from lexicon where fold = ? and reading = ? order by freq desc limit 1", (fold(key), key)).fetchone()
        memo["common", key] = bool(row) and row[0] not in NAMED_POS
    return memo["common", key]


_LOWER_SECOND_WORD = re.compile(rf"[{_UPPER}][^\W\d_]* (?![{_UPPER}])[^\W\d_]+")  # Ma cao, Bắc kinh


def _straddles(conn, text: str, start: int, end: int, memo: dict) -> bool:
    """The first word ends a word with the one before (diễn | đàn) and the last begins one with the next (Kinh | tế)."""
    before = _word_before(text, start)
    if not before or not _name_runs_on(conn, text, end, memo):
        return False
    bigram = f"{before} {text[start:end].split()[0]}"
    if ("word", bigram) not in memo:
        memo["word", bigram] = _is_word(conn, _automaton(_path(conn)), bigram)
    return memo["word", bigram]


def _name_runs_on(conn, text: str, end: int, memo: dict) -> bool:
    """The name's last word and the lower-case word after it make a word (Công | nghiệp 工业)."""
    last = _WORD.search(text, max(0, text.rfind(" ", 0, end) + 1), end)
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(last and following and following.group().islower() and _ends_inside_a_word(conn, text, last, memo))


def _known(conn, text: str, found: list) -> tuple[list[Mention], list[Mention]]:
    """The mentions the matches make: longest first from the left, and those nested in a title or a
    body's name (Quân ủy Trung ương in Chủ tịch Quân ủy Trung ương)."""
    mentions, nested = [], []
    taken_until = container_until = nested_until = -1
    nests: tuple = ()
    chosen: dict = {}  # (surface, fitting) → best form, other entries, match
    reach, latin_reach = {}, {}  # start → the furthest end of a match (an English name: Hang Seng Index) starting there
    for start, end, surface, _ in found:
        reach[start] = max(end, reach.get(start, end))
        if surface.isascii() and all(word[:1].isupper() for word in surface.split()):
            latin_reach[start] = max(end, latin_reach.get(start, end))
    latin_starts = sorted(latin_reach)
    for start, end, surface, fitting in sorted(found, key=lambda m: (m[0], -(m[1] - m[0]))):
        inside = start < taken_until
        if inside and (end > container_until or start < nested_until < end or fitting[0].entry[1] not in nests):
            continue  # a nested name overlaps no other, or lies within it (the Party in Trung ương Đảng Cộng sản…)
        head = PEOPLE_WORD.match(surface)
        if head and reach.get(start + head.end(), 0) > end:
            continue  # người Hoa kiều: an overseas Chinese (华侨), not người Hoa (华人); người Hán Trung: 汉中
        if _NUMBER.match(text, end) and any(reach.get(i, 0) > end for i in range(start + 1, end)):
            continue  # Trạm không gian Thiên Cung 1: the station Thiên Cung 1 (天宫一号), not 天宫空间站
        latin = latin_starts[bisect.bisect_right(latin_starts, start) : bisect.bisect_left(latin_starts, end)]  # within the match
        if latin and not inside and any(latin_reach[i] - i > end - start and latin_reach[i] > end for i in latin):
            continue  # Chỉ số Hang Seng China Enterprises Index: the longer English name it runs into (恒生中国企业指数)
        if (surface, id(fitting)) not in chosen:
            chosen[surface, id(fitting)] = _choose(surface, fitting)
        best, others, match = chosen[surface, id(fitting)]
        if match == "folded" and _accented(surface) and _NAME_GOES_ON.match(text, end):
            continue  # Đổng Hải Phong, a person: not Động Hải 洞海 with other tone marks and a name after it
        last = start + surface.rfind(" ") + 1
        if best.entry[1] == "term" and surface[0].islower() and text[last].isupper() and reach.get(last, 0) > end:
            continue  # nước Việt Nam, Vietnam: not nước Việt 越国 (the state of Yue), when Việt Nam is a name too
        if best.entry[1] == "person" and _after_a_name(text, start, surface, mentions):
            terms = [f for f in fitting if f.entry[1] == "term"]
            if not terms:
                continue
            best, others, match = _choose(surface, terms)
        if best.entry[1] == "place" and _given_name_after_a_surname(conn, text, start, surface, best, mentions):
            continue  # Lý Vĩnh Thắng: a person (李永胜), not Li and the county 永胜县
        if best.entry[1] == "place" and not inside and _surname_opens_a_name(conn, text, end, surface, reach):
            continue  # Lý Thành Cương: a person, not the district Lý Thành 鲤城区 and Cương
        places = [f for f in fitting if f.entry[1] == "place"]
        if best.entry[1] == "person" and places and (
            _PLACE_WORD_BEFORE.search(text, max(0, start - 20), start) or normalize_vi(_word_before(text, start)).lower() in LOCATION_WORDS
        ):
            best, others, match = _choose(surface, places)  # vịnh Hạ Long, tại Hạ Long: the bay 下龙, not the marshal 贺龙
        if best.entry[1] == "organization" and not inside and _NAMES_CHINA.search(best.entry[2]) and _VIETNAM_AFTER.match(text, end):
            taken_until, container_until, nested_until = end, -1, start  # nothing reported inside it either
            continue  # Quân ủy Trung ương Việt Nam: Vietnam's body, not China's (中华人民共和国中央军事委员会)
        if best.entry[1] == "organization" and best.entry[4] == "CN" and not inside:
            china = _CHINA_AFTER.match(text, end)
            if china and not surface.endswith(china.group().strip()):  # Bộ Ngoại giao Trung Quốc: the ministry
                end = china.end()
                surface = text[start:end]
        mention = _mention(surface, start, end, best, others, match, fitting)
        if inside and mention.entry_id == mentions[-1].entry_id:
            continue  # Bộ Ngoại giao in Bộ Ngoại giao Trung Quốc: the same ministry
        if inside and _cuts_a_name(text, mention, _enclosing(nested, mentions[-1], start, end)):
            continue  # Thái Bình (太平) or Bình Dương (平阳) in Thái Bình Dương 太平洋
        if inside and mention.kind == "organization" and not _written_within(mention, mentions[-1]):
            continue  # Nhân dân (the newspaper 人民报) in Ngân hàng Nhân dân Trung Quốc 中国人民银行
        if inside and mention.kind == "place" and mentions[-1].country == "VN" and mention.country not in ("VN", ""):
            continue  # Tây Ninh, China's Xining (西宁), in tỉnh Tây Ninh, the Vietnamese province 西宁省
        if inside and mention.kind == "person" and not _written_within(mention, mentions[-1]):
            continue  # Dương Tử (the actress 杨紫) in sông Dương Tử 长江, Đài Thiên (代善) in Đài Thiên văn Quốc gia
            # 国家天文台; but Tần Thủy Hoàng 秦始皇 in 秦始皇陵
        if inside:
            nested.append(mention)
            nested_until = end
        else:
            mentions.append(mention)
            taken_until, container_until, nested_until = end, end if mention.kind in NESTED else -1, start
            nests = NESTED.get(mention.kind, ())
    return mentions, nested


def _enclosing(nested: list[Mention], container: Mention, start: int, end: int) -> Mention:
    """The innermost name nested so far in the container that holds start–end, else the container; only the
    container's own nested names are looked at, so that a long text is not scanned again for each name."""
    for name in reversed(nested):
        if name.start < container.start:
            break
        if name.start <= start and end <= name.end:
            return name
    return container


def _cuts_a_name(text: str, inner: Mention, outer: Mention) -> bool:
    """The inner name is part of a run of capitalised words of the outer one: its beginning, which the outer
    name's characters begin with too (Ấn Độ | Dương 印度洋), or a part they do not write (Thái | Bình Dương 太平洋,
    not 平阳); not a name after a generic or a dash (Cảng Thượng Hải 上海港, cao tốc Nam Ninh – Bằng Tường)."""
    if inner.start == outer.start:
        return outer.zh.startswith(inner.zh) and text[inner.end + 1 : inner.end + 2].isupper()
    before = text[outer.start : inner.start].split()
    return text[inner.start - 1] == " " and before[-1][:1].isupper() and not _written_within(inner, outer)


def _written_within(inner: Mention, outer: Mention) -> bool:
    """A body inside another's name is written inside its characters too (中央军委 in 中央军委主席); a place
    need not be (Tây Tạng 西藏 in người Tây Tạng 藏族)."""
    return any(a in b for a in [inner.zh, *inner.zh_other] for b in [outer.zh, *outer.zh_other])


def _mention(surface: str, start: int, end: int, best: _Form, others, match: str, fitting: list[_Form]) -> Mention:
    """A known mention; a person's pinyin (Li Qiang: 李强 or another of that pinyin) is a candidate
    listing the glossary's people of that pinyin."""
    entry_id, kind, zh, pinyin, country, status, vi, en, zh_other = best.entry
    if match == "pinyin" and kind == "person":
        candidates = [{"zh": f.entry[2], "vi": f.entry[6], "pinyin": f.entry[3], "source": "glossary",
                       "status": f.entry[5], "entry_id": f.entry[0]} for f in fitting if f.rendering == "pinyin"]  # fmt: skip
        return Mention(surface, start, end, "", kind, zh, pinyin, country, "candidate", "", "", match, [], candidates)
    if kind == "organization" and country == "CN" and surface.endswith(" Trung Quốc") and not zh.startswith(NATIONAL_PREFIXES):
        zh_other = (*zh_other, "中国" + zh)  # Quốc vụ viện Trung Quốc: 国务院, also written 中国国务院
    return Mention(surface, start, end, entry_id, kind, zh, pinyin, country, status, vi, en, match, list(others),
                   zh_other=list(dict.fromkeys(zh_other)))  # fmt: skip


def _choose(surface: str, fitting: list[_Form]) -> tuple[_Form, tuple[str, ...], str]:
    """The form a surface stands for (same diacritics first, then the same capitals: Hoàng Đế 黄帝, the
    Yellow Emperor, before hoàng đế 皇帝; then the surest, see shared_form_weight), the other entries it
    may stand for, and whether the match is exact or folded."""
    key, capitals = _form_key(surface), _capitals(surface)
    best = min(fitting, key=lambda f: (f.key != key, f.capitals != capitals and not surface.isupper(), -f.weight))
    others = tuple(dict.fromkeys(f.entry[0] for f in fitting if f.entry[0] != best.entry[0]))
    return best, others, "pinyin" if best.rendering == "pinyin" else "exact" if best.key == key else "folded"


_NUMBER = re.compile(r"[ -]\d")  # a number after a name: Thần Châu 9, Thần Châu-9


def _fitting(conn, forms: list[_Form], surface: str) -> list[_Form]:
    """The forms the printed surface can be: names keep their capitals (a name may lose its diacritics
    in print), terms their diacritics (đồng chí is not đông chí). A name printed with tone marks that
    differ from a form's is that form (Hàng Chấu for Hàng Châu 杭州) unless the surface, with its own
    diacritics, reads as a lexicon word; other marks make another word (see _same_letters): Năm Đường
    (the year, then a name) is not Nam Dương 南阳, Tây Đường 西塘 not Tây Dương 西洋."""
    capitals = _capitals(surface)
    key = _form_key(surface)
    fitting = []
    for form in forms:
        if form.key != key and form.rendering not in ("pinyin", "english") and (
            not _same_letters(key, form.key) or (surface.isupper() and _accented(surface))
        ):
            continue  # a headline in capitals keeps its marks: QUAN TRỌNG (important) is no Quản Trọng 管仲
        if form.key != key and _accented(surface) and len(key.split()) >= 2 and all(a != b for a, b in zip(key.split(), form.key.split())):
            continue  # a misprint changes a mark, not every word's: Trường Báo (chí), a school, is no Trương Bảo 张宝
        if form.key != key and not _lower_words_kept(key, form):
            continue  # trực tuyến Trung Quốc (online) holds no tuyển Trung Quốc 中国国家足球队 (the national team)
        if form.capitals and not _capitals_fit(form, capitals):
            continue
        if not any(w[:1].isupper() for w in form.vi.split()[1:]) and not capitals[0] and any(capitals[1:]):
            continue  # Quốc tế Hồng Kiều: tế Hồng is no term tế hồng 祭红 (a glaze), a name begins at Hồng; huyện
            # Quân Liên 筠连县 holds no Huyện quân 县君 (a title)
        if form.rendering in ("pinyin", "english") and surface != form.vi:
            continue  # pinyin as printed, without diacritics: Bảo An is Vietnamese, Bao An may be 宝安
        if form.vi.isascii() and form.vi.isupper() and surface[1:].islower():
            continue  # an acronym, printed with capitals inside (PBoC for PBOC): Cup is no CUP 中国银联
        if form.entry[1] == "term" and form.key != key:
            continue
        fitting.append(form)
    folded = [f for f in fitting if f.key != key and f.rendering not in ("pinyin", "english")]
    if folded and len(folded) == len(fitting) and _accented(surface) and _reads_as_word(conn, key):
        return []
    return fitting


def _first_word_as_printed(surface: str, form: _Form) -> bool:
    """The form's first word has the surface's marks (or the surface's first word has none)."""
    first = surface.split()[0]
    return not _accented(first) or _form_key(first) == form.key.split()[0] or form.rendering in ("pinyin", "english")


def _same_letters(printed: str, form: str) -> bool:
    """Each word printed with marks has the form's letters and shape marks, whatever its tone (Hàng Chấu
    for Hàng Châu); a word printed without marks may have lost them (Đại học Hong Kong)."""
    return all(not _accented(a) or without_tones(a) == without_tones(b) for a, b in zip(printed.split(), form.split()))


def _lower_words_kept(key: str, form: _Form) -> bool:
    """A form's words in lower case are common words, printed with their own tone marks when printed with
    marks at all: only a name's capitalised words may differ (tuyến, a route, is not tuyển, a team)."""
    return all(a == b or not _accented(a) or word[:1].isupper() for a, b, word in zip(key.split(), form.key.split(), form.vi.split()))


def _reads_as_word(conn, key: str, townships: bool = True) -> bool:
    """A lexicon word reads so, with these very diacritics. With townships=False, a township's name that jieba
    does not know (freq 1) is no word: 阴底 Âm để is none that huyện Sơn Âm | để… ends inside."""
    sql = "select 1 from lexicon where fold = ? and reading = ? and (? or place != 'township' or freq > 1) limit 1"
    return bool(conn.execute(sql, (fold(key), key, townships)).fetchone())


# Last syllables of Chinese places that some pages print in lower case: rivers, mountains, lakes, provinces.
LOWER_PLACE_ENDINGS = {"giang", "hà", "sơn", "hồ", "châu", "xuyên"}


# Last syllables of rulers' names that the press prints in lower case: emperors, kings, dukes, temple names;
# and of bodhisattvas (Văn Thù Bồ tát 文殊菩萨).
LOWER_TITLE_ENDINGS = {"đế", "vương", "hậu", "công", "tông", "tổ", "tát"}


def _capitals_fit(form: _Form, capitals: tuple[bool, ...]) -> bool:
    """A name keeps the capitals of its form. The press capitalises long names of bodies and places
    unevenly (đảng Cộng sản Trung Quốc, Chính hiệp Toàn quốc): of three words or more, half will do; a
    body of two words keeps its first capital (Nhân đại for Nhân Đại); a place may end in lower case
    with its river, mountain or province (Mân giang), a ruler of three words with his title (Hán Linh đế)."""
    needed = sum(form.capitals)
    ending = form.key.rsplit(" ", 1)[-1]
    if form.entry[1] == "place" and ending in LOWER_PLACE_ENDINGS and capitals[0]:
        capitals = (*capitals[:-1], True)  # Mân giang 岷江, Quý châu 贵州: the ending in lower case
    if form.entry[1] == "person" and ending in LOWER_TITLE_ENDINGS and len(capitals) >= 3:
        capitals = (*capitals[:-1], True)  # Hán Linh đế 汉灵帝, Sở Hoài vương 楚怀王
    if len(form.capitals) >= 3 and form.entry[1] in ("organization", "place"):
        if form.key.endswith(" trung quốc") and any(form.capitals[:-2]) and not any(capitals[:-2]):
            return False  # thanh niên Trung Quốc, China's youth: not the newspaper Thanh niên Trung Quốc 中国青年报
        return sum(capitals) * 2 >= needed
    if len(form.capitals) == 2 and form.entry[1] == "organization":
        return capitals[0] or not form.capitals[0]
    return not any(need and not there for need, there in zip(form.capitals, capitals))


def _is_word(conn, automaton, text: str) -> bool:
    """A glossary form or a lexicon word reads so, with these very diacritics (chủ tịch 主席; Lâm phát
    is not lạm phát 通货膨胀)."""
    key = _form_key(text)
    _, forms = automaton.get(_match_fold(text), (0, []))
    return any(form.key == key for form in forms) or _reads_as_word(conn, key, townships=False)


def _part_of_a_longer_name(text: str, start: int, end: int, surface: str, kind: str) -> bool:
    """A short glossary name that a capitalised word follows is part of another name: a two-word
    person (Lê Minh 黎明 in Lê Minh Tuấn), or a place of one capitalised word after a generic (huyện Đại
    代县 in huyện Đại Tân). Two-word places stay: Vân Nam Trung Quốc is two names; so do bodies before a
    person (Chính hiệp Uông Dương)."""
    if kind == "term" or surface.isupper() or not _NAME_GOES_ON.match(text, end):
        return False  # a headline in capitals (NHƯ MẠC NGÔN DỄ HAY KHÓ) capitalises every word
    words = surface.split()
    return (kind == "person" and len(words) == 2) or (kind == "place" and sum(w[:1].isupper() for w in words) == 1)


def _after_a_name(text: str, start: int, surface: str, mentions: list[Mention]) -> bool:
    """A two-word person right after a capitalised word is the tail of a longer name (Trấn Bình 陈平 —
    Trần Bình, diacritics aside — in Tôn Trấn Bình), unless that word is an honorific or ends a name
    found already (Việt Nam Hùng Ba)."""
    if len(surface.split()) != 2 or surface.isupper() or (mentions and mentions[-1].end == start - 1):
        return False  # in a headline in capitals every word is
    before = _word_before(text, start)
    acronym = len(before) > 1 and before.isupper()  # HLV Li Tie: a coach (huấn luyện viên), not a name's first word
    return before[:1].isupper() and not acronym and normalize_vi(before).lower() not in LEADING_WORDS


_LAST_NAME_WORD = re.compile(rf" [{_UPPER}][^\W\d_]*(?![^\W_]| [{_UPPER}])")  # one more capitalised word ends the run


def _surname_opens_a_name(conn, text: str, end: int, surface: str, reach: dict) -> bool:
    """A place of two words whose first is a common surname, or which follows ông, bà…, then one capitalised word
    that ends the run and begins no other name, is a person of three: Lý Thành Cương, not 鲤城区; ông Châu Hải Minh,
    not 珠海 (Vân Nam Trung Quốc is two names)."""
    words = surface.split()
    if len(words) != 2 or surface.isupper() or not _LAST_NAME_WORD.match(text, end) or end + 1 in reach:
        return False
    start = end - len(surface)
    return _after_honorific(text, start) or reads_as_common_surname(conn, normalize_vi(words[0]).lower())


LOCAL_UNIT_ENDINGS = ("县", "区", "镇", "乡", "村")  # units whose names are often given names too (永胜, 建国)


def _given_name_after_a_surname(conn, text: str, start: int, surface: str, place: _Form, mentions: list[Mention]) -> bool:
    """A county's or smaller unit's two-word name right after a common surname that opens a name is a person's
    given name: Lý Vĩnh Thắng 李永胜, not Li and 永胜县; so is any place's after a Vietnamese surname (ông
    Nguyễn Đồng Trung, a Vietnamese diplomat, not the border gate 峒中口岸) or after a surname that follows ông,
    bà… (ông Trương Hải Nam, not Hainan 海南)."""
    local = place.entry[2].endswith(LOCAL_UNIT_ENDINGS)
    if len(surface.split()) != 2 or surface.isupper():
        return False
    before = _word_before(text, start)
    if not before[:1].isupper() or text[start - 1 : start] != " " or (mentions and mentions[-1].end >= start - 1):
        return False
    opening = start - len(before) - 1  # the surname opens the name: nothing capitalised before it, but a word for a person
    previous = _word_before(text, opening)
    if previous[:1].isupper() and normalize_vi(previous).lower() not in LEADING_WORDS and not _sentence_starts(text, opening):
        return False
    surname = normalize_vi(before).lower()
    named = local or _after_honorific(text, opening)  # ông Trương Hải Nam: any place's name, after ông, bà…
    return surname in VIETNAMESE_SURNAMES or (named and reads_as_common_surname(conn, surname))


def _ends_inside_a_word(conn, text: str, last: re.Match, memo: dict) -> bool:
    """A run that ends inside a title, term or institution's name is not a name: Phó Chủ | tịch, Ban Thời | sự,
    Bộ Văn | hóa, Đài Truyền | hình, Phó Thống | đốc."""
    end = last.end()
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if not following:
        return False
    bigram = f"{last.group()} {following.group()}"
    if ("word", bigram) not in memo:
        words = normalize_vi(bigram).lower()  # Đài Truyền | hình: an institution's words (đài truyền hình)
        memo["word", bigram] = words in _INSTITUTION_BIGRAMS or words in VIETNAMESE_TITLE_WORDS or _is_word(
            conn, _automaton(_path(conn)), bigram)
    return memo["word", bigram]


VIETNAMESE_TITLE_WORDS = {"thống đốc", "vụ trưởng"}  # titles no Chinese word reads: Phó Thống | đốc, Phó Vụ | trưởng
# Two words in a row of an institution's or body's Vietnamese name: truyền hình, phát thanh, giao dịch…
_INSTITUTION_BIGRAMS = {" ".join(pair) for head in [*VI_INSTITUTIONS, *VI_BODIES] for pair in itertools.pairwise(head.split())}

"""Find the glossary's names and terms in a Vietnamese text, and flag unknown Sino-Vietnamese names.

Known forms of two syllables or more, one-word names that cannot be a Vietnamese syllable (Huawei,
Lhasa, CCTV, NDT), the pinyin of known places and people as printed without tones (Guangzhou; Li
Qiang, a candidate: others share a person's toneless pinyin) and English names as printed (Jack Ma)
are matched with an Aho-Corasick automaton (pyahocorasick) over a same-length fold of the text, so
offsets point into the original: longest match first, word boundaries respected,
diacritics ignored for matching but an exact match preferred when several entries share a fold.
Names keep their capitals: a form stored as Trung Quan Thôn matches Trung Quan Thôn, not trung quan
thôn; a short name inside a longer capitalised run is part of another name (Lê Minh in Lê Minh Tuấn).

Unknown names come with reverse-lookup candidates: runs of two or three capitalised syllables that
all read as Hán-Việt, or as pinyin (Pan Gongsheng), and start with a ranked Chinese surname (people),
runs that read, with their diacritics, as one of China's administrative units (Thạc Long 硕龙) and
runs after trấn (places); nothing for a run the text places in Vietnam (Trà Lĩnh (Việt Nam)) or after a
place word.

A name inside a title, and a body or person inside a body's name, is reported as well, nested (Quân
ủy Trung ương in Chủ tịch Quân ủy Trung ương, Đảng Cộng sản Trung Quốc in Ban Chấp hành Trung ương…);
a title after Phó (vice-) is not reported as the title itself. Peoples of China are matched after người
or dân tộc (người Hán 汉族, dân tộc Kinh Trung Quốc 京族), not when a longer name starts with the people's
name (người Hán Trung 汉中, người Hoa kiều 华侨) or before a religion (người Hồi giáo); alone, only
the names of three syllables or more (Triều Tiên is North Korea, Bảo An a given name).

A surname alone after ông, bà, họ… is the person the text names in full (ông Vương: 王, of Vương
Truyền Phúc 王传福); a name the text also prints within a longer glossary name is written with that
name's characters for it (Lôi Phong 雷峰 beside tháp Lôi Phong 雷峰塔, not the soldier 雷锋).

A place written after a Vietnamese generic, a body or an institution (trấn Bằng Tường, Thành ủy Đông
Hưng, Chính quyền nhân dân Khu tự trị …) is also reported as a whole, composed (凭祥镇, 东兴市委,
…人民政府): such a mention contains the mention it was built from; so is a numbered craft of a series
(Thường Nga 5 嫦娥五号).
"""

import bisect
import functools
import itertools
import re
import unicodedata
import sqlite3
from dataclasses import asdict, dataclass, field, replace

import ahocorasick

from . import readings
from .hanviet import readable, readable_part
from .names import check_text, simplified
from .lexicon import NAMED_POS, PINYIN_LONG_WORD
from .pinyin import pinyin as to_pinyin
from .reverse import _database_path as _path
from .reverse import PERSON_GENERICS, VI_BODIES, VI_GENERICS, VI_INSTITUTIONS, VI_TITLES, VI_TITLES_BEFORE, _nom_readings, _syllable_index, pinyin_syllables, read_rows, reverse
from .reverse import BUILDING_ENDINGS, COURTS, courtesy_names, PEOPLE_POS, Candidate, PRINTED_GENERICS, UNIT_ENDINGS, reads_as_common_surname, chinese_number, number_value, series, _is_unit, _short_name, lexicon_by_pinyin, printed_pinyin_key, shared_form_weight, split_pinyin
from .text import capitalize_syllables, fold, fold_chars, nfc, normalize_vi, restyle_vi, without_tones

STATUS_RANK = {"verified": 0, "attested": 1, "candidate": 2}
# Syllables that mark a Vietnamese, not a Chinese, name (Nguyễn Thị Hường, Bùi Văn…).
VIETNAMESE_SURNAMES = {"nguyễn", "huỳnh", "bùi", "võ", "lê", "phạm", "đỗ", "trịnh", "phan"}
VIETNAMESE_MIDDLE = {"thị", "văn", "hữu", "đình", "công"}  # in the middle of a name
# Place generics and Vietnamese units: a capitalised run after one is a place, not a person.
PLACE_WORDS = {*VI_GENERICS, "xã", "phường", "bản", "làng", "ấp"}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = re.compile(r"[^\W\d_]+")
_UPPER = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper())


@dataclass
class Mention:
    text: str
    start: int
    end: int
    entry_id: str
    kind: str
    zh: str  # the characters the printed form writes: the entry's, or one of its other Chinese forms
    pinyin: str
    country: str
    status: str
    vi: str  # the entry's preferred form
    en: str
    match: str  # exact (same diacritics), folded, pinyin (Guangzhou), surname (ông Vương), dynasty (thời Đường),
    # state (Triệu after nước Tề), document (Lôi Phong 雷峰 beside tháp Lôi Phong 雷峰塔), composed or unknown
    alternatives: list[str] = field(default_factory=list)  # other entries with the same form
    candidates: list[dict] = field(default_factory=list)  # for unknown names: reverse candidates
    # the entry's other Chinese forms (中共中央…); its own zh among them when the form writes another
    zh_other: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


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
    """A form or surface with its diacritics, tone style and i/y, case and hyphens or dashes aside (Thần Châu-21,
    Trung – Lào)."""
    return normalize_vi(re.sub("[-–—]", " ", text)).lower()


PEOPLE_WORD_FREQ = 100  # 汉人 (1,629), 蒙古人: common words for a people's members; not 苗人 (3)


# A work's title keeps its first capital: Anh hùng 英雄 (the film), Phải sống 活着 (the novel) are also words.
WORK = re.compile(r"\b(?:film|novel|novella|drama|song|album|poem|trilogy|short stories|short-story|classic)\b", re.IGNORECASE)


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
    """fold_chars(form) → forms sharing it, for every form of two syllables or more."""
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
                capitals = tuple(w[:1].isupper() for w in plain.split())
                for printed in dict.fromkeys([plain, entry[3]]):  # as printed, with or without tones: Díqìng
                    forms.setdefault(fold_chars(plain), []).append(_Form(printed, plain.lower(), capitals, tuple(entry), "pinyin"))
            for english in _english_names(entry[1], entry[7], plain):  # Jack Ma, Sinopec, Tencent Holdings
                capitals = tuple(w[:1].isupper() for w in english.split())
                forms.setdefault(fold_chars(english), []).append(_Form(english, english.lower(), capitals, tuple(entry), "english"))
        if written != entry[2]:  # the form writes another of the entry's Chinese forms: Ngọc Hoàng Thượng Đế 玉皇上帝
            others = tuple(zh for zh in (entry[2], *entry[-1]) if zh != written)
            entry = [entry[0], entry[1], written, to_pinyin(written, kind=entry[1]).result, *entry[4:-1], others]
        if entry[1] == "term" and entry[2].endswith("族") and ethnic:  # 汉族, not the novel 红高粱家族
            if fold(vi) not in NOT_ONLY_CHINESE_PEOPLES:
                persons = entry[2][:-1] + "人"  # người Hán: 汉族, also 汉人 (the Han people), a common word
                with_persons = (*entry[:-1], (*entry[-1], persons)) if persons in common_persons else tuple(entry)
                for people, named in ((f"người {vi}", with_persons), (f"dân tộc {vi}", tuple(entry))):  # dân tộc Thổ Gia 土家族
                    capitals = tuple(w[:1].isupper() for w in people.split())
                    forms.setdefault(fold_chars(people), []).append(_Form(people, _form_key(people), capitals, named))
            if len(words) < 3:
                continue  # alone, Triều Tiên is North Korea, Mông Cổ Mongolia, Bảo An and Cao Sơn are given names
        acronym = len(vi) >= 2 and vi.isupper()
        latin = vi.isascii() and vi[:1].isupper()  # WeChat, Gaokao: no Vietnamese word
        syllable = _VIETNAMESE_SYLLABLE.fullmatch(fold(vi)) and not (acronym and fold(vi) not in _syllable_index()[1])
        if len(words) < 2 and ((entry[1] == "term" and not acronym and not latin) or syllable):
            if latin and rendering in ("exonym", "variant") and entry[1] in ("organization", "term") and (
                acronym or fold(vi) not in _syllable_index()[1]
            ):  # a brand's or body's name printed exactly so: Aion 埃安, GAC 广汽集团
                forms.setdefault(fold_chars(vi), []).append(_Form(vi, vi.lower(), (True,), tuple(entry), "english"))
            continue  # one syllable (Việt for 粤) would hit ordinary words; Huawei, Lhasa, CCTV, NDT, WeChat, CIIE cannot
        capitals = tuple(w[:1].isupper() for w in words)
        if entry[1] == "term" and not acronym:  # a term of two words keeps the capital of the name in it (nước
            named = len(words) == 2 and capitals == (False, True)  # Sở, not nước sở tại); Bí thư Tỉnh ủy need not
            named = named or (len(words) >= 2 and all(capitals) and (vi, written) in read_otherwise)  # Tiền Lương
            capitals = capitals if named else (True,) if work and capitals[0] else ()  # Anh hùng, the film
        weight = shared_form_weight(entry[5], rendering, freq, place)
        forms.setdefault(fold_chars(vi), []).append(_Form(vi, _form_key(vi), capitals, tuple(entry), rendering, weight))
        for joined in (vi.replace(" và ", f" {dash} ") for dash in "-–" if " và " in vi):  # Vành đai - Con đường
            shape = tuple(w[:1].isupper() for w in joined.split()) if capitals else ()
            forms.setdefault(fold_chars(joined), []).append(_Form(joined, _form_key(joined), shape, tuple(entry), rendering, weight))
    automaton = ahocorasick.Automaton()
    for key, found in forms.items():
        automaton.add_word(key, (len(key), sorted(found, key=lambda f: STATUS_RANK[f.entry[5]])))
    automaton.make_automaton()
    return automaton


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
        if len(words) == 1 and (kind == "term" and not name.isupper() or _VIETNAMESE_SYLLABLE.fullmatch(name.lower())):
            continue  # Colonel, Tang: an English word or a Vietnamese syllable
        if re.sub(r"[\s'-]", "", name.lower()) != re.sub(r"[\s'-]", "", pinyin.lower()):
            found.append(name)
    return found


def annotate(conn: sqlite3.Connection, text: str, unknown: bool = True) -> list[Mention]:
    """Mentions of glossary entries (and, with unknown=True, of unknown names) in text, in order;
    offsets index text as given, NFD or NFC."""
    original = check_text(text, "text")
    text = nfc(original)
    if text != original:
        return _in_original(original, text, annotate(conn, text, unknown))
    mentions, nested = _known(conn, text, _matches(conn, text))
    memo: dict = {}  # reverse candidates and word checks, once per text
    if unknown:
        vietnamese = {m.end + 1 for m in mentions if m.country == "VN" and m.kind in ("place", "organization")}
        mentions += _unknown(conn, text, [(m.start, m.end) for m in mentions], vietnamese, memo)
        mentions = _lexicon_runs(conn, text, mentions, memo)
        mentions = _pinyin_given_names(conn, text, mentions, memo)
        mentions += _pinyin_words(conn, text, mentions, memo)
        mentions += _quoted_words(conn, text, mentions, memo)
        mentions += _halls(conn, text, mentions, memo)
        mentions += _peoples_in_pinyin(conn, text, mentions)
        mentions = _paired_with_pinyin(conn, text, mentions, memo)
        mentions = _printed_characters(text, mentions)
    mentions += _surnames_alone(text, mentions) + nested
    mentions += _names_alone(text, mentions)
    mentions += _festivals_alone(text, mentions)
    mentions = _festivals_listed(conn, text, mentions)
    mentions = _chinese_bodies(conn, text, mentions)
    normalized = restyle_vi(text)  # tone style and i/y aside, for the passes that match words
    mentions += _dynasties(conn, text, normalized, mentions)
    mentions += _states(conn, text, normalized, mentions)
    mentions = _placed_by_generic(conn, text, mentions)
    composed = []
    spans = {(m.start, m.end) for m in mentions}  # a known name is not composed again (Khu tự trị … Quảng Tây)
    inside = _coverage(mentions, contains=True)
    for found in (_clan_names(conn, text, normalized, mentions, memo),
                  _institutions_of_china(conn, text, normalized, memo), _composed(conn, text, mentions, memo),
                  _numbered(conn, text, mentions), _of_china(text, mentions), _titled(text, normalized, mentions),
                  _eras(conn, text, normalized, mentions), _titled_before(text, normalized, mentions),
                  _models(text, mentions)):  # fmt: skip
        # Chính phủ Trung Quốc: of a place, of China; not within a longer glossary name; a ministry first
        # as the institution pass names it (Bộ Văn hóa Trung Quốc 文化部, without 中国)
        composed += [m for m in found if (m.start, m.end) not in spans and not inside(m.start, m.end)
                     and not inside(m.end - 1, m.end + 1)]  # fmt: skip
        # nor ending inside one: Giải Honor of Kings holds no award 荣耀奖 (Giải Honor); a title may end
        # inside a body composed after it (Bí thư Tỉnh ủy | Tỉnh ủy Tứ Xuyên 四川省委)
        spans |= {(m.start, m.end) for m in found}
    mentions = _placed_by_context(conn, _as_written_in_full(conn, mentions + composed))
    return sorted(_not_in_vietnam(text, _not_credited(text, mentions)), key=lambda m: (m.start, -m.end))


def _not_credited(text: str, mentions: list[Mention]) -> list[Mention]:
    """No person, place or term after a credit, the Vietnamese photographer or writer (Ảnh: Dương Giang/TTXVN,
    not the city 阳江; Clip: Thanh Long, not the dragon fruit 火龙果), though an agency may be one (Ảnh: Tân Hoa
    xã), nor an unknown person between Theo and an outlet in brackets, the reporter (Theo Hà Thu
    (VnExpress.net), not 何秋)."""
    return [m for m in mentions if not (
        (m.kind != "organization" and _CREDIT_BEFORE.search(text, max(0, m.start - 16), m.start))
        or (not m.entry_id and m.kind == "person" and text[max(0, m.start - 5) : m.start] == "Theo "
            and _SOURCE_AFTER.match(text, m.end))
    )]  # fmt: skip


# After a place, the province it lies in: An Dương, Hải Phòng; Long Biên thuộc Hà Nội; for a name the glossary
# lacks, also Trà Lĩnh (Cao Bằng), Vĩnh Tân ở Bình Thuận.
_LIES_IN = re.compile(r"(?:, | thuộc )(?:(?:tỉnh|thành phố|TP\.?) )?", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r" ?\((?:[\w-]+\.(?:vn|net|com)|Báo |VnExpress|Dân trí|Thanh Niên|Tuổi Trẻ|VTV|VOV|TTXVN)", re.IGNORECASE)
_CREDIT_BEFORE = re.compile(r"(?<![^\W_])(?:Ảnh|Nguồn|Video|Clip|Đồ họa|Bài|Tác giả|Phóng viên|PV)\s?:\s?$", re.IGNORECASE)
_UNKNOWN_LIES_IN = re.compile(r"(?:, | \(| thuộc | ở | tại )(?:(?:tỉnh|thành phố|TP\.?) )?", re.IGNORECASE)


def _not_in_vietnam(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the text places in Vietnam names a Vietnamese place: one the glossary lacks, followed by a Vietnamese
    province (Long Biên, Hà Nội: no 龙边; Trà Lĩnh (Cao Bằng), Vĩnh Tân ở Bình Thuận); a Chinese place's form after
    a generic, so followed (huyện An Dương, Hải Phòng: not Anyang 安阳市; but Bằng Tường, Lạng Sơn is a list of
    border towns, and a Chinese delegation may be tại Lạng Sơn); either followed by (Việt Nam)."""
    vietnamese = {m.start for m in mentions if m.kind == "place" and m.country == "VN"}
    found = []
    for mention in mentions:
        chinese_place = mention.kind == "place" and mention.country != "VN" and mention.entry_id
        guessed = not mention.entry_id and mention.kind in ("place", "person")  # not Đại sứ Trung Quốc (tại Việt Nam)
        after = (_UNKNOWN_LIES_IN if guessed else _LIES_IN).match(text, mention.end)
        province = bool(after and after.end() in vietnamese)
        placed = VIETNAMESE_AFTER.match(text, mention.end) or (province and (
            guessed or (chinese_place and _PLACE_WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start))))
        if not (placed and (chinese_place or guessed)):
            found.append(mention)
    return found


def _as_written_in_full(conn, mentions: list[Mention]) -> list[Mention]:
    """A name the text also prints within a longer glossary name is written with the characters the
    longer one has for it: Lôi Phong 雷峰 beside tháp Lôi Phong 雷峰塔 (not the soldier 雷锋), Lương Sơn 梁山
    beside Lương Sơn Bạc 梁山泊 (not 凉山). It takes the entry of those characters among the entries its
    form names, else it becomes a candidate (match: document). A longer name composed rewrites only names
    the glossary lacks: Hồng Kiều 虹桥 in Sân bay Quốc tế Hồng Kiều 虹桥国际机场. A river's, lake's or mountain's
    name printed without its generic is that place, not a person or term of the same form: Dương Tử beside
    sông Dương Tử is the Yangtze 长江, not the actress 杨紫."""
    keys: dict[str, Mention] = {}  # each printed name once, however often, by its first mention
    for mention in mentions:
        if " " in mention.text:
            keys.setdefault(_form_key(mention.text), mention)
    written: dict[str, tuple[str, str, bool]] = {}  # a name's key → the characters and kind a longer name has for it,
    for key, longer in sorted(keys.items(), key=lambda item: not item[1].entry_id):  # and whether it is the glossary's
        words = key.split()
        if not (longer.entry_id or longer.match == "composed") or len(words) < 3:
            continue
        parts = (" ".join(words[i : i + size]) for size in range(2, len(words)) for i in range(len(words) - size + 1))
        for part in (p for p in parts if p in keys and p not in written):
            chars = readable_part(longer.zh, longer.kind, part) or (  # the press's tones, where the glossary
                longer.entry_id and readable_part(longer.zh, longer.kind, part, tones=False))  # has the longer name so
            if chars:
                written[part] = (chars, longer.kind, bool(longer.entry_id))
    named = {}  # a place's name printed after its generic, and the place: Dương Tử → sông Dương Tử 长江
    for key, longer in keys.items():
        generic = next((g for g in FEATURE_GENERICS if key.startswith(g + " ")), None) if longer.kind == "place" else None
        name = key[len(generic) + 1 :] if generic else ""
        if longer.entry_id and len(name.split()) >= 2 and name in keys:
            named.setdefault(name, longer)
    named |= _clubs_by_name(conn, keys)
    found = []
    for mention in mentions:
        place = named.get(_form_key(mention.text))
        if place and place.entry_id != mention.entry_id and (mention.kind == "person" or not mention.entry_id or (
            place.kind == "organization" and mention.match == "pinyin")):  # not the actress Dương Tử 杨紫; but trí tuệ
            # nhân tạo 人工智能 stays the term, beside Đảo Trí tuệ nhân tạo 人工智能岛
            found.append(replace(place, text=mention.text, start=mention.start, end=mention.end, match="document",
                                 alternatives=[mention.entry_id] if mention.entry_id else [], candidates=[]))  # fmt: skip
            continue
        chars, kind, known = written.get(_form_key(mention.text), (None, None, False))
        if not known and mention.entry_id:
            chars = None  # a composed name (Sân bay Quốc tế Hồng Kiều 虹桥国际机场) rewrites unknown names only (红桥)
        if not chars or chars == mention.zh or chars in mention.zh_other:
            found.append(mention)
            continue
        entry = _entry_written(conn, chars, mention.alternatives)
        if entry:
            found.append(_as_entry(mention, entry, alternatives=[mention.entry_id]))
            continue
        pinyin = to_pinyin(chars, kind=kind).result
        candidate = Candidate(chars, mention.text, pinyin, 0, "document", "candidate", True)
        found.append(replace(mention, entry_id="", kind=kind, zh=chars, pinyin=pinyin, status="candidate", vi="", en="",
                             match="document", alternatives=[], candidates=[candidate.to_dict()], zh_other=[]))  # fmt: skip
    return found


def _clubs_by_name(conn, keys: dict[str, Mention]) -> dict[str, Mention]:
    """A body printed in pinyin as its city and its name (Changchun Yatai 长春亚泰, a football club): its name
    alone, as the text prints it later (Yatai, not 亚太, Asia-Pacific), is the body."""
    found = {}
    for longer in keys.values():
        city, _, name = longer.text.partition(" ")
        if longer.entry_id and longer.kind == "organization" and longer.text.isascii() and name and any(
            longer.zh.startswith(word) and place for word, _, _, place in lexicon_by_pinyin(conn, city)
        ):
            found.setdefault(_form_key(name), longer)
    return found


_UNIT_WORD = re.compile(r" (?:province|city|county|district|prefecture|(?:autonomous )?region|municipality|town|township)$")


def _placed_by_context(conn, mentions: list[Mention]) -> list[Mention]:
    """A place's form that several glossary places share names the one whose description names a place the text
    prints too: Nguyên Giang beside Vân Nam is Yunnan's river 元江, not Hunan's 沅江."""
    shared = [m for m in mentions if m.entry_id and m.kind == "place" and m.alternatives]
    context = {_UNIT_WORD.sub("", m.en.split(" (")[0].lower()) for m in mentions if m.kind == "place" and m.entry_id and not m.alternatives}
    pattern = re.compile(rf"\b(?:{_alternation(c for c in context if len(c) > 2)})\b") if shared and context else None
    if not pattern:
        return mentions
    ids = {i for m in shared for i in (m.entry_id, *m.alternatives)}
    sql = f"select {ENTRY_FIELDS}, coalesce(entries.description, '') from entries where entries.id in ({', '.join('?' * len(ids))})"
    entries = {row[0]: row for row in conn.execute(sql, list(ids)) if row[1] == "place"}
    named = {i: bool(pattern.search(row[-1].lower())) for i, row in entries.items()}
    found = []
    for mention in mentions:
        others = [i for i in mention.alternatives if named.get(i)] if mention.kind == "place" and mention.entry_id else []
        if len(others) != 1 or named.get(mention.entry_id):
            found.append(mention)
            continue
        found.append(_as_entry(mention, entries[others[0]], alternatives=_other_than(mention, others[0])))
    return found


def _placed_by_generic(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """A place's form that several glossary places share, after a generic, names the one place of that
    generic, with the generic: huyện Dung Giang is the county 榕江县, not the river 融江 nor 甬江; unless that
    place is the name's own with the generic's characters added (cửa khẩu Hữu Nghị Quan: the pass 友谊关,
    composed as 友谊关口岸)."""
    found = []
    spans = {(m.start, m.end, m.entry_id) for m in mentions}
    for mention in mentions:
        before = _GENERIC_BEFORE.search(text, max(0, mention.start - 20), mention.start) if mention.alternatives else None
        endings = VI_GENERICS[normalize_vi(before.group(1)).lower()] if before and mention.kind == "place" else ()
        if not endings or mention.zh.endswith(endings):
            found.append(mention)
            continue
        sql = f"select {ENTRY_FIELDS} from entries where kind = 'place' and id in ({', '.join('?' * len(mention.alternatives))})"
        fitting = [row for row in conn.execute(sql, mention.alternatives) if row[2].endswith(endings)]
        if len(fitting) != 1 or fitting[0][2].startswith(mention.zh):  # cửa khẩu Hữu Nghị Quan: the pass 友谊关's gate
            found.append(mention)  # (友谊关口岸), composed from the name's characters and the generic's
            continue
        start, entry_id = before.start(1), fitting[0][0]  # the generic with the name: thành phố Tân Hương 新乡市
        if (start, mention.end, entry_id) in spans:
            continue  # the glossary has it with its generic (huyện Dung Giang): the name in it is the same place
        found.append(_as_entry(mention, fitting[0], text=text[start : mention.end], start=start,
                               alternatives=_other_than(mention, entry_id)))  # fmt: skip
    return found


def _as_entry(mention: Mention, row: tuple, **changes) -> Mention:
    """The mention as the glossary entry of row (ENTRY_FIELDS: id, kind, zh, pinyin, country, status, vi, en,
    zh_other, as a string or a tuple), with changes besides."""
    entry_id, kind, zh, pinyin, country, status, vi, en, zh_other = row[:9]
    zh_other = zh_other.split() if isinstance(zh_other, str) else list(zh_other)
    return replace(mention, entry_id=entry_id, kind=kind, zh=zh, pinyin=pinyin, country=country, status=status, vi=vi,
                   en=en, zh_other=zh_other, **changes)  # fmt: skip


def _other_than(mention: Mention, entry_id: str) -> list[str]:
    """The mention's entry and its alternatives but entry_id, for a mention that becomes entry_id's."""
    return [mention.entry_id, *(i for i in mention.alternatives if i != entry_id)]


def _entry_written(conn, zh: str, ids: list[str]) -> tuple | None:
    """The entry, among ids, whose characters are zh (see _realm_forms for its fields)."""
    if not ids:
        return None
    sql = f"select {ENTRY_FIELDS} from entries where entries.zh = ? and entries.id in ({', '.join('?' * len(ids))})"
    row = conn.execute(sql, (zh, *ids)).fetchone()
    return (*row[:-1], tuple(row[-1].split())) if row else None


@functools.cache
def _counterparts(path: str) -> dict[str, tuple]:
    """Vietnam's bodies whose name China's Party or state also bears (Bộ Chính trị, Ban Bí thư, Quốc hội) →
    China's (the entry with the shortest form that is that name, more words and Trung Quốc): id, kind, zh,
    pinyin, country, status, vi, en, other Chinese forms."""
    vietnamese = read_rows(path, "select e.id, n.vi from entries e join names n on n.entry_id = e.id "
                                 "where e.country = 'VN' and e.kind = 'organization'")  # fmt: skip
    chinese = read_rows(path, "select n.vi, e.id, e.kind, e.zh, e.pinyin, e.country, e.status, e.vi, e.en, "
                              "coalesce(e.zh_other, '') from names n join entries e on e.id = n.entry_id "
                              "where e.country = 'CN' and e.kind = 'organization' and n.vi like '%Trung Quốc%' "
                              "order by length(n.vi)")  # fmt: skip
    found = {}
    for entry_id, vi in vietnamese:
        for form, *entry, zh_other in chinese:
            if form.startswith(vi + " ") and entry_id not in found:
                found[entry_id] = (*entry, zh_other.split())
    return found


CLAUSE_ENDS = (". ", "; ", "! ", "? ", "\n")
_CLAUSE_END = re.compile(_alternation(CLAUSE_ENDS))


def _chinese_bodies(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """A body that Vietnam's and China's parties both name so (Bộ Chính trị, Ban Bí thư, Quốc hội) is
    China's when the person nearest to it in its clause is Chinese (Ủy viên Bộ Chính trị Vương Nghị is
    in the CPC's Politburo, 中国共产党中央政治局), or when it glosses a Chinese body in brackets (Đại hội
    Đại biểu Nhân dân Toàn quốc Trung Quốc (Quốc hội): 全国人民代表大会)."""
    counterparts = _counterparts(_path(conn))
    if not any(m.entry_id in counterparts for m in mentions):
        return mentions
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    starts = [m.start for m in people]
    chinese_ends = {m.end for m in mentions if m.kind == "organization" and m.country == "CN"}
    found = []
    for mention in mentions:
        if mention.entry_id in counterparts:
            start = max(text.rfind(end, 0, mention.start) for end in CLAUSE_ENDS) + 1
            end = next((m.start() for m in _CLAUSE_END.finditer(text, mention.end)), len(text))
            near = [p for p in people[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)] if p.end <= end]
            nearest = min(near, key=lambda p: abs(p.start - mention.start), default=None)
            chinese = nearest is not None and (nearest.country == "CN" or (not nearest.country and nearest.match in ("unknown", "pinyin")))
            glossed = text[mention.start - 2 : mention.start] == " (" and mention.start - 2 in chinese_ends  # … Trung Quốc (Quốc hội)
            if chinese or glossed:
                mention = _as_entry(mention, counterparts[mention.entry_id])
        found.append(mention)
    return found


def _coverage(mentions: list[Mention], contains: bool = False):
    """A test of whether a span overlaps a mention (or, with contains=True, lies within a glossary
    mention: Ngân hàng Nhân dân in Ngân hàng Nhân dân Trung Quốc 中国人民银行), in log time."""
    spans = sorted((m.start, m.end) for m in mentions if m.entry_id or not contains)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end up to each start

    def covered(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start if contains else end - 1)  # the spans starting before
        return bool(i) and reach[i - 1] >= end if contains else bool(i) and reach[i - 1] > start

    return covered


def _matches(conn, text: str) -> list[tuple[int, int, str, list[_Form]]]:
    """(start, end, surface, forms that fit) for every glossary form found in text, at word boundaries."""
    folded = fold_chars(text).replace("\n", " ")  # a name broken across lines, as in text copied from a PDF
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
    reach = {}  # start → the furthest end of a match starting there
    for start, end, _, _ in found:
        reach[start] = max(end, reach.get(start, end))
    for start, end, surface, fitting in sorted(found, key=lambda m: (m[0], -(m[1] - m[0]))):
        inside = start < taken_until
        if inside and (end > container_until or start < nested_until < end or fitting[0].entry[1] not in nests):
            continue  # a nested name overlaps no other, or lies within it (the Party in Trung ương Đảng Cộng sản…)
        head = PEOPLE_WORD.match(surface)
        if head and reach.get(start + head.end(), 0) > end:
            continue  # người Hoa kiều: an overseas Chinese (华侨), not người Hoa (华人); người Hán Trung: 汉中
        if _NUMBER.match(text, end) and any(reach.get(i, 0) > end for i in range(start + 1, end)):
            continue  # Trạm không gian Thiên Cung 1: the station Thiên Cung 1 (天宫一号), not 天宫空间站
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


NATIONAL_PREFIXES = ("中国", "中华", "中央", "中共", "全国", "国家")  # a name that says it is China's already


def _choose(surface: str, fitting: list[_Form]) -> tuple[_Form, tuple[str, ...], str]:
    """The form a surface stands for (same diacritics first, then the same capitals: Hoàng Đế 黄帝, the
    Yellow Emperor, before hoàng đế 皇帝; then the surest, see shared_form_weight), the other entries it
    may stand for, and whether the match is exact or folded."""
    key, capitals = _form_key(surface), tuple(word[:1].isupper() for word in surface.split())
    best = min(fitting, key=lambda f: (f.key != key, f.capitals != capitals and not surface.isupper(), -f.weight))
    others = tuple(dict.fromkeys(f.entry[0] for f in fitting if f.entry[0] != best.entry[0]))
    return best, others, "pinyin" if best.rendering == "pinyin" else "exact" if best.key == key else "folded"


_NOT_A_GENERIC = r"(?<!đồng )(?<!quê )(?<!thủ )(?<!tàu )"  # đồng hương (a compatriot), quê hương (a home town): no
# township (乡); thủ phủ (a capital): no prefecture (府); tàu sân bay (an aircraft carrier): no airport (机场)
LOCATION_WORDS = {"tại", "ở", "đến", "tới"}  # at, in, to: a place follows (not về, also "about")
_PLACE_WORD_BEFORE = re.compile(rf"(?<![^\W_]){_NOT_A_GENERIC}(?:{_alternation(PLACE_WORDS)}) $", re.IGNORECASE)  # huyện Hạ Lang
_GENERIC_BEFORE = re.compile(rf"(?<![^\W_]){_NOT_A_GENERIC}({_alternation(VI_GENERICS)}) $", re.IGNORECASE)  # sông Tương


# Words that end an institution's name before a place (Đại học ở Vũ Hán is a university in Wuhan).
NOT_IN_NAMES = {"ở", "tại", "của", "là", "có", "trong", "với", "cho", "từ", "đến", "khi", "được", "các", "những", "này", "đó",
                "sang", "tới", "thăm", "vào", "đã", "đang", "sẽ", "vừa", "cũng"}  # Đại học Bắc Kinh sang Trung Quốc: two names
# A body and/or a generic, with the peoples of an autonomous unit, right before a name; an institution
# with the words of its name (Đại học Sư phạm Hoa Đông).
_BEFORE = re.compile(
    rf"(?<![^\W_]){_NOT_A_GENERIC}((?:(?:{_alternation(VI_BODIES)}) )?(?:{_alternation(VI_GENERICS)})(?: dân tộc(?:,? [^\W\d_]+){{1,6}})?"
    rf"|(?:{_alternation(VI_BODIES)})|(?:{_alternation(VI_INSTITUTIONS)})(?P<named>(?: [{_UPPER}][^\W\d_]*(?: (?!{_alternation(NOT_IN_NAMES)}\b)[^\W\d_]+){{0,5}})?))$",
    re.IGNORECASE,
)


_LAST_WORDS = {phrase.split()[-1] for phrase in [*VI_GENERICS, *VI_BODIES, *VI_INSTITUTIONS]}
CHINESE_GENERICS = {"kỳ", "kỳ tự trị", "trấn", "hương", "châu"}  # units only China has, or ordinary words besides
LOWER_CASE_GENERICS = {"phủ"}  # an old prefecture (phủ Khai Phong 开封府) in lower case; capitalised, a Vietnamese shrine
_UNIT_GENERICS = {g.split()[-1] for g, zh in VI_GENERICS.items() if zh[0].endswith(UNIT_ENDINGS)}  # thành phố, tỉnh…
# Institutions the press names in lower case before a place: trường trung học Ninh Ba 宁波中学 (but not
# các trường trung học Bắc Kinh, Beijing's schools).
LOWER_CASE_INSTITUTIONS = ("trường trung học", "trường tiểu học", "sàn giao dịch chứng khoán", "sở giao dịch chứng khoán")
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|nhiều|mọi) $", re.IGNORECASE)
_INSTITUTION = re.compile(rf"(?<![^\W_])(?:{_alternation(VI_INSTITUTIONS)})(?![^\W_])", re.IGNORECASE)


def _composed(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """Places written after a generic, a body or an institution, read as a whole by reverse lookup;
    kept when the reading starts with the place's characters and adds to them (凭祥 → 凭祥镇, not
    长江 → 长江). An institution's name may have capitalised words before the place or person it
    ends with (Đại học Sư phạm Hoa Đông 华东师范大学, Viện Văn học Lỗ Tấn 鲁迅文学院)."""
    found = []
    bodies = [m.end for m in mentions if m.kind == "organization" and m.entry_id]  # and Trung Quốc after them:
    bodies_end = {*bodies, *(china.end() for end in bodies if (china := _CHINA_AFTER.match(text, end)))}
    for mention in mentions:
        people = mention.zh.endswith("族")  # Khu tự trị dân tộc Choang: the one autonomous region of 壮族
        if mention.kind == "person" and (mention.start - 1 in bodies_end or fold(text[max(0, mention.start - 11) : mention.start]) == "trung quoc"):
            continue  # Bộ Ngoại giao Trung Quốc Uông Văn Bân: the body's spokesman, no body named after him; nor
            # after Trung Quốc (Bộ trưởng Công an Trung Quốc Vương Tiểu Hồng: no 王小洪中国公安局)
        if mention.kind not in ("place", "organization", "person") and not people:
            continue
        if text[mention.start - 1 : mention.start] != " ":
            continue
        window = text[max(0, mention.start - 80) : mention.start - 1]
        window = window[window.rfind("\n") + 1 :]  # a generic and its name are on one line
        previous = window[window.rfind(" ") + 1 :].lstrip("“\"'«(")  # “quận Tây Sa”
        if normalize_vi(previous).lower() not in _LAST_WORDS and "tộc" not in window and not _INSTITUTION.search(window):
            continue  # no generic, body or institution's name can end here: skip the regular expression
        restyled = restyle_vi(window)
        before = _BEFORE.search(restyled)
        while before and _names_nothing(before):  # đổ bộ vào thị trấn, Nhà máy ở huyện: a generic further on
            before = _BEFORE.search(restyled, before.start() + 1)
        if not before:
            continue
        head, named = before.group(1), before.group("named")
        institution = named is not None
        if mention.zh == "中国" and not institution:
            continue  # vấn đề nông thôn Trung Quốc: China's rural problems, not a village (中国村)
        if mention.country == "VN":
            continue  # tỉnh Cao Bằng, Đại học Hà Nội, Công an tỉnh Lạng Sơn: Vietnam's places and bodies
        if normalize_vi(head).lower() == "tỉnh" and _autonomous_region(conn, mention.zh):
            continue  # tỉnh Quảng Tây: Guangxi is an autonomous region (广西壮族自治区), no province 广西省
        court = normalize_vi(head).lower().startswith(COURTS)  # named in lower case before its unit
        of_a_unit = (normalize_vi(previous).lower() in _UNIT_GENERICS and (  # Ban Ngoại vụ tỉnh Vân Nam
            court or (named and named.strip().lower() in VI_GENERICS)
        )) or (court and mention.kind == "place" and mention.zh != "中国")  # … trung cấp Hạ Môn
        lower_case_name = normalize_vi(head).lower().startswith(LOWER_CASE_INSTITUTIONS) and mention.zh != "中国" and not (
            _PLURAL_BEFORE.search(restyled, 0, before.start()))  # sàn giao dịch chứng khoán Thượng Hải 上海证券交易所
        if institution and ((not head[0].isupper() and not lower_case_name) or (named and not named[1].isupper() and not of_a_unit)):
            continue  # các công ty Trung Quốc, Bệnh viện tốt nhất Bắc Kinh: not names (Đại học Sư phạm Hoa Đông is)
        if named and normalize_vi(head[: -len(named)]).lower() == "nhà":
            continue  # Nhà khoa học Trung Quốc, a scientist: nhà is a dynasty (朝) only before its name (Nhà Minh)
        if mention.kind == "person" and not institution and normalize_vi(head).lower() not in PERSON_GENERICS and mention.entry_id:
            continue  # an unknown name after a generic names the place: tháp Tề Vân 齐云塔
        if normalize_vi(head).lower() in CHINESE_GENERICS and mention.country not in ("CN", ""):
            continue  # kỳ (a banner, 旗) names Chinese units only: not thời kỳ Việt Nam
        if head[:1].isupper() and normalize_vi(head).lower() in LOWER_CASE_GENERICS:
            continue  # Phủ Tây Hồ, a shrine in Hanoi: not 西湖府
        if institution and named and _INSTITUTION.match(mention.text):
            continue  # Viện Văn học Lỗ Tấn và Trường | Đại học Sư phạm Bắc Kinh: two institutions
        start = mention.start - len(head) - 1
        surface = text[start : mention.end]
        if surface not in memo:
            memo[surface] = [c.to_dict() for c in reverse(conn, surface, limit=5)]
        # thành phố Tân Hương 新乡市, though Tân Hương is the county 新乡县 (huyện Tân Hương: the county itself)
        best_reading = memo[surface][0]["zh"] if memo[surface] else mention.zh
        unit = mention.kind == "place" and mention.zh.endswith(UNIT_ENDINGS) and best_reading != mention.zh
        named_as = _short_name(conn, mention.zh) if institution or unit else mention.zh  # trường trung học Ninh Ba 宁波中学
        candidates = [c for c in memo[surface] if c["zh"] != mention.zh and (
            c["zh"].startswith(named_as) or (not mention.entry_id and len(c["zh"]) > len(mention.zh))
            or (people and mention.zh in c["zh"])
        )]  # an unknown name's reading may change with its generic: cảng Dương Phố 洋浦港, not 杨浦 + 港
        if mention.kind == "person" and not institution:  # Tháp Tề Vân 齐云塔 ends with the generic's 塔; not 虬龙边;
            # after a body, a person is its member (Bí thư Tỉnh ủy Đặng Xuân Phong), no place
            ending = VI_GENERICS.get(normalize_vi(head).lower())
            candidates = [c for c in candidates if ending and c["zh"].endswith(ending)]
        elif mention.kind == "place" and mention.zh.endswith(UNIT_ENDINGS) and not candidates:
            candidates = [c for c in memo[surface] if _another_unit(conn, c, head, mention)][:1]
            # khu Lạc Long 洛龙区 (Luoyang's district), not the county 洛隆县 (Tibet)
        candidates = [_national(c) for c in candidates]  # Đại hội … toàn quốc Trung Quốc: 全国人民代表大会
        if candidates:
            best = candidates[0]
            kind = "organization" if head.lower().startswith((*VI_BODIES, *VI_INSTITUTIONS)) else "place"
            party = ["中共" + best["zh"]] if best["zh"].endswith("委") else []  # Tỉnh ủy Tứ Xuyên 四川省委, 中共四川省委
            found.append(Mention(surface, start, mention.end, "", kind, best["zh"], best["pinyin"], mention.country,
                                 "candidate", "", "", "composed", [], candidates, party))  # fmt: skip
    return found


@functools.cache
def _autonomous_regions(path: str) -> frozenset[str]:
    """The glossary's characters of China's autonomous regions (广西壮族自治区), read once."""
    return frozenset(row[0] for row in read_rows(path, "select zh from entries where zh like '%自治区'"))


def _autonomous_region(conn, zh: str) -> bool:
    """The place is one of China's autonomous regions, which the press may call a province (tỉnh Quảng Tây)."""
    return bool(zh) and any(region.startswith(zh) and len(region) <= len(zh) + 5 for region in _autonomous_regions(_path(conn)))


def _another_unit(conn, reading: dict, head: str, place: Mention) -> bool:
    """One of China's units of today whose name the words after a generic read as, in order and exactly, and that
    ends with the generic's character, where the glossary's place of that name is a unit of another kind."""
    units = tuple(u for u in VI_GENERICS.get(normalize_vi(head).lower(), ()) if u in UNIT_ENDINGS)
    if not units or place.zh.endswith(units) or not (reading["source"] == "lexicon" and reading["exact"]):
        return False
    unit = next((u for u in units if reading["zh"].endswith(u)), "")
    sql = "select 1 from lexicon where word = ? and place != ''"
    return bool(unit and readable(reading["zh"][: -len(unit)], "place", place.text)
                and conn.execute(sql, (reading["zh"],)).fetchone())  # fmt: skip


def _names_nothing(before: re.Match) -> bool:
    """An institution's word that names nothing where it stands: in lower case (đổ bộ, to land: not 部), or
    followed by lower-case words (Nhà máy ở huyện: a factory in the county, not 厂 named ở)."""
    head, named = normalize_vi(before.group(1)).lower(), before.group("named")
    if named is None:
        return False
    lower_head = before.group(1)[0].islower() and not head.startswith(LOWER_CASE_INSTITUTIONS)
    lower_named = named and not named[1].isupper() and named.strip().lower() not in VI_GENERICS
    return lower_head or bool(lower_named and not head.startswith(COURTS))  # a court's words are in lower case


# Titles the press may write in lower case after a ruler's name: Quang Vũ đế 光武帝, Từ Hi thái hậu 慈禧太后; not
# đế quốc (an empire), đế chế, đế vương, đế đô.
LOWER_TITLES = ("hoàng đế", "đế", "hoàng thái hậu", "thái hậu", "hoàng hậu", "công chúa", "thái tử", "quý phi")
_TITLE_AFTER = re.compile(rf" ({_alternation(LOWER_TITLES)})(?![^\W_]| (?:quốc|chế|vương|đô)(?![^\W_]))")


def _titled(text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """An unknown name (an era or temple name; it may read as a place) followed by a title in lower case,
    the title's characters added: Quang Vũ đế 光武帝. A known person is named in full (刘备, not 刘备皇帝)."""
    found = []
    for mention in mentions:
        title = _TITLE_AFTER.match(normalized, mention.end) if mention.match == "unknown" and mention.zh else None
        if not title or mention.zh.endswith(tuple(VI_TITLES.values())):
            continue
        zh = mention.zh + VI_TITLES[title.group(1)]
        found.append(Mention(text[mention.start : title.end()], mention.start, title.end(), "", "person", zh,
                             to_pinyin(zh, kind="person").result, mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


_TITLE_BEFORE = re.compile(rf"(?<![^\W_])({_alternation(t.capitalize() for t in VI_TITLES_BEFORE)}) $", re.IGNORECASE)
_LONGEST_TITLE_BEFORE = max(len(title) for title in VI_TITLES_BEFORE) + 1  # characters, with its space


def _titled_before(text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """A name after a title the press prints first: Phật Như Lai 如来佛, Phật Di Lặc 弥勒佛 (also a city, 弥勒),
    Hoàng đế Càn Long 乾隆帝."""
    found = []
    for mention in mentions:
        title = _TITLE_BEFORE.search(normalized, max(0, mention.start - _LONGEST_TITLE_BEFORE), mention.start)
        if not title or not mention.zh or mention.kind == "organization" or mention.zh.startswith(NATIONAL_PREFIXES):
            continue  # not đạo Phật Trung Quốc, Chinese Buddhism
        suffix = VI_TITLES_BEFORE[title.group(1).lower()]
        if mention.zh.endswith(suffix):
            continue
        zh = mention.zh + suffix
        found.append(Mention(text[title.start() : mention.end], title.start(), mention.end, "", "person", zh,
                             to_pinyin(zh, kind="person").result, mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


ERA = re.compile(r"\bera name\b|^[A-Z][a-z']+ era$")  # an era's English: Kaiyuan (era name), Zhenguan era
_RULER_BEFORE = re.compile(r"(?<![^\W_])(?:[Hh]oàng đế|[Vv]ua) $")  # Hoàng đế Hàm Phong: the Xianfeng Emperor


def _eras(conn, text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """An era named with its dynasty before it (Đường Khai Nguyên 唐开元) or with the word for an emperor
    (Hoàng đế Hàm Phong 咸丰帝, the emperor of that era)."""
    dynasties = _dynasty_names(_path(conn))
    found = []
    for era in [m for m in mentions if m.entry_id and ERA.search(m.en)]:
        before = _word_before(normalized, era.start)
        if before in dynasties:
            start, zh, kind = era.start - len(before) - 1, dynasties[before][2][:-1] + era.zh, "term"  # 唐朝 → 唐
        elif ruler := _RULER_BEFORE.search(normalized, max(0, era.start - 10), era.start):
            start, zh, kind = ruler.start(), era.zh + "帝", "person"
        else:
            continue
        found.append(Mention(text[start : era.end], start, era.end, "", kind, zh, to_pinyin(zh, kind=kind).result,
                             era.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


_NUMBER = re.compile(r"[ -]\d")  # a number after a name: Thần Châu 9, Thần Châu-9
# Thần Châu 6, Thần Châu VI; a model's letter after its number: Trường Chinh-2F 长征二号F
_NUMBER_AFTER = re.compile(r" ?[ -] ?(\d{1,2}|[IVX]{1,5})([A-H]?)(?!\w|[.,/:]\d)")


def _numbered(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """A numbered craft of a known series, composed: Thường Nga 5 → 嫦娥五号, Thần Châu-9 → 神舟九号,
    Trường Chinh-2F → 长征二号F."""
    found = []
    spans = {(m.start, m.end) for m in mentions}
    for mention in mentions:
        number = _NUMBER_AFTER.match(text, mention.end)
        value = number_value(number.group(1)) if number else 0
        if not 0 < value < 100 or mention.zh not in series(_path(conn)):
            continue
        if any((mention.start, end) in spans for end in range(number.start(1) + 1, number.end() + 1)):
            continue  # Trường Chinh 7 is in the glossary
        zh = f"{mention.zh}{chinese_number(value)}号{number.group(2)}"
        found.append(Mention(text[mention.start : number.end()], mention.start, number.end(), "", mention.kind, zh,
                             to_pinyin(zh, kind="term").result, mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


# Xiaomi SU7, BYD F3; not a quarter or a half year (Tencent Q2, H1)
_MODEL_AFTER = re.compile(r" (?![QH]\d\b)([A-Z]{1,3}\d{1,3}[A-Z]?)(?![^\W_]|[.,/:]\d)")
COMPANY_ENDINGS = ("集团", "公司", "控股")  # a company's name, not its brand's


def _models(text: str, mentions: list[Mention]) -> list[Mention]:
    """A model named by its maker's brand and a code of capitals and digits, as Chinese writes it too:
    Xiaomi SU7 → 小米SU7."""
    found = []
    for mention in mentions:
        model = _MODEL_AFTER.match(text, mention.end) if mention.kind == "organization" and mention.zh else None
        if model and not mention.zh.endswith(COMPANY_ENDINGS):
            zh = mention.zh + model.group(1)
            found.append(Mention(text[mention.start : model.end()], mention.start, model.end(), "", "term", zh,
                                 f"{mention.pinyin} {model.group(1)}", mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


def _of_china(text: str, mentions: list[Mention]) -> list[Mention]:
    """A capitalised term followed by Trung Quốc, composed: Chính phủ Trung Quốc → 中国政府 (the Chinese
    government), Quân đội Trung Quốc → 中国军队."""
    found = []
    for mention in mentions:
        china = _CHINA_AFTER.match(text, mention.end)
        if mention.kind == "term" and mention.entry_id and mention.text[:1].isupper() and china and not (
            mention.zh.startswith(NATIONAL_PREFIXES)  # Ủy viên trưởng … toàn quốc Trung Quốc: 全国…, no 中国 before it
        ):
            zh = f"中国{mention.zh}"
            found.append(Mention(text[mention.start : china.end()], mention.start, china.end(), "", mention.kind, zh,
                                 to_pinyin(zh, kind="term").result, "CN", "candidate", "", "", "composed"))  # fmt: skip
    return found


# An institution's capitalised name, then Trung Quốc: Bộ Văn hóa Trung Quốc, Hiệp hội Bóng đá Trung Quốc.
_INSTITUTION_OF_CHINA = re.compile(
    rf"(?<![^\W_])(?P<name>(?:{_alternation(h.capitalize() for h in VI_INSTITUTIONS)}) [{_UPPER}][^\W\d_]*"
    rf"(?: (?!(?:{_alternation(NOT_IN_NAMES)}|Trung)\b)[^\W\d_]+){{0,4}}) Trung Quốc(?![^\W_])"
)
STATE_BODIES = ("bộ", "tòa án")  # named without 中国: 文化部, 最高人民法院


def _institutions_of_china(conn, text: str, normalized: str, memo: dict) -> list[Mention]:
    """A Chinese institution the glossary lacks, named before Trung Quốc, read by reverse lookup: Bộ Văn
    hóa Trung Quốc 文化部 (a ministry's name has no 中国), Hiệp hội Bóng đá Trung Quốc 中国足球协会."""
    found = []
    for match in _INSTITUTION_OF_CHINA.finditer(normalized):
        name = text[match.start("name") : match.end("name")]
        state = normalize_vi(name).lower().startswith(STATE_BODIES)
        query = name if state else text[match.start() : match.end()]
        if ("china", query) not in memo:
            memo["china", query] = [_national(c.to_dict()) for c in reverse(conn, query, limit=3) if c.source != "glossary"]
        candidates = memo["china", query]
        if candidates:
            best = candidates[0]
            other = [] if best["zh"].startswith(NATIONAL_PREFIXES) else ["中国" + best["zh"]]  # 文化部, also 中国文化部
            found.append(Mention(text[match.start() : match.end()], match.start(), match.end(), "", "organization",
                                 best["zh"], best["pinyin"], "CN", "candidate", "", "", "composed", [], candidates, other))  # fmt: skip
    return found


def _national(candidate: dict) -> dict:
    """A reading with 中国 before a name that says it is China's already, without it: 国家铁路局 for Cục Đường sắt
    Quốc gia Trung Quốc, 全国人民代表大会 for Đại hội Đại biểu Nhân dân toàn quốc Trung Quốc."""
    zh = candidate["zh"]
    if not (zh.startswith("中国") and zh[2:].startswith(NATIONAL_PREFIXES)):
        return candidate
    vi, pinyin = " ".join(candidate["vi"].split()[2:]), to_pinyin(zh[2:], kind="organization").result
    return {**candidate, "zh": zh[2:], "vi": vi, "pinyin": pinyin}


def _in_original(original: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions found in the NFC form, with offsets and text moved back to the original."""
    starts, ends = [], []  # for each NFC character, where it starts and ends in the original
    segment_start = 0
    for i in range(1, len(original) + 1):
        if i == len(original) or not unicodedata.combining(original[i]):
            composed = nfc(original[segment_start:i])
            starts += [segment_start] * len(composed)
            ends += [i] * len(composed)
            segment_start = i
    if len(starts) != len(normalized):
        return mentions  # a composition across segments: keep offsets into the NFC form
    for mention in mentions:
        mention.start, mention.end = starts[mention.start], ends[mention.end - 1]
        mention.text = original[mention.start : mention.end]
    return mentions


def _fitting(conn, forms: list[_Form], surface: str) -> list[_Form]:
    """The forms the printed surface can be: names keep their capitals (a name may lose its diacritics
    in print), terms their diacritics (đồng chí is not đông chí). A name printed with tone marks that
    differ from a form's is that form (Hàng Chấu for Hàng Châu 杭州) unless the surface, with its own
    diacritics, reads as a lexicon word; other marks make another word (see _same_letters): Năm Đường
    (the year, then a name) is not Nam Dương 南阳, Tây Đường 西塘 not Tây Dương 西洋."""
    capitals = tuple(word[:1].isupper() for word in surface.split())
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


def _sentence_starts(text: str, start: int) -> bool:
    """The text, a line or a sentence starts here: its first word is capitalised whatever it is."""
    while start and text[start - 1] == " ":
        start -= 1
    return not start or text[start - 1] in ".!?:\n\"“"


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


def _accented(text: str) -> bool:
    return any(c in "đĐ" or unicodedata.decomposition(c) for c in text)


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


@functools.cache
def _surname_syllables(path: str) -> frozenset[str]:
    """Readings of the characters that are common Chinese surnames, and the curated surname readings."""
    syllables = {r.reading for char in _ranked_surnames(path) for r in readings.readings(char)}
    return frozenset(syllables | {s.hanviet for s in readings.surnames().values() if len(s.zh) == 1})


_CHINA_AFTER = re.compile(r" Trung Quốc(?![^\W_])")  # a Chinese body's name often ends so
_NAME_GOES_ON = re.compile(rf" (?![IVX]+(?![^\W_]))[{_UPPER}]")  # the next word is capitalised (not a number: VI)
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


def _placed_as_vietnamese(text: str, start: int, end: int) -> bool:
    """A Vietnamese degree or word of address before the words, or (Việt Nam) after them: GS.TS. Trần Đại Lâm."""
    before = text[max(0, start - 12) : start]
    return bool(VIETNAMESE_DEGREE.search(before) or VIETNAMESE_AFTER.match(text, end)
                or normalize_vi(_word_before(text, start)).lower() in VIETNAMESE_ADDRESS)  # fmt: skip


def _capitalised_runs(text: str):
    """(start, end) of runs of two or more capitalised words separated by single spaces."""
    return (match.span() for match in _RUN.finditer(text))


def _is_word(conn, automaton, text: str) -> bool:
    """A glossary form or a lexicon word reads so, with these very diacritics (chủ tịch 主席; Lâm phát
    is not lạm phát 通货膨胀)."""
    key = _form_key(text)
    _, forms = automaton.get(fold_chars(text), (0, []))
    return any(form.key == key for form in forms) or _reads_as_word(conn, key, townships=False)


# Words before a person's name, and capitalised words that often start a sentence before a name.
HONORIFICS = {"ông", "bà", "anh", "chị", "ngài", "đồng"}
VIETNAMESE_ADDRESS = {"anh", "chị", "em", "cô", "chú", "bác", "cháu"}  # words of address for Vietnamese people
LEADING_WORDS = HONORIFICS | {"theo", "khi", "sau", "tại", "thời", "đời"}  # Thời Đường: the Tang era, not 时堂


def _unknown(conn, text: str, known: list[tuple[int, int]], vietnamese: set[int], memo: dict) -> list[Mention]:
    """Unknown names in the capitalised runs outside known mentions; no person right after a Vietnamese
    place or body (vietnamese: where such a person would start; Tỉnh ủy Lào Cai Đặng Xuân Phong). A name of
    three words read as no Chinese person is Vietnamese, and its last two words later alone are that person's
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
                if mention and mention.kind == "person" and mention.start in vietnamese:
                    mention = None
                if not mention and len(words) == 3:
                    given_names.add(text[words[1].start() : words[2].end()])
                elif mention and not (mention.kind == "person" and mention.text in given_names):
                    mentions.append(mention)
                words = []
    return mentions


# Words before a courtesy, art or dharma name, which has no surname: tự (là) Nguyên Hóa, hiệu Đông Pha.
_COURTESY_BEFORE = re.compile(r"(?<![^\W_])(?:tự|hiệu|tên chữ|biệt hiệu|pháp danh|pháp hiệu|đạo hiệu)(?: là)? $", re.IGNORECASE)


def _unknown_name(conn, text: str, words: list[re.Match], memo: dict) -> Mention | None:
    """The first reading of a run of capitalised words as a Chinese name: a town after trấn; a run
    that reads as one of China's units (unless an honorific leads it); a person: the run without a
    leading honorific (Ông Mạnh Kiến Trụ: ông, not 翁), its last three or two words (… Hồ Hiểu Lê), or
    the whole run (Ông Kiệt Minh 翁杰明: 杰 is no surname); else its first two words if they read as a
    unit (Tảo Trang 枣庄 in Tảo Trang Liên thành).
    Nothing for a run the text places in Vietnam (Hạ Lang (Việt Nam))."""
    if VIETNAMESE_AFTER.match(text, words[-1].end()) or normalize_vi(words[0].group()).lower() in VIETNAMESE_ADDRESS:
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
    for window in (stripped, stripped[-3:], stripped[-2:], words if len(stripped) > 1 else []):  # Ông Vương: Mr Wang
        if named and len(window) < len(stripped):
            break  # Nhị Lý Đầu 二里头, a name of the lexicon, not the person Lý Đầu
        if _name_size(window) and not _after_vietnamese_body(text, window[0].start()) and _reads_as_chinese_name(
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


def _vietnamese_name(words: list[re.Match]) -> bool:
    """The words start with a Vietnamese surname or have a Vietnamese middle name (Nguyễn, Văn, Thị); a
    Chinese given name may end with văn."""
    syllables = [normalize_vi(w.group()).lower() for w in words]
    middle = set(syllables[1:-1]) | ({"thị"} & set(syllables[1:]))  # Lâm Sảng Văn (林爽文) ends with văn
    return syllables[0] in VIETNAMESE_SURNAMES or bool(VIETNAMESE_MIDDLE & middle)


# Words for a person or for a surname (ông Vương, họ Lưu), before a surname alone; not anh or chị, which
# come before a Vietnamese given name (chị Hà).
BEFORE_SURNAME = {"ông", "bà", "ngài", "họ"}


def _surnames_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's surname alone after ông, bà, họ… refers to the person named in full in the text (ông
    Vương for Vương Truyền Phúc 王传福, ông Liang for Liang Wenfeng): the surname's character, the person's
    entry; the nearest person before, else the first after."""
    people: dict[str, list[Mention]] = {}  # surname as printed → the people named so, in order
    for m in sorted(mentions, key=lambda m: m.start):
        words = m.text.split()
        if m.kind != "person" or not m.zh or len(words) < 2:
            continue
        one_each = len(words) == len(m.zh)  # Vương Truyền Phúc 王传福; Liang Wenfeng: its pinyin's first syllable
        if one_each or (m.text.isascii() and fold(m.pinyin.split(" ")[0]) == words[0].lower()):
            people.setdefault(words[0], []).append(m)
    starts = {surname: [m.start for m in named] for surname, named in people.items()}
    taken = sorted((m.start, m.end) for m in mentions)
    reach = list(itertools.accumulate((e for _, e in taken), max))  # the furthest end up to each start
    found = []
    alone = re.compile(rf"(?<= )({_alternation(people)})(?![^\W_]| [{_UPPER}])") if people else None
    for match in alone.finditer(text) if alone else ():
        start, end = match.span(1)
        same = people[match.group(1)]
        i = bisect.bisect_left(taken, (end, 0))  # the mentions starting before the surname ends
        if (i and reach[i - 1] > start) or _word_before(text, start).lower() not in BEFORE_SURNAME:
            continue  # part of a mention, or no ông, họ… before
        before = bisect.bisect_left(starts[match.group(1)], start)
        person = same[before - 1] if before else same[0]  # the nearest before, else the first after
        pinyin = person.pinyin.split(" ")[0]
        found.append(Mention(match.group(1), start, end, person.entry_id, "person", person.zh[0], pinyin, person.country,
                             person.status, person.vi, person.en, "surname"))  # fmt: skip
    return found


def _names_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's given name of two syllables printed alone where the text also prints the full name: Thanh Chiếu
    清照 after Lý Thanh Chiếu 李清照; a place's name without its generic where the text prints both: Nga Mi 峨眉
    after núi Nga Mi 峨眉山 (match: document)."""
    given = {}
    for mention in mentions:
        words = mention.text.split()
        name = " ".join(words[1:])
        if not mention.entry_id or name in given:
            continue
        generic = normalize_vi(words[0]).lower() in (*FEATURE_GENERICS, *BUILDING_GENERICS) and mention.kind == "place"
        if (mention.kind == "person" and len(words) == 3 and len(mention.zh) == 3) or (generic and len(words) >= 3):
            chars = readable_part(mention.zh[1:] if mention.kind == "person" else mention.zh, mention.kind, name)
            if chars:
                given[name] = (chars, mention)
    return [replace(full, text=match.group(), start=match.start(), end=match.end(), entry_id="", zh=chars,
                    pinyin=to_pinyin(chars, kind="place").result, status="candidate", vi="", en="", match="document",
                    alternatives=[full.entry_id], zh_other=[])
            for match, (chars, full) in _printed_alone(text, mentions, given)]  # fmt: skip


def _printed_alone(text: str, mentions: list[Mention], names: dict):
    """Where the text prints one of names alone, within no mention and before no capitalised word: (match, its value)."""
    if not names:
        return
    covered = _coverage(mentions)
    for match in re.finditer(rf"(?<![^\W_])(?:{_alternation(names)})(?![^\W_]| [{_UPPER}])", text):
        if not covered(*match.span()):
            yield match, names[match.group()]


@functools.cache
def _clan_pattern() -> re.Pattern:
    """A clan name of three characters or more (Ái Tân Giác La), then a given name of one to four words."""
    clans = {restyle_vi(capitalize_syllables(s.hanviet)) for s in readings.surname_forms() if len(s.zh) >= 3}
    given = rf"[{_UPPER}][^\W\d_]*"
    return re.compile(rf"(?<![^\W_])(?:{_alternation(clans)})(?: {given}){{1,4}}(?![^\W_]| [{_UPPER}])")


def _clan_names(conn, text: str, normalized: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A clan's name and a given name, read as one person: Ái Tân Giác La Dận Chân 爱新觉罗·胤禛, where the text
    holds the clan (爱新觉罗) and the given name (胤禛) as two names."""
    spans = {(m.start, m.end) for m in mentions}
    found = []
    for match in _clan_pattern().finditer(normalized):
        if match.span() in spans:
            continue  # Ái Tân Giác La Phổ Nghi, a form of the glossary's 溥仪
        surface = text[match.start() : match.end()]
        if ("person", surface) not in memo:
            memo["person", surface] = [c.to_dict() for c in reverse(conn, surface, kind="person", limit=3)]
        candidates = [c for c in memo["person", surface] if readings.CLAN_MARK in c["zh"]]
        if candidates:
            found.append(_guess(surface, *match.span(), "person", candidates[0]["zh"], candidates[0]["pinyin"], candidates))
    return found


_FESTIVAL_WORD = re.compile(r"(?:Tết|Lễ) (?=[^\W\d_]+ [^\W\d_]+$)", re.IGNORECASE)  # Tết Trung Thu: then the name


def _festivals_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A festival's name printed without Tết or Lễ where the text also prints it with them: Trung Thu beside Tết
    Trung Thu 中秋节 (match: document; the name's own characters, 中秋, among the other forms)."""
    festivals = {}
    for mention in mentions:
        word = _FESTIVAL_WORD.match(mention.text)
        if mention.entry_id and mention.kind == "term" and word and mention.text[word.end()].isupper():
            festivals.setdefault(mention.text[word.end() :], mention)
    return [_festival_named_alone(festival, match) for match, festival in _printed_alone(text, mentions, festivals)]


def _festival_named_alone(festival: Mention, match: re.Match) -> Mention:
    """The festival's mention for its name printed alone (match: document), the name's own characters among
    its other forms: Trung Thu 中秋节, also 中秋."""
    part = readable_part(festival.zh, "term", match.group())
    return replace(festival, text=match.group(), start=match.start(), end=match.end(), match="document",
                   zh_other=list(dict.fromkeys([*festival.zh_other, *([part] if part else [])])))  # fmt: skip


FESTIVAL_BEFORE = {"dịp", "ngày", "mùa", "đêm", "đón", "mừng"}  # words before a festival's name alone: dịp Trung Thu
_LIST_JOIN = re.compile(r", | và | hay | hoặc ")


@functools.cache
def _festival_names(path: str) -> dict[str, str]:
    """Festivals' names as printed after Tết or Lễ, and that form: Trung Thu → Tết Trung Thu (中秋节)."""
    sql = ("select n.vi from names n join entries e on e.id = n.entry_id where e.kind = 'term' and e.zh like '%节' "
           "and (n.vi like 'Tết %' or n.vi like 'Lễ %')")  # fmt: skip
    names = {}
    for (vi,) in read_rows(path, sql):
        word = _FESTIVAL_WORD.match(vi)
        if word and all(w[:1].isupper() for w in vi[word.end() :].split()):
            names.setdefault(vi[word.end() :], vi)
    return names


def _festivals_listed(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """Festivals named alone in a list of two or more, or after dịp, ngày…: bên cạnh Trung Thu, Thanh Minh và
    Nguyên Đán (中秋节, 清明节, 春节; match: document), not a name guessed for them; Thanh Minh alone may be a
    Vietnamese given name."""
    names = _festival_names(_path(conn))
    groups: list[list[re.Match]] = []
    for match, _ in _printed_alone(text, [m for m in mentions if m.entry_id], names):
        if groups and _LIST_JOIN.fullmatch(text, groups[-1][-1].end(), match.start()):
            groups[-1].append(match)
        else:
            groups.append([match])
    found = []
    for group in groups:
        if len(group) < 2 and normalize_vi(_word_before(text, group[0].start())).lower() not in FESTIVAL_BEFORE:
            continue
        for match in group:
            form = names[match.group()]
            _, forms = _automaton(_path(conn)).get(fold_chars(form), (0, []))
            if not forms:
                continue
            best, others, _ = _choose(form, forms)
            found.append(_festival_named_alone(_mention(form, 0, 0, best, others, "document", forms), match))
    if not found:
        return mentions
    listed = _coverage(found)
    return [m for m in mentions if m.entry_id or not listed(m.start, m.end)] + found


# Words before a dynasty's one-syllable name: thời Đường (the Tang era), cuối Minh (the late Ming).
BEFORE_DYNASTY = {"thời", "đời", "triều", "cuối", "đầu", "giữa", "nhà", "đại"}


@functools.cache
def _dynasty_names(path: str) -> dict[str, tuple]:
    """A dynasty's one-syllable name → its entry (see _realm_forms; its other forms hold the one-character
    name 唐), from the entries named nhà X, triều X or X triều (唐朝 nhà Đường)."""
    found = {}
    for words, entry in _realm_forms(path, "entries.en like '%dynasty%' and entries.zh like '_朝'"):
        if len(words) == 2 and (words[0].lower() in ("nhà", "triều") or words[1].lower() == "triều"):
            name = words[1] if words[0].lower() in ("nhà", "triều") else words[0]
            found[name[:1].upper() + name[1:]] = entry
    return found


# An entry's fields as mentions take them (see _realm_forms).
ENTRY_FIELDS = "entries.id, entries.kind, entries.zh, entries.pinyin, entries.country, entries.status, entries.vi, entries.en, coalesce(entries.zh_other, '')"


def _realm_forms(path: str, condition: str) -> list[tuple[list[str], tuple]]:
    """The words of each form of the entries the condition selects, with the entry: id, kind, zh, pinyin,
    country, status, vi, en, other Chinese forms."""
    rows = read_rows(path, f"select names.vi, {ENTRY_FIELDS} from names join entries on entries.id = names.entry_id where {condition}")
    return [(normalize_vi(vi).split(), (*entry, tuple(zh_other.split()))) for vi, *entry, zh_other in rows]


def _dynasties(conn, text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """A dynasty named by its one syllable after thời, đời, cuối… (thời Đường 唐) or in a list of
    dynasties (Tây Chu, Tần, Tây Hán, Tùy, Đường): the dynasty's entry. Alone, Minh, Thanh, Hạ are
    given names or words. After Đại, the dynasty is named as it called itself, and every mention of a
    dynasty so printed (these and the glossary's) also gets those characters: Đại Liêu 辽朝, also 大辽."""
    names = _dynasty_names(_path(conn))
    if not names:
        return []
    covered = _coverage(mentions)
    pattern = re.compile(rf"(?<![^\W_])({_alternation(names)})(?![^\W_]| [{_UPPER}])")
    found = []
    spans = [match.span() for match in pattern.finditer(normalized)]
    listed = spans + [(m.start, m.end) for m in mentions if "dynasty" in m.en.lower()]
    ends, starts = {e for _, e in listed}, {s for s, _ in listed}  # of dynasties: in a list, one after another
    for start, end in spans:
        if covered(start, end):
            continue
        before = normalize_vi(_word_before(text, start)).lower()
        previous = text[start - 2 : start] == ", " and start - 2 in ends
        following = text[end : end + 2] == ", " and end + 2 in starts
        if before not in BEFORE_DYNASTY and not previous and not following:
            continue
        great = text[max(0, start - 4) : start] == GREAT  # nước Đại Liêu: the dynasty's own name, 大辽
        found.append(_realm_mention(text, start - len(GREAT) if great else start, end, names[normalized[start:end]], "dynasty"))
    for mention in [*mentions, *found]:
        if "dynasty" in mention.en.lower() and mention.text.startswith(GREAT) and mention.zh.endswith("朝") and len(mention.text.split()) == 2:
            mention.zh_other = list(dict.fromkeys([*mention.zh_other, "大" + mention.zh[:-1]]))  # Đại Tống 宋朝, also 大宋
    return found


GREAT = "Đại "  # before a dynasty's name, as it called itself: Đại Tống 大宋, Đại Minh 大明


def _realm_mention(text: str, start: int, end: int, entry: tuple, match: str) -> Mention:
    entry_id, kind, zh, pinyin, country, status, vi, en, zh_other = entry
    return Mention(text[start:end], start, end, entry_id, kind, zh, pinyin, country, status, vi, en, match,
                   zh_other=list(zh_other))  # fmt: skip


@functools.cache
def _state_names(path: str) -> dict[str, tuple]:
    """An ancient state's one-syllable name → its entry (see _realm_forms), from the entries named nước X
    (齐国 nước Tề)."""
    found = {}
    for words, entry in _realm_forms(path, "entries.en like 'State of %' and entries.zh like '_国'"):
        if len(words) == 2 and words[0].lower() == "nước":
            found[words[1][:1].upper() + words[1][1:]] = entry
    return found


def _states(conn, text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """An ancient state named by its one syllable in a list after one named nước X (các nước Tề, Triệu,
    Ngụy, Hàn và Yên: 齐国, 赵国…), or in a list of three or more (Tề, Sở, Triệu, Ngụy, Hàn). Alone, Triệu and
    Hàn are surnames and Korea; nhà Ngô and nhà Triệu are also Vietnam's own dynasties."""
    names = _state_names(_path(conn))
    if not names:
        return []
    covered = _coverage(mentions)
    pattern = re.compile(rf"(?<![^\W_])({_alternation(names)})(?![^\W_]| [{_UPPER}])")
    ends = {m.end for m in mentions if m.en.startswith("State of ")}
    matches = [m for m in pattern.finditer(normalized) if not covered(*m.span())]
    listed = set()  # three states or more in a row: Tề, Sở, Triệu, Ngụy…
    chain: list[re.Match] = []
    for match in [*matches, None]:
        if match and chain and any(text[match.start() - len(j) : match.start()] == j and match.start() - len(j) == chain[-1].end()
                                   for j in (", ", " và ")):  # fmt: skip
            chain.append(match)
            continue
        listed |= {m.start() for m in chain} if len(chain) >= 3 else set()
        chain = [match] if match else []
    found = []
    for match in matches:
        start, end = match.span()
        after_a_state = any(text[start - len(joint) : start] == joint and start - len(joint) in ends for joint in (", ", " và "))
        if after_a_state or start in listed:
            found.append(_realm_mention(text, start, end, names[match.group()], "state"))
            ends.add(end)
    return found


def _word_before(text: str, start: int) -> str:
    """The word right before start, across one space ('' if none)."""
    before = _WORD.fullmatch(text, max(0, text.rfind(" ", 0, start - 1) + 1), start - 1) if start > 1 else None
    return before.group() if before and text[start - 1] == " " else ""


def _after_honorific(text: str, start: int) -> bool:
    """ông, bà, ngài… right before: a person (ông Hạ Lang), not a place (tại Sán Đầu)."""
    return normalize_vi(_word_before(text, start)).lower() in HONORIFICS


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


# Vietnamese bodies, named so only in Vietnam (China's are Nhân đại, Đảng Cộng sản Trung Quốc…), right
# before a person's name: the person holds a post in them.
VIETNAMESE_BODY_BEFORE = re.compile(r"(?<![^\W_])(?:Trung ương Đảng|Quốc hội|UBND|HĐND|Ủy ban MTTQ) $")


def _after_vietnamese_body(text: str, start: int) -> bool:
    """Phó Chủ tịch Quốc hội Trần Quang Phương, Văn phòng Trung ương Đảng Đặng Khánh Toàn: a post in a Vietnamese body."""
    return bool(VIETNAMESE_BODY_BEFORE.search(text, max(0, start - 20), start))


# GS.TS., PGS., ThS.: the abbreviated degrees the Vietnamese press writes before Vietnamese names.
VIETNAMESE_DEGREE = re.compile(r"(?<![^\W_])(?:P?GS|TS|ThS|BS|KS)\.(?:\s?(?:P?GS|TS|ThS|BS|KS)\.)*\s?$")

# Trà Lĩnh (Việt Nam) – Long Bang (Trung Quốc): a name the text itself places in Vietnam.
VIETNAMESE_AFTER = re.compile(r" ?\((?:Việt Nam|VN)\b", re.IGNORECASE)


def _names_a_unit(conn, surface: str, memo: dict) -> bool:
    """The run reads, with these very diacritics, as the name of one of China's administrative units."""
    if ("unit", surface) not in memo:
        memo["unit", surface] = _is_unit(conn, normalize_vi(surface).lower())
    return memo["unit", surface]


_UNIT_GENERIC_WORDS = _alternation(g for g, zh in VI_GENERICS.items() if zh[0].endswith(UNIT_ENDINGS))  # tỉnh, thành phố…
_UNIT_IN_BRACKETS = re.compile(rf" ?\((?:(?:{_UNIT_GENERIC_WORDS}) )?([^()]{{2,24}})\)", re.IGNORECASE)


def _placed_in_china(conn, text: str, end: int, memo: dict) -> bool:
    """A Chinese province or prefecture in brackets follows the name: Võ Long (Trùng Khánh), Longji (Quế
    Lâm); not (Quảng Nam), a Vietnamese province whose name is also a county of Yunnan (广南县)."""
    bracket = _UNIT_IN_BRACKETS.match(text, end)
    if not bracket:
        return False
    key = normalize_vi(bracket.group(1)).lower()
    if ("higher unit", key) not in memo:
        memo["higher unit", key] = _is_unit(conn, key, ("province", "prefecture"))
    return memo["higher unit", key]


_INSTITUTION_BEFORE = re.compile(rf"(?<![^\W_])(?:{_alternation(h.capitalize() for h in VI_INSTITUTIONS)}) $")
KNOWN_PLACE_FREQ = 100  # how often jieba has seen a place's word for a name after an institution to read as it


def _after_institution(text: str, start: int) -> bool:
    """A capitalised institution right before: Tập đoàn | Tam Hiệp."""
    return bool(_INSTITUTION_BEFORE.search(restyle_vi(text[max(0, start - 30) : start])))


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


def _guess(surface: str, start: int, end: int, kind: str, zh: str, pinyin: str, candidates: list[dict], country="") -> Mention:
    """A mention of a name the glossary lacks (status and match: unknown), with its reverse candidates."""
    return Mention(surface, start, end, "", kind, zh, pinyin, country, "unknown", "", "", "unknown", [], candidates)


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


# One capitalised word of toneless pinyin, alone among lower-case words: Yiwu, Quanjude, YongShun, Xi'an.
_PRINTED_GENERIC = _alternation(g.capitalize() for g in PRINTED_GENERICS)
_PINYIN_WORD = re.compile(rf"(?<![^\W_])[A-Z][a-z]+(?:[A-Z']?[a-z]+)*(?: (?P<generic>{_PRINTED_GENERIC}))?(?![^\W_]| [{_UPPER}])")
PINYIN_WORD_LEVELS = ("province", "prefecture", "county")  # not townships (Bali is also 八里), unless so called


def _pinyin_words(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A place, company or brand printed as one word of pinyin, which no Sino-Vietnamese name reads
    as: a Chinese unit down to a county (Yiwu 义乌), or a name jieba knows (Quanjude 全聚德); not a foreign
    place the lexicon writes in characters (Milan 米兰), nor a word in a capitalised run (Jack Ma)."""
    covered = _coverage(mentions)
    found = []
    for match in _PINYIN_WORD.finditer(text):
        word = match.group()
        if covered(*match.span()) or _word_before(text, match.start())[:1].isupper():
            continue
        if len(split_pinyin(printed_pinyin_key(word), pinyin_syllables(_path(conn)))) < 2:
            continue
        placed = bool(match.group("generic")) or _placed_in_china(conn, text, match.end(), memo)  # Xianghe Town
        if ("pinyin", word, placed) not in memo:  # Longji (Quế Lâm): a township's name
            rows = lexicon_by_pinyin(conn, word)
            levels = (*PINYIN_WORD_LEVELS, "township") if placed else PINYIN_WORD_LEVELS
            names = ("nt", "nz", "nr", "ns") if placed else ("nt", "nz", "nr")  # Yongxing Island 永兴岛
            named = [(zh, pos, place) for zh, _, pos, place in rows if place in levels or pos in names or len(zh) >= PINYIN_LONG_WORD]
            candidates = [c.to_dict() for c in reverse(conn, word, limit=3)] if named or match.group("generic") else []
            if not named and candidates and candidates[0]["source"] == "composed":  # Shenzhen Port: 深圳 + 港
                named = [(candidates[0]["zh"], "ns", "")]
            memo["pinyin", word, placed] = (*named[0], candidates) if named else None
        if memo["pinyin", word, placed]:
            zh, pos, place, candidates = memo["pinyin", word, placed]
            kind = "place" if place or pos == "ns" else "organization" if pos == "nt" else "term"
            found.append(_guess(word, *match.span(), kind, zh, to_pinyin(zh, kind=kind).result, candidates, "CN"))
    return found


_PEOPLE_IN_PINYIN = re.compile(r"(?<![^\W_])(?:[Dd]ân tộc|[Nn]gười) ([A-Z][a-z]+)(?![^\W_])")


def _peoples_in_pinyin(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """One of China's peoples named in pinyin after dân tộc or người: dân tộc Dai 傣族, người Hani 哈尼族."""
    covered = _coverage(mentions)
    found = []
    for match in _PEOPLE_IN_PINYIN.finditer(text):
        if covered(*match.span()):
            continue
        peoples = [zh for zh, _, _, _ in lexicon_by_pinyin(conn, match.group(1) + "zu") if zh.endswith("族")]
        if peoples:
            found.append(_guess(match.group(), *match.span(), "term", peoples[0], to_pinyin(peoples[0], kind="term").result, [], "CN"))
    return found


# A name in Sino-Vietnamese, then in pinyin in brackets: Dương Học Minh (Yang Xue Ming).
_BEFORE_BRACKET = re.compile(rf"(?<![^\W_])[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)+ ?\($")


def _paired_with_pinyin(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A person printed in both spellings is written with the characters both read as: Dương Học Minh
    (Yang Xue Ming) is 杨学明, which pinyin alone gives as 杨雪明; Lý Văn Huy (Li Wen Hui) is Chinese,
    though văn is a Vietnamese middle name. Both mentions take those candidates; when the glossary has people of
    that pinyin, the pinyin keeps them and the Vietnamese spelling lists those it reads as first."""
    by_span = {(m.start, m.end): m for m in mentions}
    syllables = pinyin_syllables(_path(conn))
    for pinyin_name in [m for m in mentions if m.match in ("unknown", "pinyin") and m.kind == "person" and m.text.isascii()]:
        if text[pinyin_name.end : pinyin_name.end + 1] != ")":
            continue
        before = _BEFORE_BRACKET.search(text, max(0, pinyin_name.start - 60), pinyin_name.start)
        size = sum(len(split_pinyin(w.lower(), syllables)) for w in pinyin_name.text.split())
        words = list(_WORD.finditer(text, before.start(), before.end())) if before else []
        if not 2 <= size <= len(words):
            continue
        start, end = words[-size].start(), words[-1].end()  # Trung Quốc Lý Văn Huy (Li Wen Hui): the last three
        name = by_span.get((start, end))
        if (name and name.match != "unknown") or any(m.start < end and start < m.end and m is not name for m in mentions):
            continue  # a glossary name, or part of a longer one
        surface, spelled = text[start:end], _pinyin_letters(pinyin_name.text)
        if ("paired", surface, spelled) not in memo:
            found = reverse(conn, surface, kind="person", limit=50)
            memo["paired", surface, spelled] = [c.to_dict() for c in found if _pinyin_letters(c.pinyin) == spelled][:3]
        known = {c["zh"] for c in pinyin_name.candidates} if pinyin_name.match == "pinyin" else set()
        candidates = sorted(memo["paired", surface, spelled], key=lambda c: c["zh"] not in known)  # 李文辉, a glossary entry
        if not candidates:
            continue
        best = candidates[0]
        spans = [((start, end), name)] + ([] if known else [((pinyin_name.start, pinyin_name.end), pinyin_name)])
        for span, mention in spans:
            by_span[span] = _guess(text[span[0] : span[1]], *span, "person", best["zh"], best["pinyin"], candidates)
    return list(by_span.values())


# Characters printed after a name: Âu Dương Kì Lâm 欧阳琦琳, Mã Tam Bảo (馬三寶 /马三宝), Hằng Nga 5 (tiếng Trung: 嫦娥五号).
_PRINTED = re.compile(r" ?\(?(?:(?:tiếng Trung|tiếng Hoa|chữ Hán|Hán tự|giản thể|phồn thể)[^:：()]{0,12}[:：] ?)?([\u3400-\u9fff]{2,8})")


def _printed_characters(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name followed by characters that read as it is written with them (the text's own, simplified):
    an unknown name takes them, and a run no reading flagged becomes a name (Âu Dương Kì Lâm 欧阳琦琳,
    cut by the word Lâm học). A glossary name keeps its entry."""
    if not re.search(r"[\u3400-\u9fff]", text):
        return mentions
    by_end = {m.end: m for m in mentions}
    found = list(mentions)
    for run_start, run_end in _capitalised_runs(text):
        printed = _PRINTED.match(text, run_end)
        if not printed:
            continue
        zh = simplified(printed.group(1))
        words = list(_WORD.finditer(text, run_start, run_end))
        if len(words) < len(zh):
            continue
        start = words[-len(zh)].start()
        surface = text[start:run_end]
        kind = "person" if len(zh) <= 4 else "term"
        if not readable(zh, kind, surface):
            continue
        mention = by_end.get(run_end)
        if mention and mention.entry_id:
            continue
        if mention:
            found.remove(mention)
        found = [m for m in found if not (m.start < run_end and start < m.end) or m.entry_id]
        candidate = {"zh": zh, "vi": surface, "pinyin": to_pinyin(zh, kind=kind).result, "score": 0, "source": "text",
                     "status": "candidate", "exact": True, "entry_id": ""}  # fmt: skip
        found.append(Mention(surface, start, run_end, "", kind, zh, candidate["pinyin"], "", "unknown", "", "",
                             "unknown", [], [candidate]))  # fmt: skip
    return found


def _pinyin_letters(pinyin: str) -> str:
    """Pinyin without tones, spaces, hyphens or case: Yáng Xuémíng, Yang Xue-ming → yangxueming."""
    plain = "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", plain.lower().replace("v", "u"))


# trấn (镇) names Chinese towns only (Vietnamese ones are thị trấn): a capitalised run after it is a
# Chinese place (trấn Thượng Thạch). hương (乡) and châu (州) are ordinary words too (dâng hương, châu Mỹ).
CHINESE_GENERIC = re.compile(r"(?<![^\W_])(?<!thị )trấn$", re.IGNORECASE)


# Generics of natural features, before a name: a Chinese feature when they read together as a word of the
# lexicon (kênh Thông Tế 通济渠, suối Nguyệt Nha 月牙泉); Vietnam's are mostly not its words (sông Lô, núi Bà Đen).
FEATURE_GENERICS = ("sông", "suối", "kênh", "hồ", "núi", "thác", "hẻm núi", "sa mạc", "cao nguyên", "đảo", "vịnh")
BUILDING_GENERICS = ("chùa", "đền", "miếu", "tháp", "lầu", "cung")  # named so too; alone the name is not the building
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


def _after_chinese_generic(text: str, start: int) -> bool:
    return text[start - 1 : start] == " " and bool(CHINESE_GENERIC.search(normalize_vi(text[max(0, start - 20) : start - 1])))


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


def _pinyin_given_names(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A place's one-word pinyin after a surname's is a person's given name: Li Xiangyang is a man (李向阳),
    not the city Xiangyang 襄阳 after an English word."""
    starts = {m.start for m in mentions}
    found = []
    for mention in mentions:
        place = mention.kind == "place" and mention.text.isalpha()
        before = _WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start) if place else None  # the words just before
        if not before or before.start() in starts or not _reads_as_pinyin_name(conn, [before.group(1), mention.text]):
            found.append(mention)
            continue
        words = list(_WORD.finditer(text, before.start(), mention.end))
        found.append(_unknown_mention(conn, text, words, "person", memo))
    return found


_WORD_BEFORE = re.compile(r"(?<![^\W_])([A-Z][a-zü]*) $")  # a capitalised word in Latin letters, then a space


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


DIRECTIONS = {"đông", "tây", "nam", "bắc"}
UNIT_WORDS = {"tỉnh", "huyện", "quận", "xã", "phường"}  # Vietnamese words for units, which open bodies' names


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


def sheet(mentions: list[Mention]) -> list[dict]:
    """Each name or term once, in order of first mention: as printed, characters, pinyin, English, status."""
    rows: dict[str, dict] = {}
    for mention in mentions:
        key = mention.entry_id or f"unknown:{mention.text}"
        if key in rows:
            rows[key]["count"] += 1
            continue
        rows[key] = {"vi": mention.text, "zh": mention.zh, "zh_other": mention.zh_other, "pinyin": mention.pinyin,
                     "en": mention.en, "kind": mention.kind, "status": mention.status, "entry_id": mention.entry_id,
                     "count": 1}  # fmt: skip
    return list(rows.values())

"""What the words around a name say of it: a word of address, a place word or a Vietnamese body before it, a
Vietnamese province or (Việt Nam) after it, a credit line; and the passes that drop what a text places in
Vietnam or credits to its photographer.
"""

import bisect
import re
import unicodedata

from ..reverse.tables import _is_unit
from ..reverse.vocabulary import UNIT_ENDINGS, VI_GENERICS, VI_INSTITUTIONS
from ..text import normalize_vi, restyle_vi
from .mentions import Mention, _UPPER, _WORD, _alternation, _span_coverage


# Syllables that mark a Vietnamese, not a Chinese, name (Nguyễn Thị Hường, Bùi Văn…).
VIETNAMESE_SURNAMES = {"nguyễn", "huỳnh", "bùi", "võ", "lê", "phạm", "đỗ", "trịnh", "phan"}
VIETNAMESE_MIDDLE = {"thị", "văn", "hữu", "đình", "công"}  # in the middle of a name
# Place generics and Vietnamese units: a capitalised run after one is a place, not a person.
PLACE_WORDS = {*VI_GENERICS, "xã", "phường", "bản", "làng", "ấp"}


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _not_in_urls(text: str, mentions: list[Mention]) -> list[Mention]:
    """No name inside a web address the text prints: its words are a page's slug (…/chuan-bi-phong-tianwen-2-…,
    …/dat-de-to-chuc-…: no 苏堤)."""
    in_url = _span_coverage([match.span() for match in _URL.finditer(text)])
    return [m for m in mentions if not in_url(m.start, m.end)]


def _not_credited(text: str, mentions: list[Mention]) -> list[Mention]:
    """No person, place or term after a credit, the Vietnamese photographer or writer (Ảnh: Dương Giang/TTXVN,
    not the city 阳江; Clip: Thanh Long, not the dragon fruit 火龙果), though an agency may be one (Ảnh: Tân Hoa
    xã), nor an unknown person between Theo and an outlet in brackets, the reporter (Theo Hà Thu
    (VnExpress.net), not 何秋), nor one printed alone on a line, the byline, unless the glossary has it with
    these very diacritics (Phương Nhi under the headline; Hà Vy, not He Wei 何炜, whose form is Hà Vĩ)."""
    return [m for m in mentions if not (
        (m.kind != "organization" and _CREDIT_BEFORE.search(text, max(0, m.start - 16), m.start))
        or (not m.entry_id and m.kind == "person" and text[max(0, m.start - 5) : m.start] == "Theo "
            and _SOURCE_AFTER.match(text, m.end))
        or ((not m.entry_id or m.match == "folded") and m.kind == "person" and _alone_on_its_line(text, m))
    )]  # fmt: skip


def _alone_on_its_line(text: str, mention: Mention) -> bool:
    """Nothing but white space around the mention on its line."""
    start, end = text.rfind("\n", 0, mention.start) + 1, text.find("\n", mention.end)
    return text[start : end if end >= 0 else len(text)].strip() == mention.text


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


_NOT_A_GENERIC = r"(?<!đồng )(?<!quê )(?<!thủ )(?<!tàu )"  # đồng hương (a compatriot), quê hương (a home town): no
# township (乡); thủ phủ (a capital): no prefecture (府); tàu sân bay (an aircraft carrier): no airport (机场)
LOCATION_WORDS = {"tại", "ở", "đến", "tới"}  # at, in, to: a place follows (not về, also "about")
_PLACE_WORD_BEFORE = re.compile(rf"(?<![^\W_]){_NOT_A_GENERIC}(?:{_alternation(PLACE_WORDS)}) $", re.IGNORECASE)  # huyện Hạ Lang
_GENERIC_BEFORE = re.compile(rf"(?<![^\W_]){_NOT_A_GENERIC}({_alternation(VI_GENERICS)}) $", re.IGNORECASE)  # sông Tương


# Words that end an institution's name before a place (Đại học ở Vũ Hán is a university in Wuhan).
NOT_IN_NAMES = {"ở", "tại", "của", "là", "có", "trong", "với", "cho", "từ", "đến", "khi", "được", "các", "những", "này", "đó",
                "sang", "tới", "thăm", "vào", "đã", "đang", "sẽ", "vừa", "cũng"}  # Đại học Bắc Kinh sang Trung Quốc: two names


_INSTITUTION = re.compile(rf"(?<![^\W_])(?:{_alternation(VI_INSTITUTIONS)})(?![^\W_])", re.IGNORECASE)


def _sentence_starts(text: str, start: int) -> bool:
    """The text, a line or a sentence starts here: its first word is capitalised whatever it is."""
    while start and text[start - 1] == " ":
        start -= 1
    return not start or text[start - 1] in ".!?:\n\"“"


def _accented(text: str) -> bool:
    return any(c in "đĐ" or unicodedata.decomposition(c) for c in text)


_CHINA_AFTER = re.compile(r" Trung Quốc(?![^\W_])")  # a Chinese body's name often ends so
# Vietnam's body of the same name: Tổng cục Chính trị Quân đội nhân dân Việt Nam, Quân ủy Trung ương Việt Nam
_VIETNAM_AFTER = re.compile(r" (?:(?:của )?(?:Quân đội nhân dân|Đảng Cộng sản|Nhà nước|Chính phủ|nước CHXHCN) )?Việt Nam(?![^\W_])")
# Characters that name China's own bodies: Vietnam's body of that name is written otherwise (越南中央军委), while
# 外交部 is Vietnam's foreign ministry too (Bộ Ngoại giao Việt Nam).
_NAMES_CHINA = re.compile("中国|中华|中共|解放军|中央军委")
_NAME_GOES_ON = re.compile(rf" (?![IVX]+(?![^\W_]))[{_UPPER}]")  # the next word is capitalised (not a number: VI)


def _placed_as_vietnamese(text: str, start: int, end: int) -> bool:
    """A Vietnamese degree or word of address before the words, or (Việt Nam) after or right before them: GS.TS. Trần
    Đại Lâm, … Móng Cái (Việt Nam) Hồ Quang Huy."""
    before = text[max(0, start - 12) : start]
    return bool(VIETNAMESE_DEGREE.search(before) or VIETNAMESE_AFTER.match(text, end) or VIETNAM_PLACED_BEFORE.search(before)
                or normalize_vi(_word_before(text, start)).lower() in VIETNAMESE_ADDRESS)  # fmt: skip


# Words before a person's name, and capitalised words that often start a sentence before a name.
HONORIFICS = {"ông", "bà", "anh", "chị", "ngài", "đồng"}
VIETNAMESE_ADDRESS = {"anh", "chị", "em", "cô", "chú", "bác", "cháu"}  # words of address for Vietnamese people
# Conjunctions that open a sentence before a name and are no syllable of one (not Song, Tuy, Thì: 双, 绥, 时).
CONJUNCTIONS = {"nhưng", "và", "còn", "rồi", "vì", "nếu", "dù", "mà", "hay", "hoặc", "để", "nên", "bởi"}
LEADING_WORDS = HONORIFICS | CONJUNCTIONS | {"theo", "khi", "sau", "tại", "thời", "đời"}  # Thời Đường: the Tang era, not 时堂


def _vietnamese_name(words: list[re.Match]) -> bool:
    """The words start with a Vietnamese surname or have a Vietnamese middle name (Nguyễn, Văn, Thị); a
    Chinese given name may end with văn."""
    syllables = [normalize_vi(w.group()).lower() for w in words]
    middle = set(syllables[1:-1]) | ({"thị"} & set(syllables[1:]))  # Lâm Sảng Văn (林爽文) ends with văn
    return syllables[0] in VIETNAMESE_SURNAMES or bool(VIETNAMESE_MIDDLE & middle)


def _word_before(text: str, start: int) -> str:
    """The word right before start, across one space ('' if none)."""
    before = _WORD.fullmatch(text, max(0, text.rfind(" ", 0, start - 1) + 1), start - 1) if start > 1 else None
    return before.group() if before and text[start - 1] == " " else ""


def _after_honorific(text: str, start: int) -> bool:
    """ông, bà, ngài… right before: a person (ông Hạ Lang), not a place (tại Sán Đầu)."""
    return normalize_vi(_word_before(text, start)).lower() in HONORIFICS


# Vietnamese bodies, named so only in Vietnam (China's are Nhân đại, Đảng Cộng sản Trung Quốc…), right
# before a person's name: the person holds a post in them.
VIETNAMESE_BODY_BEFORE = re.compile(r"(?<![^\W_])(?:Trung ương Đảng|Quốc hội|UBND|HĐND|Ủy ban MTTQ) $")


# A post in a Vietnamese body after a name, in the same clause: Hồ Quang Huy, Chủ tịch UBND thành phố Móng Cái.
VIETNAMESE_BODY_AFTER = re.compile(r", (?:[^\W\d_]+ ){1,6}(?:UBND|HĐND)(?![^\W_])")
VIETNAM_PLACED_BEFORE = re.compile(r"\((?:Việt Nam|VN)\) $")  # … thành phố Móng Cái (Việt Nam) Hồ Quang Huy


def _in_a_vietnamese_post(text: str, start: int, end: int) -> bool:
    """A post in a Vietnamese body before the name (Phó Chủ tịch Quốc hội Trần Quang Phương, Văn phòng Trung ương
    Đảng Đặng Khánh Toàn) or after it (Hồ Quang Huy, Chủ tịch UBND thành phố Móng Cái)."""
    return bool(VIETNAMESE_BODY_BEFORE.search(text, max(0, start - 20), start) or VIETNAMESE_BODY_AFTER.match(text, end))


_CLAUSE_END = re.compile(rf"[,.;:()\n]| (?:{_alternation(NOT_IN_NAMES | {'và'})})(?![^\W_])", re.IGNORECASE)  # a post ends there


def _posted_in_vietnam(text: str, end: int, provinces: list[int]) -> bool:
    """The post printed after a name, up to a punctuation mark or a word no name holds (là, đã, tại…), names a place
    in Vietnam and not China (Chu Xuân Quyết, Chính trị viên Đồn Biên phòng cửa khẩu quốc tế Móng Cái; not Đặng Quân,
    Huyện trưởng huyện Hà Khẩu đã tiễn đoàn … tỉnh Lào Cai). provinces: where the text's Vietnamese places other than
    Việt Nam start, in order."""
    if not text.startswith(", ", end):
        return False
    stop = _CLAUSE_END.search(text, end + 2, end + 100)
    clause_end = stop.start() if stop else end + 100
    i = bisect.bisect_right(provinces, end)
    return i < len(provinces) and provinces[i] < clause_end and "Trung Quốc" not in text[end:clause_end]


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


def _after_institution(text: str, start: int) -> bool:
    """A capitalised institution right before: Tập đoàn | Tam Hiệp."""
    return bool(_INSTITUTION_BEFORE.search(restyle_vi(text[max(0, start - 30) : start])))


# trấn (镇) names Chinese towns only (Vietnamese ones are thị trấn): a capitalised run after it is a
# Chinese place (trấn Thượng Thạch). hương (乡) and châu (州) are ordinary words too (dâng hương, châu Mỹ).
CHINESE_GENERIC = re.compile(r"(?<![^\W_])(?<!thị )trấn$", re.IGNORECASE)


# Generics of natural features, before a name: a Chinese feature when they read together as a word of the
# lexicon (kênh Thông Tế 通济渠, suối Nguyệt Nha 月牙泉); Vietnam's are mostly not its words (sông Lô, núi Bà Đen).
FEATURE_GENERICS = ("sông", "suối", "kênh", "hồ", "núi", "thác", "hẻm núi", "sa mạc", "cao nguyên", "đảo", "vịnh")
BUILDING_GENERICS = ("chùa", "đền", "miếu", "tháp", "lầu", "cung")  # named so too; alone the name is not the building


def _after_chinese_generic(text: str, start: int) -> bool:
    return text[start - 1 : start] == " " and bool(CHINESE_GENERIC.search(normalize_vi(text[max(0, start - 20) : start - 1])))


DIRECTIONS = {"đông", "tây", "nam", "bắc"}
UNIT_WORDS = {"tỉnh", "huyện", "quận", "xã", "phường"}  # Vietnamese words for units, which open bodies' names

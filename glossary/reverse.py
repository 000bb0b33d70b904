"""Vietnamese → ranked Chinese candidates.

Curated entries first, then lexicon words whose Hán-Việt reading matches (jieba's word list and
China's administrative units, read at build time), names written with a Vietnamese generic, body,
institution or title (trấn Na Pha 那坡镇, Tỉnh ủy Quảng Đông 广东省委, Đại học Thanh Hoa 清华大学,
Hán Vũ Đế 汉武帝), names and terms made of lexicon words (Tứ đại cổ thành 四大 + 古城), then names
composed syllable by syllable: surname readings (one character, or two: Gia Cát 诸葛) weighted by
the surname's population rank, given-name characters by how often they occur in given names, press
readings (宏 hồng) a little below dictionary ones. A lexicon word matches with the same diacritics
when each character can be read as the query's syllable (朝阳 Triều Dương, though the word reads triêu
dương). A person's name in pinyin without tones (Li Yuchao) is composed from the characters each
syllable reads. Works with or without diacritics and in either tone style; a match with the same
diacritics ranks higher.
"""

import functools
import heapq
import itertools
import math
import re
import sqlite3
from collections import defaultdict
from dataclasses import asdict, dataclass, replace

from pypinyin import Style
from pypinyin import pinyin as pypinyin

from . import readings
from .errors import InvalidInput
from .hanviet import hanviet
from .lexicon import english_key, log_weight
from .names import KINDS, check_length, simplified
from .pinyin import pinyin
from .text import fold, nfc, normalize_vi, script, without_tones

MAX_VI = 100  # characters
MAX_LIMIT = 50
POS_KIND = {"nr": "person", "ns": "place", "nt": "organization"}
PEOPLE_POS = ("nr", "nrfg")  # jieba's tags of Chinese people's names (nrfg: the famous, 金庸)
# A Vietnamese generic word before a place name, and the Chinese generics it may stand for:
# sông Tương → 湘江, quận Thiên Hà → 天河区, trấn Bằng Tường → 凭祥镇. The name may also be written
# without its generic. Autonomous units name their peoples first (Khu tự trị dân tộc Choang Quảng Tây):
# the unit's full name comes from the places table (广西 → 广西壮族自治区).
VI_GENERICS = {
    "thành phố": ("市",), "tp": ("市",), "tỉnh": ("省",), "quận": ("区",), "huyện": ("县",), "thị xã": ("市",), "châu": ("州",),
    "trấn": ("镇",), "thị trấn": ("镇",), "hương": ("乡",), "thôn": ("村",), "kỳ": ("旗",),
    "khu tự trị": ("自治区",), "châu tự trị": ("自治州",), "huyện tự trị": ("自治县",), "kỳ tự trị": ("自治旗",),
    "hương dân tộc": ("族乡",), "sông": ("江", "河", "水"), "hồ": ("湖",), "núi": ("山",), "đảo": ("岛",),
    "vịnh": ("湾",), "quần đảo": ("群岛",), "bán đảo": ("半岛",), "cửa khẩu": ("口岸",), "cầu": ("桥",),
    "chùa": ("寺",), "miếu": ("庙",), "đền": ("祠", "庙", "寺"), "cung": ("宫",), "lầu": ("楼",), "tháp": ("塔",), "cảng": ("港",), "ga": ("站",),
    "thành": ("城",), "sân bay": ("机场",), "sân bay quốc tế": ("国际机场",), "cao nguyên": ("高原",),
    "bồn địa": ("盆地",), "sa mạc": ("沙漠",), "thảo nguyên": ("草原",), "dãy núi": ("山脉", "山"),
    "quảng trường": ("广场",), "núi tuyết": ("雪山",), "tuyết sơn": ("雪山",), "lăng": ("陵",), "lăng mộ": ("陵",),
    "công viên": ("公园",), "vườn quốc gia": ("国家公园", "国家森林公园"), "khu thắng cảnh": ("风景区", "景区"),
    "hẻm núi": ("峡谷", "峡"), "tân khu": ("新区",), "khu mới": ("新区",), "khu cảng": ("港区",), "khu": ("区",),
    "đồng bằng": ("平原",), "đồng bằng sông": ("三角洲",), "tàu điện ngầm": ("地铁",), "hệ thống tàu điện ngầm": ("地铁",),
    "ruộng bậc thang": ("梯田",), "eo biển": ("海峡",), "phủ": ("府",), "suối": ("泉", "溪"), "kênh": ("渠", "运河"),
    "thác": ("瀑布",), "đập": ("大坝", "坝"), "cảng biển": ("港",), "cửa ải": ("关",),
}  # fmt: skip (đồng bằng sông Châu Giang 珠江三角洲; tàu điện ngầm Thượng Hải 上海地铁, a city's metro)
KNOWN_ONLY_GENERICS = {"đền": ("寺",)}  # the press calls some monasteries đền: Đền Đại Chiêu 大昭寺, when a word says so
PERSON_GENERICS = ("lăng", "lăng mộ")  # before a person's name: lăng Tần Thủy Hoàng 秦始皇陵
UNIT_ENDINGS = ("省", "市", "县", "区", "州", "旗", "镇", "乡")  # a unit's full name ends so: no second generic
# Institutions written before their name, which may be any word (Đại học Thanh Hoa → 清华大学).
VI_INSTITUTIONS = {
    "đại học": "大学", "học viện": "学院", "tập đoàn": "集团", "công ty": "公司", "ngân hàng": "银行",
    "bệnh viện": "医院", "tổng công ty": "总公司", "ủy ban": "委员会", "hiệp hội": "协会",
    "nhà máy": "厂", "sự biến": "之变", "chiến tranh": "战争", "khởi nghĩa": "起义", "chiến dịch": "战役",
    "hội nghị": "会议", "hiệp ước": "条约", "điều ước": "条约", "viện": "院", "tòa án": "法院", "bộ": "部",
    "tết": "节", "nhà": "朝", "ban ngoại vụ": "外事办公室", "văn phòng ngoại vụ": "外事办公室", "sở": "厅",
    "đài khí tượng": "气象台", "đài truyền hình": "电视台", "đài phát thanh và truyền hình": "广播电视台",
    "đài phát thanh truyền hình": "广播电视台", "đài phát thanh - truyền hình": "广播电视台",
    "đài phát thanh – truyền hình": "广播电视台", "đài phát thanh-truyền hình": "广播电视台", "đài phát thanh, truyền hình": "广播电视台",
    "trường đại học": "大学", "trường trung học": "中学", "trường tiểu học": "小学",
    "sở giao dịch chứng khoán": "证券交易所", "sở giao dịch": "交易所", "sàn giao dịch chứng khoán": "证券交易所", "bảo tàng": "博物馆",
    "viện bảo tàng": "博物馆", "đại hội": "大会", "giải thưởng": "奖", "giải": "奖", "trung tâm": "中心",
    "diễn đàn": "论坛", "phòng thí nghiệm": "实验室", "phòng thí nghiệm trọng điểm": "重点实验室", "quỹ": "基金",
    "liên hoan phim": "电影节", "lễ hội": "节", "viện nghiên cứu": "研究所", "câu lạc bộ": "俱乐部",
    "liên đoàn": "联合会", "hãng thông tấn": "通讯社", "cục": "局", "tổng cục": "总局", "văn phòng": "办公室",
    "hội chợ": "博览会", "triển lãm": "博览会", "nhà hát": "剧院", "nhà hát lớn": "大剧院", "sân vận động": "体育场",
    "tạp chí": "杂志", "kế hoạch": "计划", "chương trình": "计划", "sáng kiến": "倡议", "chiến lược": "战略", "cúp": "杯",
    "thế vận hội": "奥运会", "thế vận hội mùa hè": "奥运会", "thế vận hội mùa đông": "冬奥会", "asiad": "亚运会",
    "đại hội thể thao châu á": "亚运会", "hãng hàng không": "航空", "tổng đốc": "总督", "tuần phủ": "巡抚",
    "trung tâm kiểm soát bệnh tật": "疾病预防控制中心", "trung tâm kiểm soát dịch bệnh": "疾病预防控制中心",
    "trung tâm kiểm soát và phòng ngừa dịch bệnh": "疾病预防控制中心", "trung tâm kiểm soát và phòng ngừa bệnh tật": "疾病预防控制中心",
    "thư viện": "图书馆", "di chỉ": "遗址", "đài thiên văn": "天文台", "vườn bách thú": "动物园",
    "sở thú": "动物园", "vườn bách thảo": "植物园", "nhà tưởng niệm": "纪念馆", "nhà lưu niệm": "纪念馆",
    "đại chiến": "大战", "liên minh": "联盟", "đế quốc": "帝国", "công an": "公安局", "hòa ước": "条约",
    "đặc khu hành chính": "特别行政区", "đặc khu kinh tế": "经济特区",
    "công ty trách nhiệm hữu hạn": "有限公司", "công ty tnhh": "有限公司", "lễ": "节",
}  # fmt: skip (sở: a province's department, 广东省教育厅; a city's is a 局)
KNOWN_WORDS_ONLY = {"lễ"}  # lễ (a rite) names a festival only as a word: Lễ Thất tịch 七夕节, no 部节 for Lễ bộ 礼部
# Other suffixes an institution's word may stand for, ranked a little below its own: a college (学院) is
# often called a university (Đại học Sư phạm Chu Khẩu 周口师范学院); a museum's 院 (故宫博物院).
OTHER_SUFFIXES = {"đại học": ("学院",), "bảo tàng": ("博物院",), "viện bảo tàng": ("博物院",), "quỹ": ("基金会",),
                  "viện nghiên cứu": ("研究院",), "hội chợ": ("交易会",), "triển lãm": ("展览会",), "chương trình": ("工程",),
                  "lễ hội": ("文化节",), "sự biến": ("事变",)}  # fmt: skip
OTHER_SUFFIX_PENALTY = 10
KNOWN_WORD_BONUS = 15  # an institution's name composed with a suffix that the lexicon has as a word
# Courts and procuratorates are named with their unit's full name, generic or not: Tòa án nhân dân trung cấp
# Hạ Môn 厦门市中级人民法院.
COURTS = ("tòa án", "viện kiểm sát")
# Last words of buildings named in Chinese order, which seldom end a person's name, and their characters:
# Thái Hòa Môn 太和门, Nhân Thọ Điện 仁寿殿 (not kiều: 桥, but also 乔 in given names).
BUILDING_ENDINGS = {"môn": "门", "lâu": "楼", "tháp": "塔", "điện": "殿", "tự": "寺", "các": "阁"}
FOLDED_BUILDING_ENDINGS = {fold(word): char for word, char in BUILDING_ENDINGS.items()}  # printed without diacritics
REVERSED_BONUS = 30  # a name after an institution, in Vietnamese order, over the same words in Chinese order
# Bodies of a unit written before its name, with the generic of the unit's full name and the body's
# suffix: Thành ủy Đông Hưng → 东兴市委, Chính quyền nhân dân tỉnh Vân Nam → 云南省人民政府.
VI_BODIES = {
    "thành ủy": ("市", "委"), "tỉnh ủy": ("省", "委"), "huyện ủy": ("县", "委"), "khu ủy": ("自治区", "党委"),
    "chính quyền nhân dân": ("", "人民政府"), "chính phủ nhân dân": ("", "人民政府"), "chính quyền": ("", "政府"),
    "chính phủ": ("", "政府"), "nhân đại": ("", "人大"), "chính hiệp": ("", "政协"),
    "ủy ban thường vụ nhân đại": ("", "人大常委会"), "thường vụ nhân đại": ("", "人大常委会"),
}  # fmt: skip
LONGEST_HEAD = max(len(head.split()) for head in [*VI_GENERICS, *VI_BODIES, *VI_INSTITUTIONS])  # words
FOLDED_HEADS = {fold(head): head for head in [*VI_INSTITUTIONS, *VI_BODIES, *VI_GENERICS] if " " in head}  # of two words
# or more: folded, one word is too often a name's (Chau An Lai is Châu Ân Lai 周恩来, no 州; Ho Cam Dao 胡锦涛, no 湖)
# A word that names an administrative unit, when a place is asked for: higher units first.
PLACE_BONUS = {"province": 40, "prefecture": 35, "county": 30, "township": 20}
# Titles written after a name, as in Chinese: Gia Tĩnh Đế 嘉靖帝, Thành Cát Tư Hãn 成吉思汗, Khổng Tử 孔子.
VI_TITLES = {
    "đế": "帝", "hoàng đế": "皇帝", "tông": "宗", "tổ": "祖", "hãn": "汗", "hoàng hậu": "皇后", "thái hậu": "太后",
    "tử": "子", "hoàng thái hậu": "皇太后", "thái hoàng thái hậu": "太皇太后", "công chúa": "公主", "thái tử": "太子",
    "hoàng thái tử": "皇太子", "quý phi": "贵妃", "hầu": "侯", "thị": "氏", "chân nhân": "真人", "thiên tôn": "天尊",
    "đại sư": "大师", "thiền sư": "禅师", "pháp sư": "法师",
}  # fmt: skip (not phi 妃, vương 王, công 公: common in given names and surnames)
VI_TITLES_BEFORE = {"phật": "佛", "phật tổ": "佛祖", "bồ tát": "菩萨", "hoàng đế": "帝"}  # printed before, written after: Phật Di Lặc 弥勒佛
LONGEST_TITLE = max(len(title.split()) for title in [*VI_TITLES, *VI_TITLES_BEFORE])  # words
STATUS_BONUS = {"verified": 20, "attested": 16, "candidate": 0}
BEAM = 6  # characters kept per syllable when composing names
MAX_COMPOSED = 4  # syllables composed one by one: a name's, or a given name's after a long surname
# A word read as the given name after a surname of several characters: a person's name of the lexicon (溥仪,
# 阿保机), or after a clan name of three or more a common word of another kind (弘历, tagged a time), weighted
# below it but above names composed character by character.
OTHER_WORD_GIVEN, OTHER_WORD_FREQ = -10.0, 20
TITLE_KEYS = {*VI_TITLES, *map(fold, VI_TITLES)}
CLAN_AND_GIVEN = 110.0  # a clan name before a given name of the glossary: above every name composed (≤ 100)
PERSON_WORDS_BEFORE = {"ông", "bà", "ngài", "anh", "chị", "cô", "chú", "bác", "cụ"}  # before a person's name
TITLED_PENALTY = 5  # a name read after its title, below the whole query's readings
WORD_SCORE = 150  # a candidate this good is read as words or an entry, not a name composed character by character
COMPOUND_WORD = 6  # syllables in the longest word of a compound
# Score taken from a lexicon word for each syllable whose diacritics differ from the query's: more for a
# person, whose name the press reads as written (Dương Dương is 杨洋, not 养羊 dưỡng dương), than for a
# title the press may read its own way (Thiện nữ u hồn 倩女幽魂, read thiến).
INEXACT_PENALTY = {"person": 450, None: 250}
CURATED_BASE = 1000  # a curated form's score before its weights
ENGLISH_BELOW = 10  # a curated entry found by its English name, below those whose Vietnamese forms read so
FESTIVAL_WORDS = ("tết", "lễ")  # a festival's name is printed with them or alone: (Tết) Trung Thu 中秋节
FESTIVAL_PENALTY = 300  # the festival of a name printed alone, below the name's own curated entries
# Score a curated entry loses for each syllable whose diacritics differ from the query's: a word read
# with the very diacritics ranks first (Tây Dương 西洋, not Tây Đường 西塘), a misprint still finds its
# entry when nothing reads so (Hàng Chấu 杭州).
CURATED_INEXACT = 500
CURATED_OTHER_LETTERS = 1000  # for a syllable with other letters (Lưu Đường 刘唐 is not Lưu Dương 刘洋): below names composed
TITLE_WEIGHT = 5.0  # log weight of a title ending a compound (Tân Tức hầu 新息侯)
SINGLE_COST = 4.0  # log weight taken from a character on its own in a compound (四大 + 名 + 楼)
PRESS_PENALTY = 2.0  # log weight taken from a press reading (宏 hồng) against a dictionary one
# Score of a composed name that is a name or place of the lexicon, which keeps one reading of each word
# (周庄 chu trang, not Châu Trang): above names composed from characters, below words read as the query.
READ_OTHERWISE = 430
OTHER_UNIT = 10  # score a unit's real full name gains over the press's generic when no unit has that one
ADMINISTRATIVE = {"省", "市", "县", "区", "旗"}  # generics of units down to a county
KNOWN_FULL_NAME = 25  # score a name composed with its generic gains when the lexicon has it as a word (松花江)
COMPOUND_SURNAME = -2.0  # log weight of a two-character surname the query spells (Gia Cát 诸葛)
# Buddhist monks and nuns take 释 (of Shakyamuni) as their surname: Thích Vĩnh Tín 释永信, the Shaolin abbot.
# It ranks with the commonest surnames, above 戚 (Thích Kế Quang 戚继光, whose entry is curated).
MONASTIC_SURNAME = ("thích", "释")
# Southern pronunciations the press also prints for a Sino-Vietnamese syllable (Lưu Chánh Ngạn 刘正彦,
# Huỳnh for 黄 Hoàng, Võ for 武 Vũ): composition also tries the standard syllable.
SOUTHERN = {"chánh": "chính", "phước": "phúc", "huỳnh": "hoàng", "võ": "vũ", "nhơn": "nhân", "thạnh": "thịnh"}


@dataclass
class Candidate:
    zh: str
    vi: str  # the Vietnamese reading or form this candidate has
    pinyin: str
    score: float
    source: str  # glossary, lexicon, composed
    status: str
    exact: bool  # same diacritics as the query (tone style aside)
    entry_id: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def reverse(
    conn: sqlite3.Connection, vi: str, kind: str | None = None, limit: int = 10, use_glossary: bool = True
) -> list[Candidate]:
    """Chinese candidates for a Vietnamese form, best first; use_glossary=False leaves curated entries out.

    >>> import sqlite3; reverse(sqlite3.connect(":memory:"), "中关村")
    Traceback (most recent call last):
    ...
    glossary.errors.InvalidInput: give Vietnamese (Latin letters), not 'han' text
    """
    vi = check_length(nfc(vi).strip(), MAX_VI, "input")
    if not vi:
        raise InvalidInput("empty input: give a Vietnamese form")
    if script(vi) != "latin":
        raise InvalidInput(f"give Vietnamese (Latin letters), not {script(vi)!r} text")
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}")
    key, folded = normalize_vi(vi).lower(), fold(vi)
    found: dict[str, Candidate] = {}

    def add(candidate: Candidate) -> None:
        if candidate.zh not in found or found[candidate.zh].score < candidate.score:
            found[candidate.zh] = candidate

    for candidate in _curated(conn, key, folded, kind) if use_glossary else ():
        add(candidate)
    for word in FESTIVAL_WORDS if use_glossary and kind in (None, "term") else ():  # Trung Thu: Tết Trung Thu 中秋节
        for candidate in _curated(conn, f"{word} {key}", f"{fold(word)} {folded}", "term"):
            add(replace(candidate, score=candidate.score - FESTIVAL_PENALTY))
    for candidate in _lexicon(conn, key, folded, kind):
        add(candidate)
        if kind in (None, "term"):
            for people in _people_named(conn, candidate):  # Thổ Gia 土家族, Cảnh Pha 景颇族
                add(people)
    compounds = set()  # made of words: read and written as terms when no kind is asked (四大名楼, 中国工商银行)
    if kind in (None, "place", "organization", "term"):
        for candidate in _with_generic(conn, key, use_glossary):
            add(candidate)
            compounds.add(candidate.zh)
    if kind in (None, "person", "term"):  # Phật Di Lặc 弥勒佛 is a term to some
        for candidate in _with_title(conn, key, folded):
            add(candidate)
    if len(folded.split()) == 1 and kind in (None, "place", "term"):
        for candidate in _single(conn, key):  # 皖 Hoản, the one-character name of Anhui
            add(candidate)
    if kind in (None, "term"):
        for candidate in _people(conn, key, use_glossary):  # người Tây Tạng 藏族
            add(candidate)
    clans = _long_surnames(folded.split(), False) if kind in (None, "person") else []  # Ái Tân Giác La Dận Chân
    for candidate in _clan_and_given(conn, key, folded, clans) if use_glossary else ():
        add(candidate)
    if len(folded.split()) >= 3 and kind != "person" and not any(size >= 3 for size, _ in clans):  # no 爱新觉罗 + 胤真
        head_first = kind != "place" and any(word[:1].islower() for word in vi.split()[1:])  # not Hoàng Sơn Mao Phong
        for candidate in _compound(conn, key, folded, head_first):
            add(candidate)
            compounds.add(candidate.zh)
        for candidate in _reordered(conn, key, folded, kind):
            add(candidate)
    words = vi.split()  # hồ Mộc Long: a generic before a name, not a person or place read as a whole
    after_generic = words[0].islower() and words[-1][:1].isupper() and _head(key) in VI_GENERICS
    if kind == "person" and len(folded.split()) == 1:  # a person called by the surname alone: Khương 姜, then 羌
        surnames = _surname_chars(_database_path(conn))
        for candidate in _composed(conn, key, folded, "person"):
            if candidate.zh in surnames:
                add(candidate)
    if 2 <= len(folded.split()) <= (MAX_COMPOSED + readings.LONGEST_SURNAME if clans else MAX_COMPOSED) and not after_generic:
        for role in ("person", "place"):
            if kind in (None, role) or (kind == "term" and role == "place"):
                for candidate in _composed(conn, key, folded, role):
                    add(candidate)
    numbered = NUMBERED.fullmatch(vi)
    with_numbers = set()  # read with the number as printed (Thường Nga 5), not the numeral's reading
    for candidate in _numbered(conn, numbered, use_glossary) if numbered and kind != "person" else ():
        add(candidate)
        compounds.add(candidate.zh)
        with_numbers.add(candidate.zh)
    read = max((c.score for c in found.values()), default=0) >= WORD_SCORE  # a word or an entry reads the whole
    for candidate in _after_a_title(conn, vi, use_glossary) if kind == "person" and not read else ():
        add(candidate)  # Thủ tướng Lý Cường: 李强; not Càn Long for Hoàng đế Càn Long 乾隆帝
    if kind in (None, "person") and vi.replace("ü", "v").isascii():
        for candidate in _from_pinyin(conn, vi, one_word=kind == "person"):  # Pan Gongsheng, Lü Zhiming; Lindan, Xi
            add(candidate)
    if vi.isascii():
        for candidate in _english(conn, vi):  # China News Service 中国新闻社, Wang Yi 王毅
            add(candidate)
        for candidate in _curated_english(conn, vi, kind) if use_glossary else ():  # Jackson Yee 易烊千玺
            add(candidate)
    if kind != "person" and vi.isascii():
        for candidate in _pinyin_word(conn, vi):  # Yiwu 义乌, Quanjude 全聚德
            add(candidate)
            for people in _people_named(conn, candidate) if kind in (None, "term") else ():
                add(people)  # Naxi 纳西族
    ranked = sorted(found.values(), key=lambda c: -c.score)[:limit]
    for candidate in ranked:
        as_kind = kind or ("person" if candidate.source == "composed" and candidate.zh not in compounds else "term")
        candidate.pinyin = candidate.pinyin or pinyin(candidate.zh, kind=as_kind).result
        if candidate.source == "composed" and candidate.zh not in with_numbers:
            candidate.vi = hanviet(candidate.zh, kind=as_kind, use_glossary=False).result
    return ranked


BRANDS = {"term", "organization"}  # a platform, a brand, a medium is either: Tmall 天猫, asked for as a term
OTHER_KIND_PENALTY = 600  # a curated entry of the other of those kinds: below the lexicon's words, above names composed


def _curated(conn, key: str, folded: str, kind: str | None):
    sql = (
        "select entries.id, entries.kind, names.zh, entries.zh, entries.pinyin, entries.status, names.vi, names.vi_key, "
        "names.rendering, coalesce(lexicon.freq, 0), coalesce(lexicon.place, '') from names "
        "join entries on entries.id = names.entry_id left join lexicon on lexicon.word = names.zh where names.vi_fold = ?"
    )
    for entry_id, entry_kind, zh, entry_zh, py, status, vi, vi_key, rendering, freq, place in conn.execute(sql, (folded,)):
        if kind and entry_kind != kind and not {kind, entry_kind} <= BRANDS:
            continue
        exact = vi_key == key
        score = CURATED_BASE + 50 * exact + shared_form_weight(status, rendering, freq, place)
        score -= OTHER_KIND_PENALTY * (bool(kind) and entry_kind != kind)
        if key != folded and not exact:  # printed with other diacritics: Tây Dương is 西洋 before Tây Đường 西塘
            score -= sum(CURATED_INEXACT if without_tones(a) == without_tones(b) else CURATED_OTHER_LETTERS
                         for a, b in zip(vi_key.split(), key.split()) if a != b)  # fmt: skip
        if zh == entry_zh:
            yield Candidate(zh, vi, py, score, "glossary", status, exact, entry_id)
        else:  # the form writes another of the entry's names (Vạn Lý Trường Thành 万里长城), then the entry's (长城)
            yield Candidate(zh, vi, pinyin(zh, kind=entry_kind).result, score, "glossary", status, exact, entry_id)
            yield Candidate(entry_zh, vi, py, score - 1, "glossary", status, False, entry_id)


def shared_form_weight(status: str, rendering: str, freq: int, place: str) -> float:
    """How surely a form names an entry, among entries that share it: its status, a reading of its
    characters (紫禁城 Tử Cấm Thành before 故宫, 桂林市 Quế Lâm before the commandery's variant), how common
    its word is (西湖 before 西湖区, by jieba's frequency), the unit's level (吉林 before 吉林市)."""
    return STATUS_BONUS[status] + 5 * (rendering == "hanviet") + min(15.0, 3 * math.log10(freq + 1)) + PLACE_BONUS.get(place, 0) / 10


def _lexicon(conn, key: str, folded: str, kind: str | None):
    """Words read as the query. For a person, a common word ranks below composed names unless jieba
    tags it a person's name (nr, nrfg); a word tagged with the kind asked for ranks higher."""
    sql = "select word, freq, pos, place, reading from lexicon where fold = ?"
    for word, freq, pos, place, reading in conn.execute(sql, (folded,)):
        exact = reading == key or ((kind != "person" or pos.startswith("nr")) and _reads(conn, word, key))
        base = 500 if kind != "person" or pos in PEOPLE_POS else 50
        if key != folded and not exact:  # the query's diacritics say otherwise: more so in more syllables
            base -= INEXACT_PENALTY["person" if kind == "person" else None] * sum(a != b for a, b in zip(reading.split(), key.split()))
        of_kind = kind is not None and (POS_KIND.get(pos) == kind or (kind == "place" and bool(place)))  # 临高: v
        unit = kind == "place" and bool(place)  # its level says more than how common the word is (铜仁, not 同仁)
        score = base + 50 * exact + (2 if unit else 10) * math.log10(freq + 1) + 20 * of_kind
        score += PLACE_BONUS[place] if unit else 0
        yield Candidate(word, reading, "", round(score, 2), "lexicon", "candidate", exact)


PINYIN_WORD = re.compile(r"[A-Za-z]+(?:['-]?[A-Za-z]+)*")  # Yiwu, YongShun, Xi'an


# Generics printed after a place's name in pinyin, as news taken from English prints them, in English
# or in pinyin, and their pinyin: Siziwang Banner 四子王旗, Yongxing Island 永兴岛, Yongshu Jiao 永暑礁.
PRINTED_GENERICS = {"banner": "qi", "county": "xian", "city": "shi", "district": "qu", "province": "sheng", "town": "zhen",
                    "township": "xiang", "village": "cun", "island": "dao", "reef": "jiao", "lake": "hu", "mountain": "shan", "port": "gang",
                    **{g: g for g in ("dao", "jiao", "shan", "hu", "si", "cun", "zhen", "xiang", "xian", "qu", "qiao", "gang")}}  # fmt: skip


GENERIC_CHARACTERS = {"qi": "旗", "xian": "县", "shi": "市", "qu": "区", "sheng": "省", "zhen": "镇", "xiang": "乡", "cun": "村",
                      "dao": "岛", "jiao": "礁", "hu": "湖", "shan": "山", "si": "寺", "qiao": "桥", "gang": "港"}  # fmt: skip


def printed_pinyin_key(text: str) -> str:
    """A word printed in pinyin as the lexicon keys it: Xi'an → xian, YongShun → yongshun, Siziwang
    Banner → siziwangqi."""
    name, _, generic = text.lower().rpartition(" ")
    if name and generic in PRINTED_GENERICS:
        text = name + PRINTED_GENERICS[generic]
    return re.sub(r"['-]", "", text.lower())


def lexicon_by_pinyin(conn, text: str) -> list[tuple[str, int, str, str]]:
    """The lexicon's words whose toneless pinyin is the printed word: word, freq, pos, place, commonest first."""
    sql = "select word, freq, pos, place from lexicon where pinyin = ? order by freq desc"
    return conn.execute(sql, (printed_pinyin_key(text),)).fetchall()


def _pinyin_word(conn, text: str):
    """Places, companies and brands printed as one word of toneless pinyin (Yiwu 义乌, Quanjude 全聚德),
    a unit's level first, then how common the word is."""
    name, _, generic = text.rpartition(" ")
    if not PINYIN_WORD.fullmatch(name if name and generic.lower() in PRINTED_GENERICS else text):
        return
    rows = lexicon_by_pinyin(conn, text)
    for word, freq, _, place in rows:
        score = 400 + 10 * math.log10(freq + 1) + PLACE_BONUS.get(place, 0)
        yield Candidate(word, text, "", round(score, 2), "lexicon", "candidate", True)
    ending = GENERIC_CHARACTERS.get(PRINTED_GENERICS.get(generic.lower(), "")) if name and not rows else None
    for word, freq, pos, place in lexicon_by_pinyin(conn, name) if ending else ():  # Shenzhen Port 深圳港
        if place or pos == "ns":
            score = 390 + 10 * math.log10(freq + 1) + PLACE_BONUS.get(place, 0)
            yield Candidate(word + ending, text, "", round(score, 2), "composed", "candidate", True)


ENGLISH_SCORE = 420  # a name CC-CEDICT gives in English: above a word of pinyin or a name composed from it


def _english(conn, text: str):
    """Proper nouns CC-CEDICT names so in English (China News Service 中国新闻社, SCO 上海合作组织), the
    commonest in the lexicon first (Yangtze River: 长江, then 万里长江)."""
    sql = "select english.word, lexicon.freq from english join lexicon using (word) where english.key = ?"
    for word, freq in conn.execute(sql, (english_key(text),)):
        yield Candidate(word, text, "", round(ENGLISH_SCORE + math.log10(freq + 1), 2), "lexicon", "candidate", True)


def _curated_english(conn, text: str, kind: str | None):
    """Curated entries whose English name is the query, or ends with it in brackets: Jackson Yee 易烊千玺, CSRC 证监会
    (China Securities Regulatory Commission (CSRC)); below the entries whose Vietnamese forms read so."""
    key = text.lower()
    sql, params = "select id, kind, zh, pinyin, status from entries where en_key = ?", (key,)
    if " " not in key:  # one word may also stand in brackets after the name (an acronym, a brand): a scan
        sql, params = sql + " or en_key like ? escape '\\'", (key, "% (" + re.sub(r"([%_\\])", r"\\\1", key) + ")")
    for entry_id, entry_kind, zh, py, status in conn.execute(sql, params):
        if not kind or entry_kind == kind:
            yield Candidate(zh, text, py, CURATED_BASE - ENGLISH_BELOW, "glossary", status, True, entry_id)


def _reads(conn, word: str, key: str) -> bool:
    """Each character of word can be read as the query's syllable, by the dictionary or the press:
    the lexicon keeps one reading a word (朝阳 triêu dương), names take others (Triều Dương)."""
    syllables = key.split()
    if len(syllables) != len(word):
        return False
    press = _press_readings(_database_path(conn))
    exact_index = _syllable_index()[0]
    return all(char in exact_index.get(s, ()) or char in press.get(s, ()) for char, s in zip(word, syllables))


PEOPLE_HEADS = ("người", "dân tộc")


def _people(conn, key: str, use_glossary: bool):
    """A people named by its land or its name after người or dân tộc: the lexicon's word for the
    people made of the land's characters, whole or first or last (người Mông Cổ 蒙古族, người Tây Tạng
    藏族 from 西藏, người Mãn Châu 满族 from 满洲)."""
    head = next((h for h in PEOPLE_HEADS if key.startswith(h + " ")), None)
    if not head:
        return
    name = key[len(head) + 1 :]
    lands = [*_lexicon(conn, name, fold(name), "place"), *(_curated(conn, name, fold(name), None) if use_glossary else ())]
    lands += list(_single(conn, name))  # người Tạng 藏族, người Hán 汉族
    for land in lands:
        for i, people in enumerate(dict.fromkeys([land.zh + "族", land.zh[-1] + "族", land.zh[0] + "族"])):
            if conn.execute("select 1 from lexicon where word = ?", (people,)).fetchone():
                yield Candidate(people, key, "", round(land.score - 5 - i, 2), "lexicon", "candidate", land.exact)


def _people_named(conn, word: Candidate):
    """The people a lexicon word names (土家 → 土家族), when the lexicon has it: before the word, unless
    the word names a place (蒙古, Mongolia, before 蒙古族)."""
    if word.zh.endswith("族"):
        return
    rows = {w: (pos, place) for w, pos, place in conn.execute(
        "select word, pos, place from lexicon where word in (?, ?)", (word.zh, word.zh + "族"))}  # fmt: skip
    if word.zh + "族" in rows:
        pos, place = rows.get(word.zh, ("", ""))
        yield replace(word, zh=word.zh + "族", pinyin="", score=word.score + (-1 if pos == "ns" or place else 1))


def _single(conn, syllable: str):
    """One-character names (sông Tương → 湘): characters read so, those common in place names first."""
    if " " in syllable:
        return
    exact_index, fold_index = _syllable_index()
    table = _weights(_database_path(conn))["place"]
    chars = exact_index.get(syllable) or fold_index.get(fold(syllable), set())
    for weight, char in sorted(((table.get(c, table[""]), c) for c in chars), reverse=True)[:BEAM]:
        yield Candidate(char, syllable, "", round(500 + 10 * weight, 2), "lexicon", "candidate", True)


def _with_generic(conn, key: str, use_glossary: bool, depth: int = 0):
    """Names written with a Vietnamese generic (sông Tương, trấn Bằng Tường), a body of a unit
    (Thành ủy Đông Hưng) or an institution (Đại học Thanh Hoa): the name's candidates, completed
    with the Chinese generic or suffix."""
    head = _head(key)
    if not head:
        return
    rest = key.split()[len(head.split()) :]
    if head in VI_INSTITUTIONS:
        yield from _institution(conn, key, head, rest, use_glossary, depth)
    elif head in VI_BODIES:
        generic, suffix = VI_BODIES[head]
        for unit in _units(conn, rest, (generic,) if generic else (), use_glossary, depth):
            yield replace(unit, zh=unit.zh + suffix, pinyin="", vi=key, score=unit.score - 5)
    else:
        known_only = KNOWN_ONLY_GENERICS.get(head, ())
        for unit in _units(conn, rest, VI_GENERICS[head], use_glossary, depth, named=True):
            if known_only and unit.zh.endswith(known_only) and not _words(conn, [unit.zh]):
                continue  # đền Nhạc Phi: 岳飞祠 or 岳飞庙, not 岳飞寺
            yield replace(unit, vi=key) if unit.zh.endswith(VI_GENERICS[head]) else unit


def _institution(conn, key: str, head: str, rest: list[str], use_glossary: bool, depth: int):
    """An institution written before its name (Đại học Thanh Hoa 清华大学): the name's candidates with the
    institution's suffix, then with the other suffixes it may stand for, a little lower (Đại học Sư phạm
    Chu Khẩu 周口师范学院). A name that ends with the suffix takes it once (Viện | bảo tàng Cố Cung 故宫博物院)."""
    name = " ".join(rest)
    if head == "bộ" and len(rest) > 2 and fold(" ".join(rest[-2:])) == "trung quoc":  # a ministry's name has no 中国:
        for candidate in _institution(conn, key.rsplit(" ", 2)[0], head, rest[:-2], use_glossary, depth):
            yield replace(candidate, vi=key, score=candidate.score + 1)  # Bộ Thủy lợi Trung Quốc 水利部
    found = [*_lexicon(conn, name, fold(name), None), *(_single(conn, name) if len(rest) == 1 else ())]
    found += _pinyin_word(conn, name) if len(rest) == 1 else []  # khu di tích Sanxingdui 三星堆遗址
    found += _curated(conn, name, fold(name), None) if use_glossary else []  # Nhà Minh 明朝: one character
    segmented = _segmented(conn, name, fold(name))
    for penalty, suffix in [(0, VI_INSTITUTIONS[head]), *((OTHER_SUFFIX_PENALTY, s) for s in OTHER_SUFFIXES.get(head, ()))]:
        short = [_short_name(conn, candidate.zh) for candidate in found]  # named with a unit's short name: 遵义会议,
        written = [zh if zh.endswith(suffix) else zh + suffix for zh in short]  # not 遵义市会议
        known = _words(conn, written)  # Sự biến Tây An 西安事变, a word, before 西安之变
        for candidate, zh in zip(found, written):
            if head in KNOWN_WORDS_ONLY and zh not in known:
                continue
            score = candidate.score - 5 - penalty + KNOWN_WORD_BONUS * (zh in known)
            yield replace(candidate, zh=zh, pinyin="", vi=key, score=score, source="lexicon", status="candidate", entry_id="")
        if head in KNOWN_WORDS_ONLY:
            continue
        for score, pieces in segmented:  # Vietnamese order, modifiers reversed:
            zh = "".join(reversed(_modifiers(pieces))) + suffix
            yield Candidate(zh, key, "", score + REVERSED_BONUS - penalty, "composed", "candidate", key != fold(key))  # 中国工商银行
            straight = "".join(pieces) + suffix  # or a name in Chinese order: Huyền Vũ môn 玄武门
            yield Candidate(straight, key, "", score - penalty, "composed", "candidate", key != fold(key))
        for candidate in _of_a_unit(conn, key, rest, suffix, use_glossary, depth, key.startswith(COURTS)):
            yield replace(candidate, score=candidate.score - penalty)


def _of_a_unit(conn, key: str, words: list[str], suffix: str, use_glossary: bool, depth: int, court: bool = False):
    """An institution's name ending with a unit and its generic, words before it or not (Tòa án nhân dân trung
    cấp thành phố Trường Xuân 长春市中级人民法院): the unit's full name, then the words in Chinese order. A
    court's unit may come without its generic (… trung cấp Hạ Môn 厦门市…)."""
    if depth >= 2:
        return
    for i in range(len(words)):  # the unit alone: Thư viện tỉnh Cam Túc 甘肃省图书馆
        unit = " ".join(words[i:])
        if _head(unit) in VI_GENERICS and i < len(words) - 1 and not _is_unit(conn, unit, ("province", "prefecture")):
            units = _with_generic(conn, unit, use_glossary, depth + 1)  # not thành | Đô: Thành Đô is 成都
        elif court and len(words) - i <= 3 and _is_unit(conn, unit):
            units = _units(conn, words[i:], (), use_glossary, depth + 1)
        else:
            continue
        units = sorted(units, key=lambda c: -c.score)
        if not units:
            return
        before = " ".join(words[:i])
        options = [(c.score, (c.zh,)) for c in _lexicon(conn, before, fold(before), None)][:3] if i else [(math.inf, ())]
        options += _segmented(conn, before, fold(before)) if i else []
        if units[0].zh.endswith(("省", "自治区")):  # Công an tỉnh Vân Nam 云南省公安厅
            suffix = PROVINCIAL_SUFFIXES.get(suffix, suffix)
        for score, pieces in options:
            zh = units[0].zh + "".join(reversed(_modifiers(pieces))) + suffix
            yield Candidate(zh, key, "", round(min(score, units[0].score) + REVERSED_BONUS, 2), "composed", "candidate", True)
        return


UNIT_LEVELS = ("province", "prefecture", "county", "township")
PROVINCIAL_SUFFIXES = {"公安局": "公安厅"}  # a province's department is a 厅, a city's a 局


def _is_unit(conn, key: str, levels: tuple[str, ...] = UNIT_LEVELS) -> bool:
    """The words read, with these very diacritics, as one of China's administrative units of those levels."""
    sql = f"select 1 from lexicon where fold = ? and reading = ? and place in ({','.join('?' * len(levels))}) limit 1"
    return bool(conn.execute(sql, (fold(key), key, *levels)).fetchone())


def _head(key: str) -> str:
    """The longest generic, body or institution the query starts with, or ''; printed without diacritics,
    the one of two words or more it folds to (thanh pho Quang Chau: thành phố)."""
    words = key.split()
    folded = key == fold(key)
    for head in (" ".join(words[:size]) for size in range(min(LONGEST_HEAD, len(words) - 1), 0, -1)):
        if head in VI_GENERICS or head in VI_BODIES or head in VI_INSTITUTIONS:
            return head
        if folded and head in FOLDED_HEADS:
            return FOLDED_HEADS[head]
    return ""


def _modifiers(pieces: tuple[str, ...]) -> list[str]:
    """The modifiers of an institution's name, in Vietnamese order: characters on their own stay
    together, words joined by và ('') stay in their order (Khoa học và Công nghệ: 科学技术)."""
    units: list[str] = []
    join = False
    for single, run in itertools.groupby(pieces, lambda w: len(w) == 1):
        for unit in ["".join(run)] if single else run:
            if unit and join and units:
                units[-1] += unit
            elif unit:
                units.append(unit)
            join = not unit
    return units


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
            if 2 <= len(words) - size <= 3:  # a name with its surname (卫思), or a posthumous name (孝钦显)
                found += [*_composed(conn, name, name_fold, "person"), *_composed(conn, name, name_fold, "given")]
            for candidate in found:
                yield replace(candidate, zh=candidate.zh + title, pinyin="", vi=key, score=candidate.score - 5)
            return


def _units(conn, words: list[str], generics: tuple[str, ...], use_glossary: bool, depth: int, named=False):
    """Candidates for the unit named by words, as full names ending with one of the generics (with no
    generics, the unit's highest full name). An autonomous unit names its peoples before its name
    (dân tộc Choang và Miêu | Văn Sơn); with named=True the name as it stands is a candidate too
    (sông Tương: 湘江 or 湘)."""
    autonomous = any("自治" in g or "族" in g for g in generics)
    for people in _peoples(conn, words, use_glossary) if autonomous else ():  # Khu tự trị dân tộc Choang
        for land in _land_of_people(conn, people.zh, generics):
            yield replace(people, zh=land, vi=" ".join(words), pinyin="", score=people.score - 5, source="lexicon",
                          status="candidate", entry_id="")  # fmt: skip
    for name in (" ".join(n) for n in ([words[-2:], words[-1:], words[-3:]] if autonomous else [words])):
        found = [*_lexicon(conn, name, fold(name), "place"), *_single(conn, name)]
        if use_glossary:
            found += _curated(conn, name, fold(name), "place")
        if depth < 2:
            found += _with_generic(conn, name, use_glossary, depth + 1)
        if not found and len(words) == 1 and name.isascii() and name not in _syllable_index()[1]:
            found = list(_pinyin_word(conn, name))  # huyện Wuzhi 武陟县: a name printed in pinyin
        if named and 2 <= len(words) <= 4 and not any(c.exact or name == fold(name) for c in found):
            found += _composed(conn, name, fold(name), "place")  # a name no word reads as printed: hồ Mộc Long 木龙湖
        unit_generic = all(g.endswith(UNIT_ENDINGS) for g in generics)  # a unit's full name takes no second one
        for candidate in found:
            fulls = _full_names(conn, candidate.zh)
            if generics:
                fulls = [f for f in fulls if f.endswith(generics)]
                if set(generics) <= ADMINISTRATIVE and candidate.zh.endswith(UNIT_ENDINGS) and not candidate.zh.endswith(generics):
                    # another unit of that name: thành phố Tân Hương 新乡市, though the glossary's Tân Hương is 新乡县
                    fulls += [f for f in _full_names(conn, _short_name(conn, candidate.zh)) if f.endswith(generics)]
                units = _full_names(conn, candidate.zh, ("province", "prefecture", "county"))
                if set(generics) <= ADMINISTRATIVE and units and not fulls:  # the press's generic is wrong:
                    yield replace(candidate, zh=units[0], vi=" ".join(words), pinyin="", score=candidate.score - 5 + OTHER_UNIT,
                                  source="lexicon", status="candidate", entry_id="")  # fmt: skip (huyện Tây Sa 西沙区)
                if not autonomous and not candidate.zh.endswith(generics) and not (
                    unit_generic and candidate.zh.endswith(UNIT_ENDINGS)  # 湘江, 文山州; not 临夏回族自治州省
                ):  # but a station of a city: ga Phúc Châu 福州站; a district's short name: 白云国际机场, not 白云区…
                    name_zh = candidate.zh if unit_generic else _short_name(conn, candidate.zh)
                    fulls += [name_zh + g for g in generics if name_zh + g not in fulls]
            source = "composed" if candidate.source == "composed" else "lexicon"
            unit = replace(candidate, vi=" ".join(words), source=source, status="candidate", entry_id="")
            fulls = fulls[: 1 if not generics else None]
            shorter = {full: full.replace("国际机场", "机场") for full in fulls}  # 虹桥机场 is a word, 虹桥国际机场 not
            words_known = _words(conn, [*fulls, *shorter.values()]) if generics else {}  # sông Tùng Hoa: 松花江, not 松华江
            for full in fulls:
                known = full in words_known or shorter[full] in words_known
                yield replace(unit, zh=full, pinyin="", score=candidate.score - 5 + KNOWN_FULL_NAME * known)
            if candidate.zh.endswith(generics or ("",)) or named:
                yield replace(unit, score=candidate.score - 10)  # 广西壮族自治区 as it stands, or 湘
        if found:
            return


def _peoples(conn, words: list[str], use_glossary: bool) -> list[Candidate]:
    """The peoples the words name, after dân tộc or alone: 壮族 (Choang, the glossary's), 维吾尔族 (Duy Ngô
    Nhĩ, the lexicon's 维吾尔)."""
    name = " ".join(words[2:] if words[:2] == ["dân", "tộc"] else words)
    found = list(_curated(conn, name, fold(name), "term")) if use_glossary else []
    found += [people for word in _lexicon(conn, name, fold(name), None) for people in [word, *_people_named(conn, word)]]
    return [people for people in found if people.zh.endswith("族")]


def _land_of_people(conn, people: str, generics: tuple[str, ...]) -> list[str]:
    """The one autonomous unit of a people, named without its land (Khu tự trị dân tộc Choang: 壮族 →
    广西壮族自治区), when the generic names only one."""
    ends = [people + g for g in generics] + [people.removesuffix("族") + g for g in generics]  # 维吾尔自治区
    sql = f"select distinct full from places where {' or '.join(['full like ?'] * len(ends))}"
    lands = [row[0] for row in conn.execute(sql, ["%" + end for end in ends])]
    return lands if len(lands) == 1 else []


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



# A name and its number: Hằng Nga-6, Thần Châu VI, Trường Chinh-2F (a model's letter after it), Chiến lang 2.
NUMBERED = re.compile(r"(.+?) ?[ -] ?(\d{1,2}|[IVX]{1,5})([A-H]?)")


def _numbered(conn, match: re.Match, use_glossary: bool):
    """A numbered craft of a known series (Hằng Nga-6 嫦娥六号, Trường Chinh-2F 长征二号F) or a sequel in
    digits (Chiến lang 2 战狼2): the name's candidates with the number."""
    name, number, letter = match.groups()
    value = number_value(number)
    if not 0 < value < 100:
        return
    for candidate in reverse(conn, name, limit=5, use_glossary=use_glossary):
        if candidate.zh in series(_database_path(conn)):
            zh, score = f"{candidate.zh}{chinese_number(value)}号{letter}", candidate.score
            spelled = pinyin(zh, kind="term").result
        else:
            zh, score = f"{candidate.zh}{value}{letter}", candidate.score - 5
            spelled = f"{candidate.pinyin} {value}{letter}"
        score = min(score, CURATED_BASE - 1)  # below the curated forms of the whole (Na Tra 2, a film's title)
        yield replace(candidate, zh=zh, vi=f"{candidate.vi} {number}{letter}", pinyin=spelled, score=score,
                      source="composed", status="candidate", entry_id="")  # fmt: skip


@functools.lru_cache(maxsize=64)
def _database_path(conn: sqlite3.Connection) -> str:
    """The file behind a connection, to key caches of what was read from it."""
    return conn.execute("pragma database_list").fetchone()[2]


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


@functools.cache
def _surnames_read(with_marks: bool) -> dict[str, list[str]]:
    """Each printed reading of a surname or clan name, with its diacritics or folded, and the characters it reads."""
    found: dict[str, set[str]] = {}
    for surname in readings.surname_forms():
        found.setdefault(surname.hanviet if with_marks else fold(surname.hanviet), set()).add(surname.zh)
    return {reading: sorted(chars) for reading, chars in found.items()}


def _after_a_title(conn, vi: str, use_glossary: bool):
    """A person's name printed after a word for a person (ông Lý Cường) or a title (Thủ tướng Lý Cường,
    Bộ trưởng Ngoại giao Vương Nghị): the candidates of the capitalised words at the end, a little lower. A
    title has a word in lower case; all capitalised, the words are the name (Tào Ngụy Văn Đế). Only when no word
    or entry reads the whole query, and not after a title written with the name (Hoàng đế Càn Long 乾隆帝)."""
    words = vi.split()
    if normalize_vi(words[0]).lower() in PERSON_WORDS_BEFORE:
        name = words[1:]
    else:
        start = len(words)
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        title = normalize_vi(" ".join(words[:start])).lower()
        name = words[start:] if any(w[:1].islower() for w in words[:start]) and not _written_with_the_name(title) else []
    if 2 <= len(name) <= MAX_COMPOSED + readings.LONGEST_SURNAME and len(name) < len(words):
        for candidate in reverse(conn, " ".join(name), kind="person", limit=MAX_LIMIT, use_glossary=use_glossary):
            yield replace(candidate, score=round(candidate.score - TITLED_PENALTY, 2))


def _written_with_the_name(title: str) -> bool:
    """A title Chinese writes after the name (Hoàng đế Càn Long 乾隆帝), or a surname printed in lower case (Tư mã
    Tương Như 司马相如)."""
    words = title.split()
    phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return fold(title) in _surnames_read(False) or any(p in VI_TITLES_BEFORE for p in phrases)


def _clan_and_given(conn, key: str, folded: str, clans: list[tuple[int, list[str]]]):
    """A clan name before a person's given name that the glossary has: Ái Tân Giác La Dận Chân 爱新觉罗·胤禛,
    from the entry 胤禛. A candidate, above names composed syllable by syllable."""
    for size, surnames in clans:
        rest = " ".join(key.split()[size:]), " ".join(folded.split()[size:])
        for given in _curated(conn, *rest, "person"):
            mark = readings.CLAN_MARK if size >= 3 else ""
            for zh in surnames if given.exact else ():
                yield Candidate(zh + mark + given.zh, key, "", CLAN_AND_GIVEN, "composed", "candidate", True)


def courtesy_names(conn, vi: str, limit: int = 3) -> list[Candidate]:
    """A courtesy, art or dharma name (tự Nguyên Hóa 元化): reverse's words for a person, then names with no
    surname, every syllable read as a given name's, instead of its names composed with a surname (原化)."""
    key, folded = normalize_vi(vi).lower(), fold(vi)
    words = [c for c in reverse(conn, vi, kind="person", limit=limit) if c.source != "composed"]
    given = sorted(_composed(conn, key, folded, "given"), key=lambda c: -c.score)
    for candidate in given[: limit - len(words)] if len(words) < limit else []:
        candidate.vi = hanviet(candidate.zh, kind="person", use_glossary=False).result
        words.append(candidate)
    return [replace(c, pinyin=pinyin(c.zh, kind="place").result) for c in words]  # one word, as a given name alone: Yuánhuà


def reads_as_common_surname(conn, syllable: str) -> bool:
    """One of the hundred commonest surnames reads so (dương 杨; not bối 贝, ni 倪)."""
    exact_index, fold_index = _syllable_index()
    chars = exact_index.get(syllable) or fold_index.get(fold(syllable), set())
    sql = f"select 1 from name_chars where surname_rank between 1 and 100 and char in ({','.join('?' * len(chars))}) limit 1"
    return bool(chars) and bool(conn.execute(sql, sorted(chars)).fetchone())


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


def _building_ending(keys: list[str], folds: list[str], with_marks: bool) -> str | None:
    """The character of a building's last word (môn 门), printed with or without diacritics."""
    return BUILDING_ENDINGS.get(keys[-1]) if with_marks else FOLDED_BUILDING_ENDINGS.get(folds[-1])


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
            yield Candidate("".join(reversed(_modifiers(words))), key, "", score + HEAD_FIRST_PENALTY, "composed", "candidate", key != folded)
        elif head_first and i == 0 and all(len(w) > 1 for w in words[1:]):  # a head of one character at most: 劫 + 红颜
            yield Candidate("".join(reversed(words)), key, "", score - HEAD_FIRST_PENALTY, "composed", "candidate", key != folded)


HEAD_FIRST_PENALTY = 1  # the words turned round, just below the words as printed


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


@functools.cache
def _char_freq(path: str) -> dict[str, int]:
    return dict(read_rows(path, "select char, freq from name_chars"))


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


def _words(conn, words: list[str]) -> dict[str, tuple[str, str]]:
    """Part of speech and administrative level of those of words that are in the lexicon."""
    sql = f"select word, pos, place from lexicon where word in ({', '.join('?' * len(words))})"
    return {word: (pos, place) for word, pos, place in conn.execute(sql, words)} if words else {}

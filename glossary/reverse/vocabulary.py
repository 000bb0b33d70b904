"""The Vietnamese words printed around a Chinese name and what Chinese writes for them: generics (sông 江,
tỉnh 省), institutions (Đại học 大学), bodies of a unit (Tỉnh ủy 省委) and titles (Đế 帝, Phật 佛).
"""

import itertools

from ..text import fold


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


# Courts and procuratorates are named with their unit's full name, generic or not: Tòa án nhân dân trung cấp
# Hạ Môn 厦门市中级人民法院.
COURTS = ("tòa án", "viện kiểm sát")
# Last words of buildings and villages named in Chinese order, which seldom end a person's name, and their
# characters: Thái Hòa Môn 太和门, Nhân Thọ Điện 仁寿殿, Cam Tuyền Cung 甘泉宫, Hoa Tây Thôn 华西村 (not kiều: 桥,
# but also 乔 in given names; nor trì 池 or đài 台, which end half as many of the glossary's people as places).
BUILDING_ENDINGS = {"môn": "门", "lâu": "楼", "tháp": "塔", "điện": "殿", "tự": "寺", "các": "阁",
                    "cung": "宫", "miếu": "庙", "đàn": "坛", "thôn": "村"}  # fmt: skip
FOLDED_BUILDING_ENDINGS = {fold(word): char for word, char in BUILDING_ENDINGS.items()}  # printed without diacritics


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


# Titles written after a name, as in Chinese: Gia Tĩnh Đế 嘉靖帝, Thành Cát Tư Hãn 成吉思汗, Khổng Tử 孔子.
VI_TITLES = {
    "đế": "帝", "hoàng đế": "皇帝", "tông": "宗", "tổ": "祖", "hãn": "汗", "hoàng hậu": "皇后", "thái hậu": "太后",
    "tử": "子", "hoàng thái hậu": "皇太后", "thái hoàng thái hậu": "太皇太后", "công chúa": "公主", "thái tử": "太子",
    "hoàng thái tử": "皇太子", "quý phi": "贵妃", "hầu": "侯", "thị": "氏", "chân nhân": "真人", "thiên tôn": "天尊",
    "đại sư": "大师", "thiền sư": "禅师", "pháp sư": "法师",
}  # fmt: skip (not phi 妃, vương 王, công 公: common in given names and surnames)
VI_TITLES_BEFORE = {"phật": "佛", "phật tổ": "佛祖", "bồ tát": "菩萨", "hoàng đế": "帝"}  # printed before, written after: Phật Di Lặc 弥勒佛
LONGEST_TITLE = max(len(title.split()) for title in [*VI_TITLES, *VI_TITLES_BEFORE])  # words


TITLE_KEYS = {*VI_TITLES, *map(fold, VI_TITLES)}


PERSON_WORDS_BEFORE = {"ông", "bà", "ngài", "anh", "chị", "cô", "chú", "bác", "cụ"}  # before a person's name


FESTIVAL_WORDS = ("tết", "lễ")  # a festival's name is printed with them or alone: (Tết) Trung Thu 中秋节


ADMINISTRATIVE = {"省", "市", "县", "区", "旗"}  # generics of units down to a county


# Buddhist monks and nuns take 释 (of Shakyamuni) as their surname: Thích Vĩnh Tín 释永信, the Shaolin abbot.
# It ranks with the commonest surnames, above 戚 (Thích Kế Quang 戚继光, whose entry is curated).
MONASTIC_SURNAME = ("thích", "释")
# Southern pronunciations the press also prints for a Sino-Vietnamese syllable (Lưu Chánh Ngạn 刘正彦,
# Huỳnh for 黄 Hoàng, Võ for 武 Vũ): composition also tries the standard syllable.
SOUTHERN = {"chánh": "chính", "phước": "phúc", "huỳnh": "hoàng", "võ": "vũ", "nhơn": "nhân", "thạnh": "thịnh"}


# Generics printed after a place's name in pinyin, as news taken from English prints them, in English
# or in pinyin, and their pinyin: Siziwang Banner 四子王旗, Yongxing Island 永兴岛, Yongshu Jiao 永暑礁.
PRINTED_GENERICS = {"banner": "qi", "county": "xian", "city": "shi", "district": "qu", "province": "sheng", "town": "zhen",
                    "township": "xiang", "village": "cun", "island": "dao", "reef": "jiao", "lake": "hu", "mountain": "shan", "port": "gang",
                    **{g: g for g in ("dao", "jiao", "shan", "hu", "si", "cun", "zhen", "xiang", "xian", "qu", "qiao", "gang")}}  # fmt: skip


GENERIC_CHARACTERS = {"qi": "旗", "xian": "县", "shi": "市", "qu": "区", "sheng": "省", "zhen": "镇", "xiang": "乡", "cun": "村",
                      "dao": "岛", "jiao": "礁", "hu": "湖", "shan": "山", "si": "寺", "qiao": "桥", "gang": "港"}  # fmt: skip


PEOPLE_HEADS = ("người", "dân tộc")


PROVINCIAL_SUFFIXES = {"公安局": "公安厅"}  # a province's department is a 厅, a city's a 局


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


def _building_ending(keys: list[str], folds: list[str], with_marks: bool) -> str | None:
    """The character of a building's last word (môn 门), printed with or without diacritics."""
    return BUILDING_ENDINGS.get(keys[-1]) if with_marks else FOLDED_BUILDING_ENDINGS.get(folds[-1])

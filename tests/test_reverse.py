"""Reverse lookup, hand-checked: the seed names from their Vietnamese forms."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.errors import InvalidInput
from glossary.reverse import reverse


@pytest.fixture(scope="module")
def conn(database):
    return sqlite3.connect(database)


def zhs(conn, vi, **options):
    return [candidate.zh for candidate in reverse(conn, vi, **options)]


@pytest.mark.parametrize(
    "vi,kind,zh",
    [
        ("Nhậm Hồng Bân", "person", "任鸿斌"),
        ("Trung Quan Thôn", None, "中关村"),
        ("Quảng Tây", None, "广西"),
        ("Tập Cận Bình", "person", "习近平"),
        ("Hà Hồng Bình", "person", "何宏平"),  # the press form leads to the characters through the curated entry
        ("trí tuệ nhân tạo", "term", "人工智能"),  # a translation, not a reading
        ("Hải Dương-981", None, "海洋石油981"),  # the oil rig HYSY 981, stored Hải Dương 981: a hyphen is a space
        ("Na Tra 2", None, "哪吒之魔童闹海"),  # Ne Zha 2, a curated title: before 哪吒 + 2
        ("Chiến lang 2", None, "战狼2"),  # Wolf Warrior 2: a sequel's number in digits
        ("thành phố Tân Hương", None, "新乡市"),  # Xinxiang city: Tân Hương is also the glossary's county 新乡县
        ("Trung Thu", None, "中秋节"),  # the Mid-Autumn Festival printed without Tết: the entry of Tết Trung Thu
        ("Nguyên Đán", "term", "春节"),  # Tết Nguyên Đán, the Lunar New Year (not 元旦, New Year's Day)
    ],
)
def test_curated_first(conn, vi, kind, zh):
    assert zhs(conn, vi, kind=kind)[0] == zh


def test_no_nom_characters_in_compounds(conn):
    """Nhà nước (the state) is a Vietnamese word, not a reading: a compound is not spelled with the Nôm
    characters Unihan gives for nhà and nước (茄, 渃), though they read so."""
    found = "".join(zhs(conn, "Quỹ Lưu học sinh Nhà nước Trung Quốc", use_glossary=False, limit=20))
    assert "茄" not in found and "渃" not in found


def test_sequel_number_after_its_name(conn):
    """Na Tra 2 is the curated Ne Zha 2 (哪吒之魔童闹海) first, then 哪吒2, as Chinese shortens it: the
    name's characters with the number in digits, composed."""
    found = reverse(conn, "Na Tra 2", limit=5)
    assert found[0].zh == "哪吒之魔童闹海" and (found[1].zh, found[1].source) == ("哪吒2", "composed")


def test_institution_suffix_taken_once(conn):
    """Viện bảo tàng Cố Cung is the Palace Museum (故宫博物院): Viện before the curated Bảo tàng Cố Cung
    adds no second 院."""
    found = zhs(conn, "Viện bảo tàng Cố Cung", limit=20)
    assert "故宫博物院" in found[:5] and "故宫博物院院" not in found


@pytest.mark.parametrize(
    "vi,kind,zh,within",
    [
        ("Nhậm Hồng Bân", "person", "任鸿斌", 5),  # composed: surname 任 read Nhậm, 鸿 and 斌 common in names
        ("nham hong ban", "person", "任鸿斌", 10),  # without diacritics: more candidates share the fold
        ("Trung Quan Thôn", None, "中关村", 1),  # in the lexicon
        ("Quảng Tây", None, "广西", 1),
        ("Thâm Quyến", "place", "深圳", 1),
        ("Trường Sa", "place", "长沙", 1),  # 长 read trường, not trưởng
        ("sông Tương", "place", "湘江", 5),  # Vietnamese generic first, Chinese generic added
        ("quận Thiên Hà", "place", "天河区", 5),
        ("Lý Chánh Đạo", "person", "李政道", 5),  # southern Chánh for 政 chính (Tsung-Dao Lee)
        ("Huỳnh Hưng", "person", "黄兴", 1),  # southern Huỳnh for 黄 Hoàng (Huang Xing)
        ("Hà Hồng Quân", "person", "何宏军", 10),  # 宏 hồng, a press reading learned from other entries
        ("Lâm Cao", "place", "临高", 1),  # Lingao county (Hainan), though jieba tags 临高 a verb
        ("Đức Hồng", "place", "德宏", 1),  # press reading 宏 hồng, and 德宏 is a prefecture (Dehong, Yunnan)
        ("Khổng Tử", "person", "孔子", 3),  # a title after the name, as in Chinese (Confucius)
        ("Thanh Văn Tông", "person", "清文宗", 5),  # Wenzong of Qing: before a title only names and eras (not 声纹)
        ("Thái Kỳ", "person", "蔡奇", 5),  # Cai Qi: 蔡 is a ranked surname, 太 is not
        ("Thành Cát Tư Hãn", "person", "成吉思汗", 1),  # Genghis Khan: 成吉思 + 汗
        ("Hán Vũ Đế", "person", "汉武帝", 1),  # Emperor Wu of Han
        ("Mân", "term", "闽", 5),  # one syllable: the one-character name of Fujian
        ("châu Hồng Hà", "place", "红河州", 5),  # the short form with its generic, after the full name
        ("Tứ đại cổ thành", "term", "四大古城", 1),  # the four great ancient towns: words 四大 + 古城
        ("Lãng Trung Cổ Thành", "place", "阆中古城", 1),  # Langzhong ancient town: 阆中 (a county) + 古城
        ("Đồng Nhân", "place", "铜仁", 1),  # Tongren, a prefecture of Guizhou, before 同仁 (a county of Qinghai)
        ("Tứ đại danh lâu", "term", "四大名楼", 1),  # the four great towers: 四大 + 名 + 楼 (a character on its own)
        ("Vân Đài nhị thập bát tướng", "term", "云台二十八将", 1),  # the 28 generals of Yuntai (Eastern Han)
        ("Gia Cát Lượng", "person", "诸葛亮", 1),  # Zhuge Liang: the two-character surname 诸葛 reads Gia Cát
        ("Tư Mã Thiên", "person", "司马迁", 1),  # Sima Qian, surname 司马
        ("Ái Tân Giác La Nỗ Nhĩ Cáp Xích", "person", "爱新觉罗·努尔哈赤", 1),  # Nurhaci: a Manchu clan, ·, a word
        ("Hoàn Nhan A Cốt Đả", "person", "完颜阿骨打", 1),  # Wanyan Aguda, founder of Jin: a Jurchen clan of two
        ("Gia Luật A Bảo Cơ", "person", "耶律阿保机", 1),  # Yelü Abaoji, founder of Liao: the lexicon's 阿保机
        ("Da Luật A Bảo Cơ", "person", "耶律阿保机", 1),  # the older reading of the Khitan clan 耶律
        ("Thủ tướng Lý Cường", "person", "李强", 1),  # Premier Li Qiang: a title before the name
        ("Bộ trưởng Ngoại giao Vương Nghị", "person", "王毅", 1),  # Foreign Minister Wang Yi
        ("ông Lý Cường", "person", "李强", 1),  # ông, Mr, before the name
        ("Chủ tịch Tập Cận Bình", "person", "习近平", 1),  # President Xi Jinping
        ("Gia cát Khổng Minh", "person", "诸葛孔明", 1),  # Zhuge Kongming: a surname in lower case is no title
        ("Đền Đại Chiêu", "place", "大昭寺", 1),  # the Jokhang: a đền the lexicon writes 寺 (not 岳飞寺 for đền Nhạc Phi)
        ("Phú Sát Hoàng hậu", "person", "富察皇后", 1),  # Empress Fuca: after a clan name, a title, not a given name
        ("Độc Cô hoàng hậu", "person", "独孤皇后", 1),  # Empress Dugu (Sui): a surname of two characters, then a title
        ("Hách Xá Lý hoàng hậu", "person", "赫舍里皇后", 1),  # Empress Hešeri (Kangxi's): a Manchu clan, then a title
        ("Shenzhen Port", "place", "深圳港", 1),  # the Port of Shenzhen: 深圳 in pinyin, then the port's 港
        ("Lianyungang Port", "place", "连云港港", 1),  # the Port of Lianyungang: the city's name ends with 港 already
        ("Thích Vĩnh Tín", "person", "释永信", 1),  # Shi Yongxin, abbot of Shaolin: monks take 释 as surname
        ("thich vinh tin", "person", "释永信", 1),
        ("Thích Kế Quang", "person", "戚继光", 5),  # Qi Jiguang (Ming general): 戚 still among the first
        ("Triều Dương", "place", "朝阳", 1),  # Chaoyang: 朝 triều in names, though the word 朝阳 reads triêu dương
        ("Trương Chí Đông", "person", "张志东", 1),  # Zhang Zhidong (Tencent): not 张之洞, read Trương Chi Động
        ("Yiwu", "place", "义乌", 1),  # Yiwu (Zhejiang), printed in pinyin: the county-level city first
        ("Xi'an", "place", "西安", 1),
        ("Quanjude", None, "全聚德", 1),  # the Peking duck restaurant, in pinyin as one word
        ("Sanxingdui", None, "三星堆", 1),  # the Bronze Age site (jieba tags it m), before 三星队 (a team)
        ("NetEase", None, "网易", 1),  # a company's English name, as CC-CEDICT gives it
        ("Hàn Chính", None, "韩正", 1),  # Han Zheng, a person of CC-CEDICT that jieba lacks, before its 汉正 (a place)
        ("Chung Thiểm Thiểm", None, "钟睒睒", 1),  # Zhong Shanshan (Nongfu Spring), 睒 rare in names: CC-CEDICT has him
        ("Di chỉ Sanxingdui", None, "三星堆遗址", 1),  # the site (遗址), its name printed in pinyin
        ("Thư viện tỉnh Cam Túc", None, "甘肃省图书馆", 1),  # Gansu Provincial Library: thư viện is 图书馆, not 书院
        ("Bảo tàng thành phố Nam Kinh", None, "南京市博物馆", 1),  # Nanjing Municipal Museum: the unit alone after the head
        ("Vườn bách thú Bắc Kinh", None, "北京动物园", 1),  # Beijing Zoo
        ("Đại chiến Xích Bích", None, "赤壁大战", 1),  # the Battle of Red Cliffs: a great battle (大战) after its place
        ("Siziwang Banner", "place", "四子王旗", 1),  # a banner of Inner Mongolia, in pinyin with an English generic
        ("huyện Wuzhi", "place", "武陟县", 1),  # Wuzhi County (Henan): a Vietnamese generic before pinyin
        ("Naxi", None, "纳西族", 5),  # the Naxi people, printed in pinyin: the word 纳西, then its people
        ("Bảo tàng Quốc gia Trung Quốc", None, "中国国家博物馆", 1),  # the National Museum of China
        ("Đại học Sư phạm Chu Khẩu", None, "周口师范学院", 5),  # Zhoukou Normal University, a college (学院)
        ("Thường Nga 5", None, "嫦娥五号", 1),  # Chang'e 5: a craft of a series named in the glossary, 五号
        ("Trường Chinh-2F", None, "长征二号F", 1),  # the Long March 2F rocket: the model's letter after 号
        ("Li Yuchao", "person", "李玉超", 1),  # pinyin, as the press prints some names (Li Yuchao, PLA general)
        ("Hiếu Khâm Hiển Hoàng hậu", "person", "孝钦显皇后", 1),  # Cixi's posthumous name: 孝 read as in given names, not 好
        ("Vệ Trưởng công chúa", "person", "卫长公主", 1),  # Princess Weichang (Han): 公主 after her name
        ("Nghênh Nghênh", "person", "迎迎", 1),  # a Beijing 2008 mascot (迎 twice), composed as other names are
        ("Thái Ất Chân Nhân", "person", "太乙真人", 1),  # Taiyi Zhenren (Ne Zha's master): 真人 is a Taoist title
        ("Giám Chân đại sư", "person", "鉴真大师", 1),  # the monk Jianzhen: 大师 after his name
        ("Tân Tức hầu", "term", "新息侯", 1),  # Marquis of Xinxi (Ma Yuan): a title ends the compound, 侯 not 候
        ("Ngân hàng Công Thương Trung Quốc", "organization", "中国工商银行", 1),  # ICBC: Vietnamese order reversed
        ("Học viện Điện ảnh Bắc Kinh", "organization", "北京电影学院", 1),  # Beijing Film Academy
        ("cao nguyên Thanh Tạng", "place", "青藏高原", 1),  # the Qinghai–Tibet Plateau: generic first
        ("sông Tùng Hoa", "place", "松花江", 1),  # the Songhua River: a word of the lexicon, before 松华 (a town) + 江
        ("Châu Trang", "place", "周庄", 1),  # Zhouzhuang (water town): the lexicon reads 周 chu; not 庄 + 州
        ("Thổ Gia", "term", "土家族", 1),  # the Tujia people, before the word 土家
        ("người Tạng", "term", "藏族", 1),  # Tibetans: a one-syllable land (藏)
        ("công viên Bắc Hải", "place", "北海公园", 1),  # Beihai Park, Beijing
        ("Tuyết Sơn Ngọc Long", "place", "玉龙雪山", 1),  # Jade Dragon Snow Mountain: the generic first, in Hán-Việt
        ("Thái Hòa Môn", "place", "太和门", 1),  # Gate of Supreme Harmony: a building's last word is 门, not 们
        ("Thai Hoa Mon", "place", "太和门", 1),  # the same, printed without diacritics
        ("Vệ Thanh", "person", "卫青", 2),  # Wei Qing (Han general): before the word 卫城, read vệ thành
        ("Thái Thanh", "term", "太清", 5),  # Taiqing, a heaven of Taoism: no word of the lexicon, composed
        ("Kim Dung", "person", "金庸", 1),  # Jin Yong, the novelist (jieba: nrfg), not 金融 (finance), read the same
        ("Phật Di Lặc", "person", "弥勒佛", 1),  # Maitreya Buddha: Phật printed first, 佛 written last
        ("Phật giáo", "term", "佛教", 1),  # Buddhism: a word, not Phật before a name of one syllable
        ("Phật Tổ Như Lai", "person", "如来佛祖", 1),  # the Buddha Tathagata: Phật Tổ (佛祖) printed first, written last
        ("Phật Di Lặc", "term", "弥勒佛", 1),  # asked for as a term, Maitreya still takes his title
        ("Pan Gongsheng", "person", "潘功胜", 5),  # governor of the People's Bank of China
    ],
)
def test_without_curated_entries(conn, vi, kind, zh, within):
    found = zhs(conn, vi, kind=kind, use_glossary=False, limit=20)
    assert zh in found[:within], found[:within]


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("trấn Na Pha", "那坡镇"),  # Napo town, seat of Napo county (Guangxi)
        ("huyện Na Pha", "那坡县"),
        ("Huyện tự trị dân tộc Miêu Bình Biên", "屏边苗族自治县"),  # Pingbian Miao Autonomous County, Yunnan
        ("Châu tự trị dân tộc Hà Nhì và Di Hồng Hà", "红河哈尼族彝族自治州"),  # the peoples are skipped
        ("Châu Hồng Hà", "红河哈尼族彝族自治州"),  # the prefecture's full name from the places table
        ("Chính phủ nhân dân tỉnh Vân Nam", "云南省人民政府"),  # a body of a unit, the unit with its generic
        ("Tỉnh ủy Quảng Đông", "广东省委"),
        ("Thành ủy Nam Ninh", "南宁市委"),
        ("Ủy ban Thường vụ Nhân đại thành phố Thiên Tân", "天津市人大常委会"),  # the body's head has six words
        ("Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区人民政府"),
        ("Đại học Thanh Hoa", "清华大学"),  # an institution before any name: Tsinghua University
        ("Ban Ngoại vụ tỉnh Vân Nam", "云南省外事办公室"),  # Yunnan's foreign affairs office: the unit, then the body
        ("Sở Giáo dục tỉnh Quảng Đông", "广东省教育厅"),  # a province's department (sở) is a 厅
        ("lầu Hoàng Hạc", "黄鹤楼"),  # Yellow Crane Tower
        ("sân bay quốc tế Bạch Vân", "白云国际机场"),  # Guangzhou Baiyun International Airport
        ("Tòa án Nhân dân Tối cao", "最高人民法院"),  # the Supreme People's Court
        ("Bộ Công an", "公安部"),  # the Ministry of Public Security
        ("Tết Trung Thu", "中秋节"),  # the Mid-Autumn Festival
        ("Nhà Minh", "明朝"),  # the Ming dynasty: a name of one character
        ("Quảng trường Thiên An Môn", "天安门广场"),  # Tiananmen Square
        ("núi Tuyết Ngọc Long", "玉龙雪山"),  # Jade Dragon Snow Mountain
        ("ga Quảng Châu", "广州站"),  # Guangzhou railway station: a station's generic after a city's name (州)
        ("hồ Mộc Long", "木龙湖"),  # Mulong Lake, Guilin: a name no word reads, composed, then its generic
        ("Tháp Tề Vân", "齐云塔"),  # Qiyun Pagoda, White Horse Temple: words read the name only with other tones (祭文)
        ("TP Tam Sa", "三沙市"),  # Sansha city: TP, the press's abbreviation of thành phố
        ("Tòa án nhân dân trung cấp thành phố Trường Xuân", "长春市中级人民法院"),  # a court: its unit, then its words
        ("người Tây Tạng", "藏族"),  # Tibetans: the people's word from the land's last character (西藏)
        ("người Mãn Châu", "满族"),  # the Manchu, from the first character of 满洲
        ("người Mông Cổ", "蒙古族"),  # the Mongols of China
        ("lăng Tần Thủy Hoàng", "秦始皇陵"),  # the Mausoleum of the First Qin Emperor: lăng before a person
        ("Tòa án nhân dân trung cấp Hạ Môn", "厦门市中级人民法院"),  # Xiamen's intermediate court: the city's full name
        ("Đài Khí tượng tỉnh Quảng Đông", "广东省气象台"),  # Guangdong's weather observatory
        ("Đài Phát thanh và Truyền hình Thượng Hải", "上海广播电视台"),  # Shanghai Media Group's broadcaster
        ("tàu điện ngầm Thượng Hải", "上海地铁"),  # the Shanghai Metro: a city's metro
        ("Hệ thống tàu điện ngầm Quảng Châu", "广州地铁"),  # the Guangzhou Metro
        ("đồng bằng sông Châu Giang", "珠江三角洲"),  # the Pearl River Delta: the river's name, then 三角洲
        ("đồng bằng Hoa Bắc", "华北平原"),  # the North China Plain
        ("Tân Khu Phố Đông", "浦东新区"),  # the Pudong New Area, Shanghai
        ("khu cảng Mai Sơn", "梅山港区"),  # Meishan port area of Ningbo-Zhoushan port
        ("Sở giao dịch chứng khoán Thâm Quyến", "深圳证券交易所"),  # the Shenzhen Stock Exchange
        ("khu tự trị Duy Ngô Nhĩ", "新疆维吾尔自治区"),  # Xinjiang, named by its people (维吾尔) alone
        ("Đại hội Khoa học toàn quốc", "全国科学大会"),  # the National Science Conference of 1978
        ("Giải thưởng phát minh quốc gia", "国家发明奖"),  # the State Invention Award
        ("Quỹ Khoa học tự nhiên quốc gia", "国家自然科学基金"),  # the National Natural Science Foundation
        ("Cục Hàng không dân dụng Trung Quốc", "中国民用航空局"),  # the Civil Aviation Administration (CAAC)
        ("Giải Kim Kê", "金鸡奖"),  # the Golden Rooster Awards
        ("Bộ Thủy lợi Trung Quốc", "水利部"),  # the Ministry of Water Resources: a ministry's name has no 中国
        ("Hãng hàng không Tứ Xuyên", "四川航空"),  # Sichuan Airlines
        ("Tổng đốc Lưỡng Quảng", "两广总督"),  # the Viceroy of Liangguang: the title after the place
        ("Trung tâm Kiểm soát bệnh tật tỉnh Cam Túc", "甘肃省疾病预防控制中心"),  # Gansu's CDC
        ("eo biển Qiongzhou", "琼州海峡"),  # the Qiongzhou Strait, its name in pinyin
        ("huyện Tây Sa", "西沙区"),  # Xisha is a district of Sansha: no county has the name, a district does
        ("trường trung học Ninh Ba", "宁波中学"),  # Ningbo Middle School: trường (school) is part of the head
        ("trường Đại học Hạ Môn", "厦门大学"),  # Xiamen University, written with trường
        ("miếu Nhạc Vương", "岳王庙"),  # the Yue Fei Temple, Hangzhou: miếu is a temple (庙)
        ("Sự biến Tây An", "西安事变"),  # the Xi'an Incident (1936): 事变, a word of the lexicon, before 之变
    ],
)
def test_generic_and_body_first(conn, vi, zh):
    """Official names composed from a unit and its generic or body, without curated entries."""
    assert zhs(conn, vi, use_glossary=False)[0] == zh


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Đại học Ninh Ba", "宁波大学"),  # Ningbo University: the curated city is 宁波市, the university takes its short name
        ("Đại học Sán Đầu", "汕头大学"),  # Shantou University (汕头市)
        ("Chiến dịch Liêu Thẩm", "辽沈战役"),  # the Liaoshen campaign of 1948
        ("Hiệp ước Mã Quan", "马关条约"),  # the Treaty of Shimonoseki, not the county 马关县
        ("Sân bay Quốc tế Bạch Vân", "白云国际机场"),  # Guangzhou's airport: the district 白云区's short name
    ],
)
def test_institutions_events_and_treaties(conn, vi, zh):
    assert zhs(conn, vi)[0] == zh


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Tây Hồ", "西湖"),  # West Lake before the district 西湖区, both Tây Hồ
        ("Quế Lâm", "桂林市"),  # the city, read from its characters, before the Qin commandery 桂林郡 (variant form)
        ("Cát Lâm", "吉林"),  # the province before its city 吉林市
        ("Tử Cấm Thành", "紫禁城"),  # the Forbidden City's reading before 故宫 (the Palace Museum), which shares the form
    ],
)
def test_entries_sharing_a_form(conn, vi, zh):
    assert zhs(conn, vi)[0] == zh


def test_words_joined_by_va_keep_their_order(conn):
    # Huazhong University of Science and Technology, 华中科技大学 in short: khoa học 科学, kỹ thuật 技术, Hoa Trung 华中
    assert zhs(conn, "Đại học Khoa học và Kỹ thuật Hoa Trung", use_glossary=False)[0] == "华中科学技术大学"


def test_no_second_generic_after_a_full_name(conn):
    # Linxia is a prefecture (临夏回族自治州), not a province: tỉnh Lâm Hạ must not add 省 to the full name
    assert not [zh for zh in zhs(conn, "tỉnh Lâm Hạ", limit=20) if zh.endswith("州省")]


def test_candidates_carry_source_status_and_score(conn):
    found = reverse(conn, "Nhậm Hồng Bân", kind="person", limit=5)
    assert (found[0].source, found[0].status, found[0].entry_id) == ("glossary", "attested", "ren-hongbin")
    assert all(c.status == "candidate" for c in found[1:])
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert found[0].pinyin == "Rén Hóngbīn"


def test_diacritics_and_tone_style(conn):
    assert zhs(conn, "Âm Hoà Tuấn")[0] == zhs(conn, "Âm Hòa Tuấn")[0] == zhs(conn, "am hoa tuan")[0] == "阴和俊"
    exact = reverse(conn, "Lý Cường", kind="person")
    assert exact[0].zh == "李强" and exact[0].exact  # same diacritics beat Lý Cương (李纲)


def test_a_word_with_the_query_diacritics_beats_a_curated_entry_with_others(conn):
    # 西洋 reads tây dương (the Western Ocean); the curated water town 西塘 is Tây Đường
    assert zhs(conn, "Tây Dương")[0] == "西洋" and "西塘" in zhs(conn, "Tây Dương")
    assert zhs(conn, "Tay Duong")[0] == "西塘"  # no diacritics: the curated entry first
    assert zhs(conn, "Hàng Chấu")[0] == "杭州"  # a misprint of Hàng Châu that no word reads as


@pytest.mark.parametrize("vi", ["", "  ", "中关村", "x" * 101])
def test_bad_input(conn, vi):
    with pytest.raises(InvalidInput):
        reverse(conn, vi)


def test_cli_reverse(database):
    result = CliRunner().invoke(cli, ["reverse", "Nhậm Hồng Bân", "--kind", "person", "--database", str(database), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["results"][0]["zh"] == "任鸿斌"


def test_cli_reverse_stdin(database):
    result = CliRunner().invoke(cli, ["reverse", "--stdin", "--database", str(database)], input="Quảng Tây\n中关村\n")
    first, second = [json.loads(line) for line in result.output.splitlines()]
    assert first["results"][0]["zh"] == "广西" and "error" in second


def test_cli_lookup(database):
    result = CliRunner().invoke(cli, ["lookup", "ha hong binh", "--database", str(database)])
    assert result.exit_code == 0 and result.output.startswith("Hà Hồng Bình\t何宏平\tHé Hóngpíng\tperson")


def test_cli_needs_a_database(tmp_path):
    result = CliRunner().invoke(cli, ["reverse", "Quảng Tây", "--database", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "run glossary build first" in result.output


async def test_http_reverse(datasette):
    response = await datasette.client.get("/-/reverse?vi=Nhậm Hồng Bân&kind=person&glossary=0")
    body = response.json()
    assert response.status_code == 200 and "任鸿斌" in [c["zh"] for c in body["results"][:5]]
    assert response.headers["access-control-allow-origin"] == "*"
    bad = await datasette.client.get("/-/reverse?vi=")
    assert bad.status_code == 400 and bad.json() == {"ok": False, "error": "empty input: give a Vietnamese form"}


def test_composed_candidates_carry_their_own_pinyin(conn):
    """The pinyin is that of the composed name (东兴市委), not of the curated unit it was built from (东兴)."""
    (best,) = reverse(conn, "Thành ủy Đông Hưng", limit=1)
    assert best.zh == "东兴市委" and best.pinyin.replace(" ", "").lower() == "dōngxīngshìwěi"


def test_compounds_are_written_as_terms(conn):
    """A compound of words (四大名楼, the four great towers) is read and written as a term when no kind is
    asked, not as a person's name (Sì Dàmínglóu, Tứ Đại Danh Lâu)."""
    best = reverse(conn, "Tứ đại danh lâu", use_glossary=False, limit=1)[0]
    assert best.zh == "四大名楼" and best.vi == "tứ đại danh lâu"
    assert best.pinyin.replace(" ", "") == "sìdàmínglóu"
    # an institution's name composed in Chinese order too (ICBC), not Zhōng Guógōngshāngyínháng
    best = reverse(conn, "Ngân hàng Công Thương Trung Quốc", use_glossary=False, limit=1)[0]
    assert (best.zh, best.vi) == ("中国工商银行", "trung quốc công thương ngân hàng")
    assert best.pinyin.replace(" ", "") == "zhōngguógōngshāngyínháng"


def test_a_form_of_another_chinese_name_gives_those_characters_first(conn):
    """Vạn Lý Trường Thành reads 万里长城, another name of the entry 长城 (the Great Wall): those characters
    first, then the entry's own."""
    assert zhs(conn, "Vạn Lý Trường Thành")[:2] == ["万里长城", "长城"]


def test_a_form_printed_with_other_letters_is_another_name(conn):
    """Lưu Đường (刘唐, a Water Margin hero) differs from the astronaut Lưu Dương 刘洋 in a letter (đ), not
    only a tone mark: composed names rank above her; Hàng Chấu, a tone misprint, still finds 杭州."""
    found = [c.zh for c in reverse(conn, "Lưu Đường", kind="person", limit=10)]
    assert found[0] != "刘洋" and "刘唐" in found[:5]
    assert reverse(conn, "Hàng Chấu", limit=1)[0].zh == "杭州"


def test_treaty_named_after_hoa_uoc(conn):
    """hòa ước Mã Quan, the Treaty of Shimonoseki 马关条约 (hòa ước, like hiệp ước, is 条约)."""
    assert reverse(conn, "hòa ước Mã Quan", limit=1)[0].zh == "马关条约"


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Đặc khu kinh tế Thâm Quyến", "深圳经济特区"),  # the Shenzhen Special Economic Zone: 深圳 经济 特区
        ("Quân ủy Trung ương", "中央军委"),  # the Central Military Commission: 中央 军委
        ("Tổ chức Hợp tác Thượng Hải", "上海合作组织"),  # the SCO: 上海 合作 组织
        ("trà Long Tỉnh", "龙井茶"),  # Longjing tea, which jieba tags a person's name
    ],
)
def test_a_term_printed_head_first_is_turned_round(conn, vi, zh):
    """Vietnamese puts the head first: a lexicon word whose words the query prints in reverse order."""
    assert zhs(conn, vi, use_glossary=False)[0] == zh


def test_a_rare_name_is_not_a_term_turned_round(conn):
    """Chính Bạch kỳ, the Plain White Banner 正白旗: not 白祁政, a person's name jieba lists, turned round."""
    assert zhs(conn, "Chính Bạch kỳ", use_glossary=False)[0] == "正白旗"


def test_an_emperor_after_the_title_hoang_de(conn):
    """Hoàng đế Ung Chính, the Yongzheng Emperor 雍正帝: the title printed first is written last."""
    assert zhs(conn, "Hoàng đế Ung Chính", use_glossary=False)[0] == "雍正帝"


def test_an_exchange_after_so_giao_dich(conn):
    """Sở giao dịch Hồng Kông, Hong Kong Exchanges 香港交易所: sở giao dịch (an exchange) is 交易所."""
    assert zhs(conn, "Sở giao dịch Hồng Kông")[0] == "香港交易所"


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Đập Tam Hiệp", "三峡大坝"),  # the Three Gorges Dam: đập (a dam) is 大坝
        ("Công ty TNHH Kỹ thuật Hoa Vi", "华为技术有限公司"),  # Huawei Technologies Co., Ltd.: TNHH is 有限公司
    ],
)
def test_a_dam_and_a_limited_company(conn, vi, zh):
    assert zhs(conn, vi, use_glossary=False)[0] == zh


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Cảng biển Thượng Hải", "上海港"),  # the Port of Shanghai: cảng biển (a seaport) is 港
        ("cửa ải Nhạn Môn", "雁门关"),  # Yanmen Pass: cửa ải (a frontier pass) is 关
    ],
)
def test_a_seaport_and_a_pass(conn, vi, zh):
    assert zhs(conn, vi, use_glossary=False)[0] == zh


def test_a_temple_to_a_person_is_no_monastery(conn):
    """đền Nhạc Phi, Yue Fei's temple: 岳飞祠 or 岳飞庙; a đền is a 寺 only when the lexicon has the name so."""
    found = zhs(conn, "đền Nhạc Phi", kind="place", use_glossary=False)
    assert found[0] in ("岳飞祠", "岳飞庙") and "岳飞寺" not in found


def test_no_title_is_read_off_a_name_read_whole(conn):
    """Quan thế âm Bồ Tát, Guanyin (观世音菩萨): the whole query is a word, so its capitalised tail is not read as a
    name after a title (菩萨 alone)."""
    assert zhs(conn, "Quan thế âm Bồ Tát", kind="person") == ["观世音菩萨"]


def test_a_curated_entry_by_its_english_name(conn):
    """Jackson Yee is the singer 易烊千玺 (his English name in the glossary); GACC, in brackets after the English
    name, is the General Administration of Customs 海关总署."""
    assert zhs(conn, "Jackson Yee", kind="person")[0] == "易烊千玺"
    assert zhs(conn, "GACC")[0] == "海关总署"
    assert "易烊千玺" not in zhs(conn, "Jackson Yee", use_glossary=False)


def test_a_term_printed_head_first(conn):
    """Niên giám thống kê Trung Quốc, the China Statistical Yearbook (中国统计年鉴): Vietnamese puts the
    head (niên giám, 年鉴) first, and Chinese last; 年鉴 ends longer words (统计年鉴) and 中国 begins them
    (中国人), so the words turned round come first. A name in Chinese order, all capitals, is not turned
    round: Hoàng Sơn Mao Phong is 黄山毛峰, a tea. Bát đại gia, the Eight Great Masters 八大家, stays as
    printed: 八 is no word of the lexicon to tell a head by."""
    found = [c.zh for c in reverse(conn, "Niên giám thống kê Trung Quốc", kind="term", limit=5, use_glossary=False)]
    assert found[0] == "中国统计年鉴"
    assert zhs(conn, "bát đại gia", use_glossary=False)[0] == "八大家"
    tea = [c.zh for c in reverse(conn, "Hoàng Sơn Mao Phong", kind="term", limit=5, use_glossary=False)]
    assert "黄山毛峰" in tea and not [zh for zh in tea if zh.startswith("毛峰")]


def test_a_word_the_press_translates(conn):
    """The press writes 广播电视 (radio and television) as phát thanh truyền hình and 铁路 as đường sắt, not as their
    readings (quảng bá điện thị, thiết lộ): learned from the glossary's stations and railways, these words compose
    names the glossary lacks. A name holding one is Vietnamese, its head first, so the words turned round come
    first: China Media Group, 中央 + 广播电视 + 总台; the National Railway Administration, 国家 + 铁路 + 局."""
    assert zhs(conn, "Tổng đài Phát thanh Truyền hình Trung ương", use_glossary=False)[0] == "中央广播电视总台"
    assert zhs(conn, "Cục Đường sắt Quốc gia", use_glossary=False)[0] == "国家铁路局"


def test_a_unit_named_after_an_institution_is_not_a_generic(conn):
    """Bảo tàng Gấu trúc Thành Đô is a panda museum in Chengdu (成都): Thành Đô is the city, not thành (城, a
    walled town) before a place named Đô."""
    found = zhs(conn, "Bảo tàng Gấu trúc Thành Đô", use_glossary=False)
    assert found[0].startswith("成都") and not [zh for zh in found if zh.startswith("都城")]


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Lễ Thất tịch", "七夕节"),  # the Qixi Festival (thất tịch: 七 seventh, 夕 evening)
        ("lễ Phật Đản", "佛诞节"),  # Buddha's Birthday (佛 phật, 诞 đản)
    ],
)
def test_le_before_a_festival(conn, vi, zh):
    assert zhs(conn, vi, use_glossary=False)[0] == zh


def test_le_composes_no_word_the_lexicon_lacks(conn):
    found = zhs(conn, "Lễ bộ", use_glossary=False)  # the Ministry of Rites 礼部, no 部节
    assert found[0] == "礼部" and not any(zh.endswith("节") for zh in found)


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Khương", "姜"),  # the surname of Jiang Wei 姜维 (Khương Duy), before the Qiang people 羌
        ("Lưu", "刘"),  # the surname of Liu Bei 刘备 (Lưu Bị), before 流 (to flow)
    ],
)
def test_a_person_called_by_the_surname_alone(conn, vi, zh):
    assert zhs(conn, vi, kind="person", use_glossary=False)[0] == zh


def test_a_brand_asked_for_as_a_term_finds_the_organization(conn):
    assert zhs(conn, "Tmall", kind="term")[0] == "天猫"  # Alibaba's shopping platform, an organization in the glossary
    assert "天猫" not in zhs(conn, "Tmall", kind="person")  # a person is no brand


def test_a_pinyin_name_printed_as_one_word(conn):
    # Lin Dan 林丹 (lín dān), the badminton player, as some pages print him; Xi (习 xí, 席 xí…), a surname alone
    assert zhs(conn, "Lindan", kind="person", use_glossary=False)[0] == "林丹"
    surnames = zhs(conn, "Xi", kind="person", use_glossary=False)
    assert "习" in surnames[:5] and "齿" not in surnames  # 齿 reads xỉ, and is no surname


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("thanh pho Quang Chau", "广州市"),  # thành phố Quảng Châu, the city of Guangzhou, printed without diacritics
        ("Thanh uy Dong Hung", "东兴市委"),  # Thành ủy Đông Hưng, Dongxing's city Party committee
        ("Chau An Lai", "周恩来"),  # Châu Ân Lai, Zhou Enlai: one word folded to a generic (châu 州) is a name's
    ],
)
def test_a_generic_of_two_words_printed_without_diacritics(conn, vi, zh):
    assert zhs(conn, vi, use_glossary=False)[0] == zh


def test_only_the_best_words_are_turned_round(conn):
    """Kì Môn Hồng trà, Keemun black tea (祁门红茶: 祁 kì, 门 môn, 红 hồng, 茶 trà), holds a word in lower case, so
    its best words come turned round too (红茶奇门), but not every other way to write it (no 红茶祁门)."""
    found = zhs(conn, "Kì Môn Hồng trà", kind="term", use_glossary=False, limit=20)
    assert "祁门红茶" in found[:3] and "红茶奇门" in found and "红茶祁门" not in found


def test_a_curated_entry_printed_so_comes_before_names_made_from_a_curated_part(conn):
    """Trấn Nam Quan is the pass 镇南关 (now 友谊关), an entry printed so; 南关镇, a town made of the entry Nam Quan
    and the generic trấn, comes after it."""
    found = [c.zh for c in reverse(conn, "Trấn Nam Quan", kind="place")]
    assert found[0] == "镇南关" and "南关镇" in found

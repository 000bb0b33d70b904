import unicodedata

import pytest

from glossary.text import fold, iy_style, normalize_vi, script, to_simplified, to_traditional, tone_style


@pytest.mark.parametrize(
    "old,new",
    [
        ("hoà", "hòa"),
        ("Uỷ ban", "Ủy ban"),
        ("thuý", "thúy"),
        ("hoá học", "hóa học"),
        ("khoẻ", "khỏe"),
        ("Âm Hoà Tuấn", "Âm Hòa Tuấn"),
        ("THUỶ", "THỦY"),
        # unchanged in both styles: a final consonant, or the u of qu
        ("Hoàng", "Hoàng"),
        ("quý", "quý"),
        ("tuyến", "tuyến"),
    ],
)
def test_tone_styles_both_ways(old, new):
    assert tone_style(old, "new") == new
    assert tone_style(new, "old") == old


def test_tone_style_takes_nfd():
    assert tone_style(unicodedata.normalize("NFD", "Uỷ ban hoà"), "new") == "Ủy ban hòa"


def test_tone_style_rejects_unknown_style():
    with pytest.raises(ValueError, match="tone style"):
        tone_style("hoà", "modern")


@pytest.mark.parametrize(
    "i_form,y_form",
    [("Lí Cường", "Lý Cường"), ("Kỉ niệm", "Kỷ niệm"), ("Mĩ", "Mỹ"), ("hi vọng", "hy vọng"), ("tỉ lệ", "tỷ lệ")],
)
def test_iy_spellings(i_form, y_form):
    assert iy_style(i_form) == y_form  # press convention y by default
    assert iy_style(y_form, "i") == i_form


@pytest.mark.parametrize("word", ["thi", "Nghị", "chí", "quý", "Duy"])
def test_iy_leaves_other_syllables(word):
    assert iy_style(word) == word and iy_style(word, "i") == word


def test_fold_meets_all_spellings():
    forms = ["Âm Hoà Tuấn", "Âm Hòa Tuấn", "am hoa tuan", "ÂM HÒA TUẤN", unicodedata.normalize("NFD", "Âm Hoà Tuấn")]
    assert {fold(f) for f in forms} == {"am hoa tuan"}


def test_fold_d_and_iy_and_space():
    assert fold("Đặng  Tiểu Bình") == "dang tieu binh"
    assert fold("Lí") == fold("Lý") == "ly"
    assert fold("\u00d0ại \u00f0ộ") == "dai do"  # the eth some pages print for Đ, đ


def test_fold_is_idempotent():
    for text in ["Ủy ban Nhân dân", "Đ", "Trung Quan Thôn", "hoà"]:
        assert fold(fold(text)) == fold(text)


def test_normalize_vi_defaults():
    assert normalize_vi(" Uỷ  ban  Lí ") == "Ủy ban Lý"
    assert normalize_vi("Con Đuờng Tơ Lụa, nuớc") == "Con Đường Tơ Lụa, nước"  # a u printed without its horn
    assert normalize_vi("thuở, huơ tay, quơ") == "thuở, huơ tay, quơ"  # words so spelt, with no final consonant
    assert normalize_vi("Ủy ban", tone="old") == "Uỷ ban"


@pytest.mark.parametrize(
    "text,expected",
    [("中关村", "han"), ("Trung Quan Thôn", "latin"), ("中关村 Trung", "mixed"), ("123 !", "none"), ("𠮷", "han")],
)
def test_script(text, expected):
    assert script(text) == expected


def test_opencc_both_ways():
    assert to_traditional("中关村") == "中關村"
    assert to_simplified("中關村") == "中关村"
    assert to_traditional("李彦宏") == "李彥宏"  # a known OpenCC pitfall (彥巨集) must not happen

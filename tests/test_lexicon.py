"""The lexicon's inputs: jionlp's place list and ngender's given-name counts, read from small files
written here in their formats."""

import zipfile

import pytest

from glossary.lexicon import package_file, pinyin_word, read_given_names, read_places

PLACES = "\n".join([
    "广西壮族自治区\t450000\t广西",
    "\t防城港市\t450600\t防城港",
    "\t\t东兴市\t450681\t东兴",
    "\t\t\t东兴镇",
    "\t\t\t\t竹山村",
    "\t\t\t江平镇",
    "\t\t\t汪甸瑶族乡",
    "\t\t\t那坡街道",
])  # fmt: skip


def test_read_places(tmp_path):
    path = tmp_path / "china_location.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("china_location.txt", PLACES)
    places = read_places(path)
    assert ("广西", "广西壮族自治区", "province") in places.units
    assert ("东兴", "东兴市", "county") in places.units
    assert ("东兴", "东兴镇", "township") in places.units  # a township's name without its generic
    assert ("汪甸", "汪甸瑶族乡", "township") in places.units  # the people's name goes with the generic
    assert ("那坡", "那坡街道", "township") in places.units
    assert places.words["东兴"] == (2, "county")  # two units bear it, the higher a county
    assert "竹山村" not in places.words and "竹山" not in places.words  # villages are left out


def test_read_given_names(tmp_path):
    path = tmp_path / "charfreq.csv"
    path.write_text("char,male,female\n明,378860,63221\n娟,1200,98000\n", encoding="utf-8")
    assert read_given_names(path) == {"明": 442081, "娟": 99200}


def test_missing_package_says_how_to_install():
    with pytest.raises(FileNotFoundError, match="'no_such_package' is not installed: run ./scripts/install"):
        package_file("no_such_package", "data.txt")


def test_pinyin_word():
    """One lower-case word without tones, ü as u, as the press prints pinyin: 义乌 Yìwū, 吕梁 Lǚliáng, 西安 Xī'ān."""
    assert [pinyin_word(w) for w in ("义乌", "吕梁", "西安")] == ["yiwu", "luliang", "xian"]

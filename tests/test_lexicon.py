"""The lexicon's inputs: jionlp's place list, CC-CEDICT and ngender's given-name counts, read from
small files written here in their formats."""

import gzip
import zipfile

import pytest

from glossary.lexicon import CEDICT_FREQ, affix_counts, as_proper, cedict_words, english_names, package_file, pinyin_word, read_cedict, read_given_names, read_places, traditional_spellings

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


CEDICT = "\n".join([
    "# CC-CEDICT",
    "王毅 王毅 [Wang2 Yi4] /Wang Yi (1953-), PRC foreign minister (2013-)/",
    "大新 大新 [Da4 xin1] /Daxin county in Chongzuo 崇左[Chong2 zuo3], Guangxi/",
    "白鶴灘 白鹤滩 [Bai2 he4 tan1] /Baihetan, the name of a hydroelectric dam/",
    "偶然事件 偶然事件 [ou3 ran2 shi4 jian4] /random accident/chance event/",
    "長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/",
    "上海合作組織 上海合作组织 [Shang4 hai3 He2 zuo4 Zu3 zhi1] /Shanghai Cooperation Organisation (SCO)/",
    "卡拉OK 卡拉OK [ka3 la1 O K] /karaoke/",
    "猫 猫 [mao1] /cat/",
    "巴力 巴力 [Ba1 li4] /Baal, god worshipped in many ancient Middle Eastern communities/",
])  # fmt: skip


def test_read_cedict(tmp_path):
    """Words jieba lacks, of two characters or more and Han only. A Chinese proper noun (capitalised pinyin
    that is also its English name) is a person with dates, a place with its kind, else another proper noun;
    a name given only in English (Baal, SCO) is an ordinary word, but keeps its English names."""
    path = tmp_path / "cedict.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(CEDICT + "\n")
    entries = read_cedict(path)
    words = {word: pos for word, freq, pos in cedict_words(entries, known={"长江"})}
    assert words == {"王毅": "nr", "大新": "ns", "白鹤滩": "nz", "偶然事件": "n", "上海合作组织": "n", "巴力": "n"}  # named in English: Baal, SCO
    assert {freq for _, freq, _ in cedict_words(entries, set())} == {CEDICT_FREQ}
    names = {(row["key"], row["word"]) for row in english_names(entries)}
    assert names == {("wang yi", "王毅"), ("baihetan", "白鹤滩"), ("yangtze river", "长江"),
                     ("shanghai cooperation organisation", "上海合作组织"), ("sco", "上海合作组织"), ("baal", "巴力")}  # fmt: skip


def test_jieba_words_cedict_writes_as_proper_nouns():
    """匈奴 (the Xiongnu), which jieba tags n, is a proper noun (nz) for CC-CEDICT, which writes it Xiong1 nu2,
    and 八里 (m) a place (ns), Bali township of Taiwan. 东方 stays as jieba tags it (CC-CEDICT has dong1 fang1,
    the east, beside the surname Dong1 fang1), and so does a name jieba already tags as one (长江, ns)."""
    entries = [("匈奴", "Xiong1 nu2", "Xiongnu"), ("东方", "dong1 fang1", "east"), ("东方", "Dong1 fang1", "surname"),
               ("长江", "Chang2 Jiang1", "Yangtze River"), ("八里", "Ba1 li3", "Bali township in New Taipei City")]  # fmt: skip
    words = [("匈奴", 1536, "n"), ("东方", 20000, "n"), ("长江", 18930, "ns"), ("猫", 100, "n"), ("八里", 63, "m")]
    assert as_proper(words, entries) == [("匈奴", 1536, "nz"), ("东方", 20000, "n"), ("长江", 18930, "ns"), ("猫", 100, "n"),
                                         ("八里", 63, "ns")]  # a place by its gloss  # fmt: skip


def test_missing_package_says_how_to_install():
    with pytest.raises(FileNotFoundError, match="'no_such_package' is not installed: run ./scripts/install"):
        package_file("no_such_package", "data.txt")


def test_pinyin_word():
    """One lower-case word without tones, ü as u, as the press prints pinyin: 义乌 Yìwū, 吕梁 Lǚliáng, 西安 Xī'ān."""
    assert [pinyin_word(w) for w in ("义乌", "吕梁", "西安")] == ["yiwu", "luliang", "xian"]


def test_traditional_spellings_of_other_words():
    # 年鑒 is the traditional spelling of 年鉴 (yearbook), 乾燥 of 干燥 (dry); 乾 alone is also qián (乾隆), and
    # 乾隆 has no other spelling
    assert traditional_spellings({"年鉴", "年鑒", "干燥", "乾燥", "乾", "干", "乾隆"}) == {"年鑒", "乾燥"}


def test_affix_counts_tell_a_head_from_a_modifier():
    """A head (年鉴, yearbook) ends longer words and a modifier (中国) begins them; a piece that is no word
    itself (统计年, 计年鉴) is not counted."""
    starts, ends = affix_counts({"统计", "年鉴", "统计年鉴", "中国", "中国人", "中国统计年鉴"})
    assert (starts["年鉴"], ends["年鉴"]) == (0, 2)
    assert (starts["中国"], ends["中国"]) == (2, 0)
    assert starts["统计"] == 1 and ends["统计"] == 0
    assert "统计年" not in starts and "计年鉴" not in ends

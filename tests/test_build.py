"""glossary build: the database's shape, and atomicity (a failing build never touches the old file)."""

import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from glossary import build as build_module
from glossary.build import abbreviations, build, pinyin_key
from glossary.cli import cli
from glossary.readings import DATA_DIR


def test_tables_indexes_and_fts(database):
    conn = sqlite3.connect(database)
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    assert {"entries", "names", "chars", "sources", "entry_sources", "entries_fts"} <= tables
    indexes = {row[0] for row in conn.execute("select name from sqlite_master where type = 'index'")}
    assert {"idx_names_vi_fold", "idx_names_vi_key", "idx_entries_pinyin_key", "idx_entries_zh"} <= indexes
    foreign = conn.execute("pragma foreign_key_list(entry_sources)").fetchall()
    assert {row[2] for row in foreign} == {"entries", "sources"}
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    row = conn.execute("select hanviet, pinyin from chars where char = '长'").fetchone()
    assert "trường" in row[0] and "trưởng" in row[0] and "zhǎng" in row[1] and "cháng" in row[1]
    (found,) = conn.execute(
        "select entries.zh from entries_fts join entries on entries.rowid = entries_fts.rowid "
        "where entries_fts match 'quan thon'"
    ).fetchone()
    assert "中关村" in found


def test_pinyin_key():
    assert pinyin_key("Hé Hóngpíng") == pinyin_key("he hongping") == pinyin_key("HeHongping") == "hehongping"
    assert pinyin_key("Xī'ān") == "xian"


def test_standard_abbreviations_are_other_forms(database):
    """中共 abbreviates 中国共产党 (中共中央政治局常务委员会, the Politburo Standing Committee), the central
    organs are also named 中央… (中央纪律检查委员会, the CCDI), and a
    dynasty is written with its one character (唐 for 唐朝, not 王 for 王朝, a dynasty): other Chinese forms
    of the entry."""
    assert abbreviations("中国共产党中央政治局常务委员会", "Politburo Standing Committee") == ["中共中央政治局常务委员会", "中央政治局常务委员会"]
    assert "中央纪律检查委员会" in abbreviations("中国共产党中央纪律检查委员会", "CCDI")  # the CCDI, as it is named
    assert abbreviations("唐朝", "Tang dynasty") == ["唐", "唐代"] and abbreviations("王朝", "dynasty (generic)") == []
    assert abbreviations("中国共产党", "Chinese Communist Party") == [] and abbreviations("明朝", "Ming") == []
    assert abbreviations("齐国", "State of Qi") == ["齐"] and abbreviations("韩国", "South Korea") == []  # an ancient state
    # a company as texts name it, without its legal form; a legal form alone stays
    assert abbreviations("中国东方航空股份有限公司", "China Eastern Airlines") == ["中国东方航空"]
    assert abbreviations("东风汽车集团有限公司", "Dongfeng Motor") == ["东风汽车集团"] and abbreviations("有限公司", "") == []
    assert abbreviations("宇树科技", "Unitree Robotics") == ["宇树"] and abbreviations("阿里巴巴集团", "Alibaba Group") == ["阿里巴巴"]
    assert abbreviations("宇树科技", "Unitree", "term") == [] and abbreviations("科技", "technology") == []  # a brand's, not a term's
    assert abbreviations("二十国集团", "G20") == []  # a group of states
    # 中共中央 organs as 中央…; a state body without the state's name, not a title (元帅 is any marshal)
    assert abbreviations("中共中央政法委员会", "Central Political and Legal Affairs Commission") == ["中央政法委员会"]
    assert abbreviations("中华人民共和国中央军事委员会", "Central Military Commission") == ["中央军事委员会"]
    assert abbreviations("中华人民共和国元帅", "Marshal of the PRC", "term") == []
    conn = sqlite3.connect(database)
    others = {row[0] for row in conn.execute("select zh from other_zh where entry_id = 'tang-dynasty'")}
    assert "唐" in others


def copy_data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_failing_build_leaves_previous_database(tmp_path):
    data_dir = copy_data(tmp_path)
    output = tmp_path / "glossary.db"
    build(output, data_dir, lexicon_fraction=0.01)
    before = output.read_bytes()
    with open(data_dir / "people.csv", "a", encoding="utf-8") as f:
        f.write("bad row,,,\n")
    result = CliRunner().invoke(cli, ["build", "--output", str(output), "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert "people.csv:" in result.output and "unchanged" in result.output
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".glossary-")] == []


def test_interrupted_build_leaves_previous_database(tmp_path, monkeypatch):
    data_dir = copy_data(tmp_path)
    output = tmp_path / "glossary.db"
    build(output, data_dir, lexicon_fraction=0.01)
    before = output.read_bytes()

    def crash(db, glossary, lexicon_fraction):
        db["entries"].insert({"id": "half"})  # something is written, then the build dies
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "_write", crash)
    with pytest.raises(KeyboardInterrupt):
        build(output, data_dir)
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".glossary-")] == []


def test_build_command_reports_counts(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--output", str(tmp_path / "g.db"), "--lexicon-fraction", "0.01"])
    assert result.exit_code == 0 and "entries" in result.output
    lexicon_rows = int(result.output.split(" lexicon")[0].rsplit(" ", 1)[1])
    assert 1000 < lexicon_rows < 5000  # 1% of jieba's ~340,000 words, less the single characters
    assert (tmp_path / "metadata.json").exists()


def test_press_readings_need_two_entries_and_one_departing_syllable():
    """宏 reads hoằng; the press prints Hồng in Hà Hồng Bình (何宏平) and Lý Ngạn Hồng (李彦宏), so
    宏 hồng is learned. One entry is not enough (哥 kha in 蒙哥 only), and a form that departs in
    two syllables (a translation) teaches nothing."""
    from glossary.data import Entry, Form, Glossary

    def entry(zh, vi):
        return Entry(zh, "person", zh, "", "", "", "", "CN", "", [Form(vi, "variant")], "attested", ["s"])

    glossary = Glossary([
        entry("何宏平", "Hà Hồng Bình"), entry("李彦宏", "Lý Ngạn Hồng"), entry("蒙哥", "Mông Kha"),
        entry("人工智能", "trí tuệ nhân tạo"), entry("王宏", "Vương Hồng Mao"),
    ])  # fmt: skip
    assert list(build_module.press_reading_rows(glossary)) == [{"char": "宏", "reading": "hồng", "entries": "何宏平 李彦宏"}]


def test_a_form_writes_the_other_chinese_form_it_reads_as():
    """A form that reads as one of the entry's other Chinese forms writes those characters: Ngọc Hoàng Thượng
    Đế is 玉皇上帝 (the Jade Emperor's entry is 玉帝); Ngọc Đế reads as 玉帝 itself, and a translation (Ngọc
    Hoàng, not a reading of either) writes the entry's characters."""
    from glossary.data import Entry, Form

    jade = Entry("yu-di", "person", "玉帝", "", "", "", "Jade Emperor", "CN", "",
                 [Form("Ngọc Đế", "hanviet"), Form("Ngọc Hoàng Thượng Đế", "variant"), Form("Ngọc Hoàng", "translation")],
                 "attested", ["s"], zh_other=["玉皇上帝"])  # fmt: skip
    assert [build_module.form_characters(jade, form) for form in jade.forms] == ["玉帝", "玉皇上帝", "玉帝"]


def test_a_form_writes_the_part_of_the_characters_it_reads_as():
    """Thổ lâu, a form of the Fujian earth buildings 福建土楼, writes 土楼 (土 thổ, 楼 lâu); a people's form
    writes the people (Ngật Lão, of 仡佬族), and so does a body's (Hoàn Cầu names the paper 环球时报)."""
    from glossary.data import Entry, Form

    tulou = Entry("tulou", "place", "福建土楼", "", "", "", "Fujian Tulou", "CN", "", [Form("Thổ lâu", "hanviet")], "attested", ["s"])
    gelao = Entry("gelao", "term", "仡佬族", "", "", "", "Gelao", "CN", "", [Form("Ngật Lão", "hanviet")], "attested", ["s"])
    paper = Entry("gt", "organization", "环球时报", "", "", "", "Global Times", "CN", "", [Form("Hoàn Cầu", "hanviet")], "attested", ["s"])
    assert [build_module.form_characters(e, e.forms[0]) for e in (tulou, gelao, paper)] == ["土楼", "仡佬族", "环球时报"]


def test_names_table_holds_each_forms_characters(database):
    """Đoan Kính Hoàng hậu, a title of the consort 董鄂妃, writes 端敬皇后 (printed so on the entry's page)."""
    conn = sqlite3.connect(database)
    row = conn.execute("select zh from names where entry_id = 'dong-efei' and vi = 'Đoan Kính Hoàng hậu'").fetchone()
    assert row == ("端敬皇后",)


def test_word_translations_need_two_entries():
    """Đài Truyền hình Bắc Kinh (北京电视台) and Đài Truyền hình Hồ Nam (湖南电视台) read 台 đài and the place; what
    is left, truyền hình, translates 电视. Nhà nước translates 国家 once Trung Quốc, which the characters leave
    out, is set aside (Cục Hải dương Nhà nước Trung Quốc 国家海洋局). One entry teaches nothing (đường sắt 铁路),
    nor does a person's name."""
    from glossary.data import Entry, Form, Glossary

    def entry(zh, vi, kind="organization"):
        return Entry(zh, kind, zh, "", "", "", "", "CN", "", [Form(vi, "translation")], "attested", ["s"])

    glossary = Glossary([
        entry("北京电视台", "Đài Truyền hình Bắc Kinh"), entry("湖南电视台", "Đài Truyền hình Hồ Nam"),
        entry("国家海洋局", "Cục Hải dương Nhà nước Trung Quốc"), entry("国家外汇管理局", "Cục Quản lý Ngoại hối Nhà nước"),
        entry("上海铁路局", "Cục Đường sắt Thượng Hải"), entry("王电视", "Vương Truyền Hình", "person"),
    ])  # fmt: skip
    assert list(build_module.word_translation_rows(glossary)) == [
        {"vi_key": "nhà nước", "vi_fold": "nha nuoc", "zh": "国家", "entries": "国家海洋局 国家外汇管理局"},
        {"vi_key": "truyền hình", "vi_fold": "truyen hinh", "zh": "电视", "entries": "北京电视台 湖南电视台"},
    ]


def test_lexicon_leaves_out_traditional_spellings_of_listed_words(database):
    # jieba lists both 干燥 (dry) and its traditional spelling 乾燥, 中药 (Chinese medicine) and 中葯; the built
    # lexicon keeps the simplified ones only, and 乾隆 (the Qianlong era), which has no other spelling
    rows = sqlite3.connect(database).execute("select word from lexicon where word in ('干燥', '乾燥', '中药', '中葯', '乾隆')")
    assert {word for (word,) in rows} == {"干燥", "中药", "乾隆"}

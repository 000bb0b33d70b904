"""glossary check: the real data passes; each kind of bad row fails with a file:line message."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import data
from glossary.cli import cli
from glossary.readings import DATA_DIR

HEADER = ",".join(data.ENTRY_COLUMNS)
SOURCES = "id,title,url,publisher,date_read,licence,backs\nseed-000,Seed article,,MOST,2026-11-27,,\n"


def entry(**values) -> str:
    row = {c: "" for c in data.ENTRY_COLUMNS}
    row.update(id="he-hongping", zh="何宏平", vi="Hà Hồng Bình", rendering="variant", status="attested", sources="seed-000")
    row.update(values)
    return ",".join(row[c] for c in data.ENTRY_COLUMNS)


def make(tmp_path: Path, people: list[str], sources: str = SOURCES, header: str = HEADER) -> Path:
    (tmp_path / "sources.csv").write_text(sources, encoding="utf-8")
    (tmp_path / "people.csv").write_text("\n".join([header, *people]) + "\n", encoding="utf-8")
    return tmp_path


def check(path: Path):
    return CliRunner().invoke(cli, ["check", "--data-dir", str(path)])


def test_real_data_passes_and_prints_counts():
    result = check(DATA_DIR)
    assert result.exit_code == 0, result.output
    assert "entries" in result.output and "verified" in result.output


def test_seed_names_present_in_printed_forms():
    forms = {(e.zh, f.vi) for e in data.load().entries for f in e.forms}
    for pair in [("习近平", "Tập Cận Bình"), ("何宏平", "Hà Hồng Bình"), ("何宏平", "Hà Hoằng Bình"),
                 ("阴和俊", "Âm Hoà Tuấn"), ("黄润秋", "Hoàng Nhuận Thu"), ("中关村", "Trung Quan Thôn")]:  # fmt: skip
        assert pair in forms, pair


def test_digits_that_belong_to_a_name_pass(tmp_path):
    row = entry(id="made-in-china-2025", zh="中国制造2025", vi="Made in China 2025", rendering="exonym")
    assert check(make(tmp_path, [row])).exit_code == 0


def test_a_designation_passes(tmp_path):
    # the J-10C fighter as Chinese writes it, 歼 and the number with its letter (in people.csv for the test)
    row = entry(id="j-10c", zh="歼-10C", vi="tiêm kích J-10C", rendering="translation")
    assert check(make(tmp_path, [row])).exit_code == 0


def test_a_designation_with_its_letters_first_passes(tmp_path):
    # the C919 airliner, whose Chinese name is C919大型客机; a brand's letters alone (TCL集团) are no designation
    row = entry(id="c919", zh="C919大型客机", vi="máy bay C919", rendering="translation")
    assert check(make(tmp_path, [row])).exit_code == 0
    result = check(make(tmp_path, [entry(id="tcl", zh="TCL集团", vi="TCL", rendering="exonym")]))
    assert result.exit_code != 0 and "non-Han character(s) 'TCL'" in result.output


def test_good_row_passes(tmp_path):
    variants = "variants=hanviet:Hà Hoằng Bình"
    result = check(make(tmp_path, [entry(variants=variants.split("=")[1])]))
    assert result.exit_code == 0, result.output
    assert "1 entries, 1 sources" in result.output


BAD_ROWS = [
    (entry(status="sure"), "people.csv:2: status 'sure' is not one of verified, attested, candidate"),
    (entry(rendering="reading"), "people.csv:2: rendering 'reading' of 'Hà Hồng Bình' is not one of"),
    (entry(vi=""), "people.csv:2: missing vi"),
    (entry(zh="何宏平X"), "people.csv:2: zh '何宏平X' has non-Han character(s) 'X'"),
    (entry(vi="Hà Ho\u0300ng Bình"), "people.csv:2: vi is not NFC"),
    (entry(id="He Hongping"), "people.csv:2: id 'He Hongping': use lower-case ascii words"),
    (entry(sources=""), "people.csv:2: a attested entry needs at least one source id"),
    (entry(variants="Hà Hoằng Bình"), "people.csv:2: variant 'Hà Hoằng Bình' is not rendering:Form"),
    (entry(wikidata="12"), "people.csv:2: wikidata '12' is not a Q-id"),
    (entry() + ",extra", "people.csv:2: 17 fields, header has 16 (check quoting)"),
    (entry(zh_other="何 宏平"), "people.csv:2: zh_other '何 宏平' has non-Han character(s) ' '; separate forms with ';'"),
    (entry(variants="variant:hanviet:Hà Hoằng Bình"), "people.csv:2: form 'hanviet:Hà Hoằng Bình' starts with a rendering"),
    (entry(zh_other="何宏平"), "people.csv:2: zh_other '何宏平' repeats a Chinese form of this entry"),
]


@pytest.mark.parametrize("row,message", BAD_ROWS)
def test_bad_row(tmp_path, row, message):
    result = check(make(tmp_path, [row]))
    assert result.exit_code == 1
    assert message in result.output


CROSS_ROW = [
    ([entry(), entry(vi="Hà Hoằng Bình", rendering="hanviet")], "people.csv:3: duplicate id 'he-hongping' (first at"),
    ([entry(), entry(id="he-2")], "people.csv:3: duplicate person 何宏平 = Hà Hồng Bình"),
    ([entry(sources="nowhere")], "people.csv:2: unknown source id 'nowhere'"),
    ([entry(), entry(id="he-2", zh="何洪平", zh_other="何宏平")], "people.csv:3: zh_other 何宏平 is also the zh of "),
    ([entry(rendering="hanviet")], "people.csv:2: 'Hà Hồng Bình' is marked hanviet but is not a reading of 何宏平"),
    ([entry(pinyin="He Hongping")], "people.csv:2: pinyin 'He Hongping' differs from the engine's 'Hé Hóngpíng'"),
]


@pytest.mark.parametrize("rows,message", CROSS_ROW)
def test_cross_row_problem(tmp_path, rows, message):
    result = check(make(tmp_path, rows))
    assert result.exit_code == 1
    assert message in result.output


def test_pinyin_override_with_reason_passes(tmp_path):
    result = check(make(tmp_path, [entry(pinyin="He Hongping", pinyin_reason="as printed in English")]))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "header,message",
    [
        (HEADER + ",colour", "people.csv:1: unknown column(s) colour"),
        (HEADER.replace(",status", ""), "people.csv:1: missing column(s) status"),
    ],
)
def test_bad_header(tmp_path, header, message):
    rows = [entry()] if "status" in header else []
    result = check(make(tmp_path, rows, header=header))
    assert result.exit_code == 1 and message in result.output


def test_bom_and_bad_utf8(tmp_path):
    make(tmp_path, [entry()])
    people = tmp_path / "people.csv"
    people.write_bytes(b"\xef\xbb\xbf" + people.read_bytes())
    assert "people.csv:1: file starts with a byte-order mark" in check(tmp_path).output
    people.write_bytes(people.read_bytes()[3:] + b"x,\xff\n")
    assert "people.csv:3: invalid UTF-8" in check(tmp_path).output


def test_quoting_error_reports_the_row(tmp_path):
    result = check(make(tmp_path, [entry(), entry(id="x", notes='"unclosed') ]))
    assert result.exit_code == 1 and "people.csv:3:" in result.output


def test_duplicate_source_id(tmp_path):
    result = check(make(tmp_path, [entry()], sources=SOURCES + "seed-000,Again,,,,,\n"))
    assert "sources.csv:3: duplicate source id 'seed-000'" in result.output


def test_copy_of_real_data_with_one_bad_row(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    with open(target / "places.csv", "a", encoding="utf-8") as f:
        f.write(entry(id="bad-place", zh="北京", vi="Bắc Kinh", status="unknown") + "\n")
    lines = (target / "places.csv").read_text(encoding="utf-8").count("\n")
    result = check(target)
    assert result.exit_code == 1
    assert f"places.csv:{lines}: status 'unknown'" in result.output


@pytest.mark.parametrize(
    "row,message",
    [
        ("x,王,,,seed-000,", "surname_ranks.csv:2: rank 'x' is not a positive whole number"),
        ("²,王,,,seed-000,", "surname_ranks.csv:2: rank '²' is not a positive whole number"),
        ("1,Wang,,,seed-000,", "surname_ranks.csv:2: zh 'Wang' is not a surname of one or two Chinese characters"),
        ("1,王,,,nowhere,", "surname_ranks.csv:2: unknown source id 'nowhere'"),
    ],
)
def test_bad_surname_rank(tmp_path, row, message):
    path = make(tmp_path, [entry()])
    (path / "surname_ranks.csv").write_text("rank,zh,population,share,source,notes\n" + row + "\n", encoding="utf-8")
    result = check(path)
    assert result.exit_code == 1 and message in result.output, result.output

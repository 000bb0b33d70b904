"""The batch importer (scripts/import_batch.py): other Chinese forms recorded in a row's notes; rows of held-out pages."""

import importlib.util
import shutil
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import_batch.py"
spec = importlib.util.spec_from_file_location("import_batch", SCRIPT)
import_batch = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_batch)


def test_other_forms_from_notes():
    """Every form after short/long/other zh (赵匡义 and 赵炅 are Zhao Guangyi's other names), in simplified
    characters only (a page's traditional 南寧鐵路局 is not a simplified form), each once."""
    notes = "page prints 趙光義; other zh: 赵匡义, 赵炅; short zh: 南寧鐵路局 (page); long zh: 赵匡义"
    assert import_batch.other_forms(notes) == ["赵匡义", "赵炅"]
    assert import_batch.other_forms("no forms here; 中国 in passing") == []
    assert import_batch.other_forms("page prints Kim Thái Tông (金太宗); zh other: 金太宗") == ["金太宗"]
    assert import_batch.other_forms("other zh: 爱新觉罗·溥杰") == ["爱新觉罗·溥杰"]  # not 爱新觉罗, another entry


def test_a_wiki_page_is_known_by_its_title():
    """The same article through a mirror, a proxy or the mobile site is one page; two articles a proxy or an
    index.php carries in their queries are two (PetroChina and Tianqi Lithium were once both "wiki:")."""
    key = import_batch.url_key
    assert key("https://en.m.wikipedia.org/wiki/PetroChina") == key("http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FPetroChina")
    assert key("https://handwiki.org/wiki/index.php?oldid=3475428&title=Company%3ATianqi_Lithium") == "wiki:company:tianqi_lithium"
    assert key("https://ibetubet.com/infinito/?x=http%3A%2F%2Fvi.wikipedia.org%2Fwiki%2FT%C6%B0_M%C3%A3_Thi%C3%AAn") != key(
        "http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FPetroChina")


def test_rows_of_held_out_pages_are_counted_not_named(tmp_path, monkeypatch, capsys):
    """A row backed by a page of a held-out set is left out, and the report gives only how many: the
    names a blind set holds must not be printed. Other problems are still reported by line."""
    data = tmp_path / "data"
    shutil.copytree(import_batch.DATA_DIR, data)
    monkeypatch.setattr(import_batch, "DATA_DIR", data)
    batch = tmp_path / "batch.csv"
    header = "kind,zh,vi,variants,rendering,en,country,description,status,source_url,source_title,zh_source_url,notes"
    rows = ["person,来护儿,Lai Hộ Nhi,,hanviet,Lai Hu'er,CN,Sui general,verified,https://example.org/held,t,,",
            "person,X,Lã,,hanviet,,CN,,verified,https://example.org/other,t,,"]
    batch.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    excluded = tmp_path / "excluded.txt"
    excluded.write_text("https://example.org/held\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["import_batch.py", str(batch), "--exclude", str(excluded)])
    import_batch.main()
    report = capsys.readouterr().err
    assert "来护儿" not in report and "Lai Hộ Nhi" not in report
    assert "1 rows backed by held-out pages left out" in report and "batch.csv:3: skipped (non-Han zh)" in report
    assert "来护儿" not in (data / "people.csv").read_text(encoding="utf-8")

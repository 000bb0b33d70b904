"""Exports: each format parsed back gives the same entries (round trip); TBX structure checked with
an XML parser (no TBX-Basic schema is packaged on PyPI or Debian)."""

import csv
import io
import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from glossary import data
from glossary.cli import cli
from glossary.export import TBX_NS, export

NS = {"t": TBX_NS}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def entries():
    return data.load().entries


def pinyin_of(entry):
    return entry.pinyin or "py:" + entry.zh


def test_tbx_round_trip(entries):
    root = ET.fromstring(export(entries, "tbx", pinyin_of).encode())
    assert root.tag == f"{{{TBX_NS}}}tbx" and root.get("type") == "TBX-Basic"
    concepts = root.findall(".//t:conceptEntry", NS)
    assert len(concepts) == len(entries)
    by_id = {e.id: e for e in entries}
    for concept in concepts:
        entry = by_id[concept.get("id")]
        vi = concept.find("t:langSec[@xml:lang='vi']", NS | {"xml": "http://www.w3.org/XML/1998/namespace"})
        forms = [(s.find("t:term", NS).text, s.find("t:termNote[@type='termType']", NS).text,
                  s.find("t:termNote[@type='administrativeStatus']", NS).text) for s in vi.findall("t:termSec", NS)]  # fmt: skip
        assert forms == [(f.vi, f.rendering, "preferredTerm-admn-sts" if f.preferred else "admittedTerm-admn-sts")
                         for f in entry.forms]  # fmt: skip
        zh = [s for s in concept.findall("t:langSec", NS) if s.get(XML_LANG) == "zh-Hans"][0]
        assert [t.text for t in zh.findall("t:termSec/t:term", NS)] == [entry.zh, *entry.zh_other]
        assert zh.find("t:termSec/t:termNote[@type='pinyin']", NS).text == pinyin_of(entry)
        assert concept.find("t:descrip[@type='subjectField']", NS).text == entry.kind


def test_csv_round_trip(entries):
    rows = list(csv.DictReader(io.StringIO(export(entries, "csv", pinyin_of))))
    assert [(r["id"], r["zh"], r["vi"], r["status"], r["pinyin"]) for r in rows] == [
        (e.id, e.zh, e.vi, e.status, pinyin_of(e)) for e in entries]  # fmt: skip
    assert [data.parse_variants(r["variants"]) for r in rows] == [[(f.rendering, f.vi) for f in e.forms[1:]] for e in entries]
    assert [r["zh_other"].split("; ") if r["zh_other"] else [] for r in rows] == [e.zh_other for e in entries]


def test_tsv_for_omegat(entries):
    lines = export(entries, "tsv", pinyin_of).splitlines()
    assert len(lines) == len(entries)
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert [tuple(line.split("\t")[:2]) for line in lines] == [(e.vi, e.zh) for e in entries]


def test_json_round_trip(entries):
    rows = json.loads(export(entries, "json", pinyin_of))
    assert [(r["id"], r["zh"], r["zh_other"], r["vi"], [v["vi"] for v in r["variants"]]) for r in rows] == [
        (e.id, e.zh, e.zh_other, e.vi, [f.vi for f in e.forms[1:]]) for e in entries]  # fmt: skip


def test_names_list(entries):
    lines = export(entries, "names", pinyin_of).splitlines()
    names = dict(line.split("=", 1) for line in lines)
    assert names["习近平"] == "Tập Cận Bình"
    # other Chinese forms get a line each: 中共中央对外联络部 is the short name of the CPC's International Department
    assert names["中共中央对外联络部"] == names["中国共产党中央委员会对外联络部"]
    # each Chinese form once (a tool replaces it): 康熙 is the era Khang Hy, its own entry, though also
    # another form of the Kangxi Emperor (康熙帝, Khang Hy Đế)
    assert len(lines) == len(names) and names["康熙"] == "Khang Hy"


def test_cli_filters_by_kind_and_status(tmp_path):
    output = tmp_path / "people.txt"
    result = CliRunner().invoke(cli, ["export", "--format", "names", "--kind", "person", "--status", "verified",
                                      "--output", str(output)])  # fmt: skip
    assert result.exit_code == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    people = {zh for e in data.load().entries if e.kind == "person" and e.status == "verified" for zh in [e.zh, *e.zh_other]}
    assert {line.split("=")[0] for line in lines} == people

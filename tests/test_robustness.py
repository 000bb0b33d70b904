"""Robustness: property-based tests over arbitrary Unicode, hostile parameters everywhere, a build
killed halfway, a read-only site, and the short form of the loopback load test."""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
import urllib.parse

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary import hanviet, pinyin
from glossary.annotate import annotate
from glossary.cli import cli
from glossary.errors import InvalidInput
from glossary.reverse import reverse
from glossary.text import fold, fold_chars, normalize_vi, tone_style

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Vietnamese letters, Han characters, and anything else Unicode has
TEXT = st.text(st.sampled_from("aăâeêioôơuưyđAĐ hoàủyễẠTrungQuốc中关村习近平長沙\u0300\u0301\x00;'\"%_") | st.characters(), max_size=60)


@SETTINGS
@given(TEXT)
def test_fold_is_idempotent_and_keeps_no_marks(text):
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", once))  # no diacritics left
    assert "đ" not in once and once == once.lower()


@SETTINGS
@given(TEXT)
def test_fold_chars_keeps_offsets(text):
    assert len(fold_chars(text)) == len(text)


@SETTINGS
@given(TEXT, st.sampled_from(["new", "old"]))
def test_nfc_in_nfc_out(text, style):
    text = unicodedata.normalize("NFC", text)
    for out in (normalize_vi(text, style), tone_style(text, style)):
        assert unicodedata.is_normalized("NFC", out)


@SETTINGS
@given(TEXT, st.sampled_from(["person", "place", "organization", "term"]))
def test_reading_never_crashes(text, kind):
    for function in (hanviet, pinyin):
        try:
            result = function(text, kind=kind)
        except InvalidInput:
            continue
        assert unicodedata.is_normalized("NFC", result.result)


@SETTINGS
@given(TEXT)
def test_reverse_never_crashes(database, text):
    conn = sqlite3.connect(database)
    try:
        found = reverse(conn, text)
    except InvalidInput:
        return
    assert all(c.zh for c in found)


@SETTINGS
@given(TEXT)
def test_annotate_offsets_slice_the_original(database, text):
    conn = sqlite3.connect(database)
    try:
        mentions = annotate(conn, text)
    except InvalidInput:
        return  # not valid Unicode text (lone surrogates)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@SETTINGS
@given(TEXT, st.sampled_from(["/-/lookup?q=", "/-/reverse?vi=", "/-/hanviet?zh=", "/-/pinyin?zh=",
                               "/-/lookup?q=a&kind=", "/-/lookup?q=a&limit=", "/-/hanviet?zh=中&tone="]))  # fmt: skip
async def test_http_never_5xx(datasette, text, route):
    # a lone surrogate goes out as the bytes Python would write for it: invalid UTF-8 in the URL
    response = await datasette.client.get(route + urllib.parse.quote(text, errors="surrogatepass"))
    assert response.status_code < 500
    assert response.headers["content-type"].startswith("application/json")


HOSTILE = ["'; drop table entries; --", "\" or 1=1 --", "%", "_", "\x00", "\\", "中'关\"村", "a" * 5000, "%ff", "😀"]


@pytest.mark.parametrize("value", HOSTILE)
async def test_hostile_parameters_everywhere(datasette, value):
    quoted = urllib.parse.quote(value, safe="")
    for route in [f"/-/lookup?q={quoted}", f"/-/lookup?q=a&kind={quoted}", f"/-/lookup?q=a&limit={quoted}",
                  f"/-/reverse?vi={quoted}", f"/-/reverse?vi=a&kind={quoted}", f"/-/hanviet?zh={quoted}",
                  f"/-/hanviet?zh=中&kind={quoted}", f"/-/pinyin?zh=中&style={quoted}", f"/entry/{quoted}"]:  # fmt: skip
        response = await datasette.client.get(route)
        assert response.status_code < 500, route
    assert (await datasette.client.get("/-/lookup?q=Tập Cận Bình")).json()["results"][0]["zh"] == "习近平"


async def test_invalid_utf8_in_the_url(datasette):
    for route in ["/-/lookup?q=%FF%FE", "/-/reverse?vi=%C3", "/-/hanviet?zh=%E4%B8"]:
        response = await datasette.client.get(route)
        assert response.status_code < 500


@pytest.mark.parametrize("args", [["hanviet", "\x00"], ["pinyin", "中\x00"], ["hanviet", "'; drop table x"]])
def test_cli_nul_and_sql_in_input(args):
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.output and result.exit_code in (0, 1)


async def test_site_cannot_write(datasette, database):
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    for method, path, body in [
        ("POST", "/glossary/-/query", {"sql": "delete from entries"}),
        ("POST", "/glossary/entries/-/insert", {"row": {"id": "x"}}),
        ("POST", "/glossary/entries/xi-jinping/-/delete", {}),
        ("POST", "/glossary/-/create", {"table": "t", "row": {"id": 1}}),
        ("GET", "/glossary.json?sql=" + urllib.parse.quote("update entries set vi = 'x'"), None),
        ("GET", "/glossary.json?sql=" + urllib.parse.quote("attach database ':memory:' as m"), None),
        ("POST", "/-/annotate", "Tập Cận Bình"),
    ]:
        if method == "POST" and isinstance(body, dict):
            response = await datasette.client.post(path, json=body)
        elif method == "POST":
            response = await datasette.client.post(path, content=body.encode())
        else:
            response = await datasette.client.get(path)
        assert response.status_code < 500, path
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_build_killed_halfway_leaves_the_previous_database(tmp_path):
    output = tmp_path / "glossary.db"
    assert CliRunner().invoke(cli, ["build", "--output", str(output), "--lexicon-fraction", "0.01"]).exit_code == 0
    before = output.read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "glossary.cli", "build", "--output", str(output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".glossary-*.db")) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the temporary database is being written
    time.sleep(1)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert output.read_bytes() == before
    assert sqlite3.connect(output).execute("select count(*) from entries").fetchone()[0] > 1000


def test_loadtest_short_form(database):
    sys.path.insert(0, str(os.path.join(os.path.dirname(__file__), "..", "benchmarks")))
    from loadtest import run

    result = run(database, seconds=3, clients=8, max_requests=400)
    assert result["requests"] > 0 and result["errors"] == []

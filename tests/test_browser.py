"""A real browser on the real server: Debian's chromium, headless, driven by Playwright.

Nothing downloads a browser: ./scripts/test installs Debian's chromium. The test fails (it does not
skip) when chromium is missing, unless GLOSSARY_SKIP_BROWSER=1 says so on purpose.
"""

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from glossary.server import Utf8RequestLine, site
from glossary.text import is_han

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DOCS = Path(__file__).resolve().parents[1] / "docs"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip

pytestmark = pytest.mark.skipif(os.environ.get("GLOSSARY_SKIP_BROWSER") == "1", reason="GLOSSARY_SKIP_BROWSER=1")


@pytest.fixture(scope="module")
def server(database):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    datasette = site(database)
    config = uvicorn.Config(datasette.app(), host="127.0.0.1", port=port, log_level="warning", http=Utf8RequestLine)
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run ./scripts/install --browser"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


def test_type_a_name_and_open_its_entry(server, browser):
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto(server + "/")
    page.fill("#glossary-q", "ha hong binh")
    hit = page.locator('#glossary-results li[data-id="he-hongping"]')
    hit.wait_for(timeout=10_000)
    assert "何宏平" in hit.inner_text() and "Hà Hồng Bình" in hit.inner_text()
    assert page.locator("#glossary-results li").first.get_attribute("data-id") == "he-hongping"
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "home.png"))
    hit.locator("a").click()
    page.wait_for_url("**/entry/he-hongping")
    heading = page.locator("h1").inner_text()
    assert "Hà Hồng Bình" in heading and "何宏平" in heading
    assert "Hà Hoằng Bình" in page.locator("table.forms").inner_text()
    page.screenshot(path=str(DOCS / "entry.png"), full_page=True)
    page.close()


def test_chinese_input_and_phone_width(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server + "/")
    page.fill("#glossary-q", "中關村")
    page.locator('#glossary-results li[data-id="zhongguancun"]').wait_for(timeout=10_000)
    assert "Trung Quan Thôn" in page.locator("#glossary-results li").first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.goto(server + "/entry/zhongguancun")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.close()


def test_paste_an_article_and_see_its_names(server, browser):
    """The annotate page marks each name once, with its characters; a composed mention (Thành ủy Đông
    Hưng 东兴市委) is shown instead of the place inside it, and the text reads as pasted. The sheet gives
    an entry's other Chinese forms (Lạp Tát: 拉萨市, also 拉萨)."""
    text = "Ông Tập Cận Bình gặp Bí thư Thành ủy Đông Hưng tại Huawei và Lạp Tát."
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto(server + "/annotate")
    page.fill("#annotate-text", text)
    page.click("#annotate-go")
    page.locator("#annotate-output mark").first.wait_for(timeout=10_000)
    marks = page.locator("#annotate-output mark").all_inner_texts()
    assert "Tập Cận Bình" in marks and "Huawei" in marks
    notes = page.locator("#annotate-output sup").all_inner_texts()
    assert "习近平" in notes and "华为" in notes
    shown = page.locator("#annotate-output").inner_text()
    assert "".join(c for c in shown if not c.isspace() and not is_han(c)) == "".join(text.split())  # each letter once
    assert "拉萨市 (拉萨)" in page.locator("#annotate-sheet").inner_text()
    page.screenshot(path=str(DOCS / "annotate.png"), full_page=True)
    page.close()

"""Benchmarks: each figure with a baseline measured in the same run, and the ratio.

Run through ./scripts/bench (it installs first). Options: --quick (smaller inputs, fewer builds),
--write (also write docs/performance.md).
"""

import concurrent.futures
import os
import platform
import random
import socket
import sqlite3
import sys
import tempfile
import threading
import time
import unicodedata
import urllib.parse
import urllib.request
from pathlib import Path

import uvicorn

from glossary.annotate import annotate
from glossary.build import DEFAULT_OUTPUT, build
from glossary.hanviet import hanviet
from glossary.lexicon import jieba_dictionary, read_dictionary
from glossary.lookup import lookup
from glossary.reverse import reverse
from glossary.server import Utf8RequestLine, site

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
QUICK = "--quick" in sys.argv
rows: list[tuple[str, str, str, str]] = []  # what, value, baseline, ratio


def report(what: str, value: float, unit: str, baseline: float, baseline_what: str, higher_is_better: bool) -> None:
    ratio = value / baseline if baseline else float("nan")
    rows.append((what, f"{value:,.1f} {unit}", f"{baseline:,.1f} {unit} ({baseline_what})",
                 f"{ratio:.2f}× {'(higher is better)' if higher_is_better else '(lower is better)'}"))  # fmt: skip
    print(f"{what}: {value:,.1f} {unit}  vs {baseline:,.1f} {unit} {baseline_what}  → {ratio:.2f}×", flush=True)


def best_of(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def chinese_text(size: int) -> str:
    words = [w for w, _, _ in read_dictionary(jieba_dictionary()) if len(w) >= 2]
    random.seed(1)
    parts, total = [], 0
    while total < size:
        word = random.choice(words) + ("，" if random.random() < 0.1 else "")
        parts.append(word)
        total += len(word.encode())
    return "".join(parts)


# Names in pinyin and English, festivals, credits and dynasties, which the seed articles seldom print: every
# pass of the annotator runs on the benchmark's text (a pass that searched the text from its start for each
# pinyin place went unseen on the seeds alone).
MIXED = ("Ông Li Xiangyang và bà Lü Zhiming tới Xiangyang, Guangzhou và Shenzhen dịp Trung Thu, rồi dự Thanh Minh "
         "và Đoan Ngọ. Ảnh: Dương Giang/TTXVN. Theo Hà Thu (VnExpress.net), Shandong Taishan gặp Wuhan Three Towns; "
         "Huawei, Xiaomi và BYD mở rộng sang Đông Nam Á. Nước Đại Liêu, người Hán và Tỉnh Đoàn Lào Cai. ")


def vietnamese_text(size: int) -> str:
    if SEEDS.exists():
        base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    else:
        base = "Bộ trưởng Huỳnh Thành Đạt hội đàm với Bộ trưởng Âm Hoà Tuấn tại Bắc Kinh, Trung Quốc. " * 50
    base += "\n" + MIXED * 20
    return (base + "\n") * (size // len(base.encode()) + 1)


def bench_hanviet() -> None:
    import cn2vn

    text = chinese_text(300_000 if QUICK else 1_000_000)
    hanviet("长", use_glossary=True)  # load tables
    ours = best_of(lambda: hanviet(text, use_glossary=True), 1 if QUICK else 2)
    theirs = best_of(lambda: cn2vn.cn2vn(text), 3)
    size = f"{len(text.encode()) / 1e6:.1f} MB"
    report(f"Hán-Việt of a {size} Chinese text (word overrides, context, alternatives)",
           len(text) / ours / 1000, "k chars/s", len(text) / theirs / 1000, "cn2vn", True)  # fmt: skip


def per_call(function, inputs, repeat: int = 200) -> float:
    for item in inputs:
        function(item)  # warm caches
    start = time.perf_counter()
    for _ in range(repeat):
        for item in inputs:
            function(item)
    return (time.perf_counter() - start) / (repeat * len(inputs)) * 1e6


def bench_in_process(database: Path) -> None:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    baseline = per_call(lambda q: conn.execute("select * from entries where id = ?", (q,)).fetchall(), ["xi-jinping"])
    report("lookup per call", per_call(lambda q: lookup(conn, q), ["ha hong binh", "中关村", "Tập Cận Bình", "guangxi"]),
           "µs", baseline, "SQLite primary-key select", False)  # fmt: skip
    report("reverse per call", per_call(lambda q: reverse(conn, q), ["Nhậm Hồng Bân", "Quảng Tây", "Trường Sa"], 50),
           "µs", baseline, "SQLite primary-key select", False)  # fmt: skip
    paragraph = vietnamese_text(2000)[:2000]
    report("annotate a 2 kB paragraph", per_call(lambda t: annotate(conn, t), [paragraph], 50), "µs", baseline,
           "SQLite primary-key select", False)  # fmt: skip
    big = vietnamese_text(2_000_000 if QUICK else 5_000_000)
    size = len(big.encode()) / 1e6
    annotate(conn, big[:10000])
    ours = best_of(lambda: annotate(conn, big), 3)
    known_only = best_of(lambda: annotate(conn, big, unknown=False), 3)
    plain = best_of(lambda: unicodedata.normalize("NFC", big).casefold(), 3)
    report(f"annotate throughput ({size:.1f} MB text)", size / ours, "MB/s", size / plain, "NFC + casefold pass", True)
    report("annotate throughput, known names only", size / known_only, "MB/s", size / plain, "NFC + casefold pass", True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bench_http(database: Path) -> None:
    port = free_port()
    datasette = site(database)
    server = uvicorn.Server(uvicorn.Config(datasette.app(), host="127.0.0.1", port=port, log_level="warning",
                                          http=Utf8RequestLine))  # fmt: skip
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    queries = ["ha hong binh", "中关村", "Tập Cận Bình", "guangxi", "Âm Hoà Tuấn", "trí tuệ nhân tạo"]
    requests = 300 if QUICK else 2000

    def timed(path: str) -> float:
        start = time.perf_counter()
        with urllib.request.urlopen(base + path) as response:
            response.read()
            assert response.status == 200
        return time.perf_counter() - start

    def load(paths: list[str]) -> list[float]:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            return sorted(pool.map(timed, paths))

    lookups = [f"/-/lookup?q={urllib.parse.quote(queries[i % len(queries)])}" for i in range(requests)]
    load(lookups[:50] + ["/-/versions.json"] * 50)  # warm up
    versions = load(["/-/versions.json"] * requests)
    ours = load(lookups)
    for name, pick in (("p50", 0.50), ("p99", 0.99)):
        value, baseline = ours[int(pick * (len(ours) - 1))], versions[int(pick * (len(versions) - 1))]
        report(f"HTTP /-/lookup {name} (8 concurrent clients, {requests} requests)", value * 1000, "ms",
               baseline * 1000, "/-/versions.json, same server and load", False)  # fmt: skip
    server.should_exit = True


def bench_build() -> None:
    fractions = (0.25, 1.0) if QUICK else (0.25, 0.5, 1.0)
    with tempfile.TemporaryDirectory() as directory:
        timings = {}
        for fraction in fractions:
            path = Path(directory) / f"g{fraction}.db"
            start = time.perf_counter()
            counts = build(path, lexicon_fraction=fraction)
            timings[fraction] = (time.perf_counter() - start, path.stat().st_size / 1e6, counts["lexicon"])
        seconds, size, words = timings[1.0]
        for fraction, (t, mb, n) in timings.items():
            report(f"glossary build, lexicon × {fraction:g} ({n:,} words): time", t, "s", seconds, "full build", False)
            report(f"glossary build, lexicon × {fraction:g}: database size", mb, "MB", size, "full build", False)


def write_markdown() -> None:
    lines = [
        "# Performance",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} with `./scripts/bench{' --quick' if QUICK else ''}` on "
        f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores "
        "(a shared machine: figures vary from run to run; ratios against a baseline measured in the same run "
        "are steadier).",
        "",
        "| what | value | baseline (same run) | ratio |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
    ]
    (ROOT / "docs" / "performance.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    database = DEFAULT_OUTPUT if DEFAULT_OUTPUT.exists() else None
    if database is None:
        build(DEFAULT_OUTPUT)
        database = DEFAULT_OUTPUT
    bench_hanviet()
    bench_in_process(database)
    bench_http(database)
    bench_build()
    if "--write" in sys.argv:
        write_markdown()


if __name__ == "__main__":
    main()

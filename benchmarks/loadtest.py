"""Loopback load test: many concurrent clients mixing lookups, reverse lookups, annotation and
Datasette table queries against one server on 127.0.0.1, for a fixed time and at most a fixed number
of requests. Prints latency figures and the error count; exits 1 on any error.

python benchmarks/loadtest.py [--seconds 20] [--clients 16] [--max-requests 20000]
"""

import argparse
import concurrent.futures
import itertools
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import uvicorn

from glossary.build import DEFAULT_OUTPUT
from glossary.server import Utf8RequestLine, site

REQUESTS = [
    ("GET", "/-/lookup?q=" + urllib.parse.quote("ha hong binh"), None),
    ("GET", "/-/lookup?q=" + urllib.parse.quote("中关村"), None),
    ("GET", "/-/lookup?q=" + urllib.parse.quote("Âm Hoà Tuấn"), None),
    ("GET", "/-/reverse?vi=" + urllib.parse.quote("Nhậm Hồng Bân") + "&kind=person", None),
    ("GET", "/-/hanviet?zh=" + urllib.parse.quote("习近平") + "&kind=person", None),
    ("POST", "/-/annotate", "Bộ trưởng Huỳnh Thành Đạt hội đàm với Bộ trưởng Âm Hoà Tuấn tại Bắc Kinh.".encode()),
    ("GET", "/glossary/entries.json?kind=person&_size=20", None),
    ("GET", "/glossary.json?sql=" + urllib.parse.quote("select count(*) from names where vi_fold like 'tr%'"), None),
    ("GET", "/-/lookup?q=", None),  # a 400 by design: counted as expected, not as an error
]


def start_server(database: Path) -> tuple[uvicorn.Server, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(site(database).app(), host="127.0.0.1", port=port, log_level="warning",
                                          http=Utf8RequestLine))  # fmt: skip
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def run(database: Path, seconds: float, clients: int, max_requests: int) -> dict:
    """Returns request count, errors, and latency percentiles in ms."""
    server, base = start_server(database)
    deadline = time.monotonic() + seconds
    counter = itertools.count()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(number: int) -> None:
        for i in itertools.count(number):
            if time.monotonic() > deadline or next(counter) >= max_requests:
                return
            method, path, body = REQUESTS[i % len(REQUESTS)]
            request = urllib.request.Request(base + path, data=body, method=method,
                                             headers={"Content-Type": "text/plain; charset=utf-8"})  # fmt: skip
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status, reason = 0, str(error)
            elapsed = time.perf_counter() - start
            expected = 400 if path == "/-/lookup?q=" else 200
            with lock:
                latencies.append(elapsed)
                if status != expected:
                    errors.append(f"{method} {path}: {status or reason}")

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    server.should_exit = True
    latencies.sort()
    pick = lambda q: latencies[int(q * (len(latencies) - 1))] * 1000 if latencies else float("nan")  # noqa: E731
    return {"requests": len(latencies), "errors": errors, "p50": pick(0.5), "p99": pick(0.99), "max": pick(1.0),
            "per_second": len(latencies) / seconds}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--database", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    result = run(args.database, args.seconds, args.clients, args.max_requests)
    print(f"{result['requests']} requests in {args.seconds:g} s from {args.clients} clients "
          f"({result['per_second']:.0f}/s): p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, "
          f"max {result['max']:.1f} ms, {len(result['errors'])} errors")  # fmt: skip
    for error in result["errors"][:10]:
        print("  " + error)
    raise SystemExit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()

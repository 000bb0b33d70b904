"""Serve the site: Datasette over uvicorn with the database immutable and SQL time-limited.

Request lines in raw UTF-8 (curl '127.0.0.1:8001/-/lookup?q=中关村') are percent-encoded before
the HTTP parser sees them; uvicorn would otherwise answer 400.
"""

import asyncio
import json
import re
from pathlib import Path

import h11
import uvicorn
from datasette.app import Datasette
from uvicorn.protocols.http.h11_impl import H11Protocol

SETTINGS = {"sql_time_limit_ms": 1000, "max_returned_rows": 1000, "allow_download": False, "default_page_size": 50}
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def site(database: Path) -> Datasette:
    """The Datasette instance the site runs: read-only database, metadata from the build, time limits."""
    metadata = database.with_name("metadata.json")
    return Datasette(
        immutables=[str(database)],
        metadata=json.loads(metadata.read_text("utf-8")) if metadata.exists() else None,
        settings=SETTINGS,
    )


def quote_request_line(data: bytes) -> bytes:
    """Percent-encode bytes above 0x7f in the first line of data (the request line).

    >>> quote_request_line("GET /?q=中 HTTP/1.1\\r\\nHost: é\\r\\n".encode())
    b'GET /?q=%E4%B8%AD HTTP/1.1\\r\\nHost: \\xc3\\xa9\\r\\n'
    """
    end = data.find(b"\r\n")
    end = len(data) if end < 0 else end
    return _HIGH_BYTE.sub(lambda m: b"%%%02X" % m.group()[0], data[:end]) + data[end:]


class Utf8RequestLine(H11Protocol):
    """uvicorn's h11 protocol, accepting raw UTF-8 in the request line as curl and scripts send it."""

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            data = quote_request_line(data)
        super().data_received(data)


def serve(database: Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    datasette = site(database)
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="info", lifespan="on", http=Utf8RequestLine)

"""Tiny WARC archives built in the tests with warcio (invented pages only)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = (
    "<p>Drones struck the port of Examplegrad overnight, officials said on Thursday. "
    "Two warehouses caught fire and a crane was damaged.</p>"
    "<p>No injuries were reported, the regional governor said in a statement on his channel.</p>"
)


def page(title: str, *, published: str | None = None, body: str = PARAGRAPHS) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


@dataclass
class Record:
    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    warc_date: str = "2025-05-24T10:00:00Z"
    kind: str = "response"


def build_warc(records: list[Record], *, gzip: bool = False) -> tuple[bytes, list[int]]:
    """The archive's bytes and the offset where each record ends."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    ends = []
    for r in records:
        if r.kind == "response":
            http = StatusAndHeaders(r.status, [("Content-Type", r.content_type)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                r.uri, "response", payload=io.BytesIO(r.body), length=len(r.body), http_headers=http,
                warc_headers_dict={"WARC-Date": r.warc_date},
            )
        else:
            rec = writer.create_warc_record(
                r.uri, r.kind, payload=io.BytesIO(r.body), length=len(r.body),
                warc_content_type=r.content_type, warc_headers_dict={"WARC-Date": r.warc_date},
            )
        writer.write_record(rec)
        ends.append(buf.tell())
    return buf.getvalue(), ends


def sample_records() -> list[Record]:
    """A dated page, a request, an image, a 404, a redirect and an undated page."""
    return [
        Record("https://meridian.example/port", page("Port hit", published="2025-05-22T08:00:00Z")),
        Record("https://meridian.example/port", b"GET /port HTTP/1.1\r\nHost: meridian.example\r\n\r\n",
               content_type="application/http; msgtype=request", kind="request"),
        Record("https://meridian.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png"),
        Record("https://meridian.example/gone", page("Not found"), status="404 Not Found"),
        Record("https://meridian.example/old", b"", status="301 Moved Permanently"),
        Record("https://meridian.example/undated", page("Ferries suspended")),
    ]

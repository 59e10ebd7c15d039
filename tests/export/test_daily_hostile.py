"""The daily report with hostile report fields (issue 19): a report's URL becomes a link only when it is a
web address, and the Markdown report writes no HTML or link a report smuggled in."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.export.daily import DailyReport, Line, Section, md_text, to_html, to_markdown, web_address
from sitrep.records import Article

DAY = date(2025, 5, 22)


def _report(url: str | None, title: str = "Depot hit", line: str = "Drone attack on the depot") -> DailyReport:
    article = Article(text="Drones hit the depot.", published=DAY, title=title, outlet="Wire", url=url)
    return DailyReport(DAY, None, [Section("Attacks", [Line(line, [1])])], [article], 1)


@pytest.mark.parametrize(("url", "linked"), [
    ("https://news.example/a", True),
    ("http://news.example/a?b=1&c=2", True),
    ("  HTTPS://news.example/a", True),
    ("javascript:alert(document.cookie)", False),
    ("JavaScript:alert(1)", False),
    ("java\tscript:alert(1)", False),
    ("\x01javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox(1)", False),
    ("//news.example/a", False),
    ("news.example/a", False),
    ("http://[broken", False),
    (None, False),
])
def test_only_web_addresses_become_links(url, linked):
    assert web_address(url) is linked
    page = to_html(_report(url))
    assert ("<a href=\"" + ("" if url is None else url.replace("&", "&amp;"))) in page if linked else \
        page.count("<a href=") == page.count('<a href="#src')


def test_a_script_url_is_shown_as_text_not_a_link():
    page = to_html(_report("javascript:alert(1)"))
    assert "javascript:alert(1)" in page and 'href="javascript' not in page


@pytest.mark.parametrize(("text", "shown"), [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
    ("Shells & rockets", "Shells &amp; rockets"),
    ("Rebels shelled the town", "Rebels shelled the town"),
])
def test_markdown_shows_report_text_as_text(text, shown):
    assert md_text(text) == shown
    out = to_markdown(_report("https://news.example/a", title=text, line=text))
    assert text not in out or text == shown
    assert shown in out


def test_markdown_keeps_its_own_source_references():
    out = to_markdown(_report("https://news.example/a"))
    assert "- Drone attack on the depot [1]" in out and "- [1] Depot hit, Wire, 2025-05-22, https://news.example/a" in out

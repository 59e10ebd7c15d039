"""``<noscript>`` text is what a browser without scripts shows, not the report (issue 19)."""

from __future__ import annotations

import pytest

from sitrep.read.html import html_article, without_noscript

BODY = ("<p>Officials in the northern province said on Friday that repair crews had restored power to most "
        "of the district after a long week of outages.</p>")
HIDDEN = "Please enable JavaScript. Rebels shelled the market in Southville on Thursday, killing nine people."


def _page(body: str) -> str:
    return ("<html><head><title>Power restored</title>"
            "<meta property='article:published_time' content='2025-05-02'></head>"
            f"<body><article>{body}</article></body></html>")


@pytest.mark.parametrize("body", [
    f"{BODY}<noscript><div>{HIDDEN}</div></noscript>",
    f"{BODY}<NOSCRIPT class='js-off'><p>{HIDDEN}</p></NOSCRIPT >",
    f"<p>Crews restored power to most of the district after a week of outages, officials said. "
    f"<noscript>{HIDDEN}</noscript></p>{BODY}",
])
def test_noscript_text_is_not_report_text(body):
    article = html_article("p.html", _page(body), published=None)
    assert "Southville" not in article.text and "restored power" in article.text


@pytest.mark.parametrize(("page", "left"), [
    ("a<noscript>b</noscript>c", "ac"),
    ("a<noscript>b</noscript>c<noscript>d</noscript>e", "ace"),
    ("a<noscript>b", "ab"),  # an opening tag never closed goes alone
    ("a<noscripts>b</noscripts>", "a<noscripts>b</noscripts>"),
    ("no tags at all", "no tags at all"),
])
def test_without_noscript(page, left):
    assert without_noscript(page) == left


def test_many_unclosed_tags_take_one_pass():
    page = "<noscript>" * 20_000 + "text"
    assert without_noscript(page) == "<noscript>" * 19_999 + "text"

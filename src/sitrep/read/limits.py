"""Every limit an input is held to, in one place; README's "Inputs" tables state them for users.

The readers bound what they read with the byte limits; the input gate (``sitrep.read.gate``)
holds every report to the rest, whatever path it came by.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

MB = 1024 * 1024
MAX_TEXT_BYTES = 5 * MB  # one report as UTF-8: a text file, an HTML page, a JSON Lines row, a post
MAX_FILE_BYTES = 50 * MB  # a file of many reports (JSON Lines, feeds); WARC files are streamed
# spaCy's own bound (nlp.max_length): its parser and entity recogniser need about 1 GB of memory per
# 100,000 characters, so a longer text is refused here rather than half-read in the pipeline
MAX_TEXT_CHARS = 1_000_000
# the longest sentence read (one stretch of text with no sentence end): parsing and the rules that read a
# sentence cost more per character as it grows, so a 50,000-character run-on is refused, not waited for;
# ``sitrep --max-sentence N`` (or $SITREP_MAX_SENTENCE) raises it
MAX_SENTENCE_CHARS = 5_000
MAX_TITLE_CHARS = 1_000  # a headline
MAX_OUTLET_CHARS = 200  # a name
MAX_URL_CHARS = 2_048  # the length browsers and servers agree on
MAX_POST_BYTES = 8 * MB  # a body of POST /api/reports: a report of MAX_TEXT_BYTES, JSON-escaped, with its fields
MAX_JSON_DEPTH = 32  # an article row is one object of strings; deeper nesting is hostile
EARLIEST = date(1900, 1, 1)
FUTURE_SLACK = timedelta(days=1)  # time zones ahead of the machine's clock


def max_sentence_chars() -> int:
    """The sentence limit in force: $SITREP_MAX_SENTENCE (set by ``sitrep --max-sentence``) or the default."""
    given = os.environ.get("SITREP_MAX_SENTENCE", "")
    return int(given) if given.isdigit() and int(given) > 0 else MAX_SENTENCE_CHARS

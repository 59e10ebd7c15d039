"""Every limit an input is held to, in one place; README's "Inputs" tables state them for users.

The readers bound what they read with the byte limits; the input gate (``sitrep.read.gate``)
holds every report to the rest, whatever path it came by.
"""

from __future__ import annotations

from datetime import date, timedelta

MB = 1024 * 1024
MAX_TEXT_BYTES = 5 * MB  # one report as UTF-8: a text file, an HTML page, a JSON Lines row, a post
MAX_FILE_BYTES = 50 * MB  # a file of many reports (JSON Lines, feeds); WARC files are streamed
# spaCy's own bound (nlp.max_length): its parser and entity recogniser need about 1 GB of memory per
# 100,000 characters, so a longer text is refused here rather than half-read in the pipeline
MAX_TEXT_CHARS = 1_000_000
MAX_JSON_DEPTH = 32  # an article row is one object of strings; deeper nesting is hostile
EARLIEST = date(1900, 1, 1)
FUTURE_SLACK = timedelta(days=1)  # time zones ahead of the machine's clock

"""Print one real article of ../shared/eval by its reference, with what is known of its date.

Run:  python evaluation/real/show.py eval/geo/TR-News.xml#1040001      (the texts: $SITREP_SHARED or ../shared)
      python evaluation/real/show.py eval/time/TimeBank/APW19980213.1310.tml
"""

from __future__ import annotations

import html
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# $SITREP_SHARED, else the folder beside the project (a git worktree elsewhere needs the variable)
SHARED = Path(os.environ.get("SITREP_SHARED") or Path(__file__).resolve().parents[2].parent / "shared")
TAG = re.compile(r"<[^>]+>")


def article(ref: str, shared: Path = SHARED) -> dict[str, str]:
    """``text`` and the date hints of the article a reference names (``dltime`` or the TimeML DCT)."""
    path, _, docid = ref.partition("#")
    if docid:
        for a in ET.parse(shared / path).getroot().iter("article"):
            if a.get("docid") == docid:
                return {"text": a.findtext("text") or "", "title": (a.findtext("title") or "").strip(),
                        "dltime": (a.findtext("dltime") or "").strip(), "url": (a.findtext("url") or "").strip()}
        raise KeyError(ref)
    raw = (shared / path).read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
    body = raw[re.search(r"<TEXT[^>]*>", raw).end():raw.index("</TEXT>")]  # type: ignore[union-attr]
    return {"text": html.unescape(TAG.sub("", body)), "dct": dct[1] if dct else ""}


if __name__ == "__main__":
    a = article(sys.argv[1])
    for k, v in a.items():
        if k != "text":
            print(f"{k}: {v}")
    print()
    print(a["text"])

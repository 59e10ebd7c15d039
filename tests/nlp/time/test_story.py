"""Time in the story, made-up cases: expressions cut into the dates they name, and values read
against the quarter the story is about. Worked out by hand from TimeML's conventions and the
calendar (2025-05-22 is a Thursday; 2025-W21 runs from Monday 19 to Sunday 25 May).
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.time.story import in_story, pieces, read_story
from sitrep.nlp.time.value import Timex

THU = date(2025, 5, 22)

# (expression, the pieces' words as resolved)
PIECES = [
    ("between 1994 and 1997", ["1994", "1997"]),
    ("between 2003 and 2006", ["2003", "2006"]),
    ("April 24 and 25", ["April 24", "April 25"]),
    ("Sept. 3 and 4", ["Sept. 3", "Sept. 4"]),
    ("June 8 and 9, 2021", ["June 8, 2021", "June 9, 2021"]),
    ("from Monday to Wednesday", ["Monday", "Wednesday"]),
    ("from March to June", ["March", "June"]),
    ("Aug. 2 to Oct. 11", ["Aug. 2", "Oct. 11"]),
    ("Friday through Sunday", ["Friday", "Sunday"]),
    ("today through Nov. 4", ["today", "Nov. 4"]),
    ("2011 or 2012", ["2011", "2012"]),
    ("the year ended Aug. 31", ["the year", "Aug. 31"]),
    ("the six months ending Oct. 2", ["the six months", "Oct. 2"]),
    ("the third quarter ended Sept. 30", ["the third quarter", "Sept. 30"]),
    ("its fiscal year that ended June 30", ["its fiscal year", "June 30"]),
    ("the first nine months of 2019", ["the first nine months", "2019"]),
    ("the first two quarters of 2016", ["the first two quarters", "2016"]),
    # one expression, one piece
    ("May 21-22", ["May 21-22"]),
    ("last year", ["last year"]),
    ("between the two wars", ["between the two wars"]),
    ("from time to time", ["from time to time"]),
    ("the year ended", ["the year ended"]),
    ("Monday and", ["Monday and"]),
]


@pytest.mark.parametrize(("expr", "words"), PIECES)
def test_pieces(expr: str, words: list[str]) -> None:
    cut = pieces(expr)
    assert [w for _, _, w in cut] == words
    if len(cut) > 1:  # each piece's characters are its own words, but for a borrowed month
        assert all(expr[s:e] in w for s, e, w in cut)


def _d(value: str | None, kind: str = "DATE") -> Timex:
    return Timex(kind, value)


# (expressions in text order as (words, words after, own reading), the values read in the story)
STORIES = [
    # the quarter in focus: set by a quarter named in its own words
    ([("the second quarter", " profits rose", _d("2024-Q2")), ("the quarter", ", sales", _d(None))],
     ["2024-Q2", "2024-Q2"]),
    ([("the fourth quarter", "", _d("2023-Q4")), ("a year earlier", ".", _d("2022"))],
     ["2023-Q4", "2022-Q4"]),
    ([("the first quarter", "", _d("2025-Q1")), ("a year ago", ".", _d("2024"))],
     ["2025-Q1", "2024-Q1"]),
    ([("the third quarter", "", _d("2021-Q3")), ("the year-ago quarter", "", _d("2020")),
      ("the year-earlier period", "", _d(None)), ("year-ago", " levels", _d("2020"))],
     ["2021-Q3", "2020-Q3", "2020-Q3", "2020-Q3"]),
    ([("the first half", "", _d("2022-H1")), ("a year earlier", "", _d("2021"))], ["2022-H1", "2021-H1"]),
    ([("the second quarter", "", _d("2024-Q2")), ("last year's quarter", "", _d("2023"))],
     ["2024-Q2", "2023-Q2"]),
    ([("the fourth quarter", "", _d("2024-Q4")), ("the corresponding period last year", "", _d("2023"))],
     ["2024-Q4", "2023-Q4"]),
    ([("the second quarter", "", _d("2024-Q2")), ("that quarter", "", _d(None)),
      ("the latest period", "", _d(None))], ["2024-Q2", "2024-Q2", "2024-Q2"]),
    # a derived quarter does not move the focus
    ([("the third quarter", "", _d("2021-Q3")), ("a year earlier", "", _d("2020")), ("the quarter", "", _d(None))],
     ["2021-Q3", "2020-Q3", "2021-Q3"]),
    # no quarter in focus: own readings kept
    ([("a year ago", "", _d("2024")), ("the quarter", "", _d(None))], ["2024", None]),
    ([("March", "", _d("2025-03")), ("a year earlier", "", _d("2024"))], ["2025-03", "2024"]),
    # counts of months are their own lengths, not the quarter
    ([("the third quarter", "", _d("2021-Q3")), ("the year-earlier nine months", "", _d(None, "DURATION"))],
     ["2021-Q3", None]),
    # a year with the quarter in focus: "the 2019 quarter", "2019" tagged alone before "period"
    ([("the second quarter", "", _d("2024-Q2")), ("the 2023 quarter", "", _d("2023"))], ["2024-Q2", "2023-Q2"]),
    ([("the fourth quarter", "", _d("2020-Q4")), ("2019", " period", _d("2019"))], ["2020-Q4", "2019-Q4"]),
    ([("2019", " period", _d("2019"))], ["2019"]),
    # "that year", "the same month": the last year or month the story named
    ([("1996", "", _d("1996")), ("that year", "", _d(None))], ["1996", "1996"]),
    ([("March 3, 2011", "", _d("2011-03-03")), ("the same month", "", _d("2025-05"))], ["2011-03-03", "2011-03"]),
    ([("2008", "", _d("2008")), ("that month", "", _d(None))], ["2008", None]),
    ([("that year", "", _d(None))], [None]),
    # a period followed by its end: a length, or the quarter the end day closes
    ([("the year", " ended Aug. 31", _d("2025")), ("Aug. 31", "", _d("2024-08-31"))], ["P1Y", "2024-08-31"]),
    ([("the six months", " ending Oct. 2", _d(None)), ("Oct. 2", "", _d("2024-10-02"))], ["P6M", "2024-10-02"]),
    ([("its fiscal year", " that ended June 30", _d("2025")), ("June 30", "", _d("2024-06-30"))],
     ["P1Y", "2024-06-30"]),
    ([("the quarter", " ended Sept. 30", _d(None)), ("Sept. 30", "", _d("2024-09-30"))], ["2024-Q3", "2024-09-30"]),
    ([("the quarter", " ended March 31", _d(None)), ("March 31", "", _d("2023-03-31"))], ["2023-Q1", "2023-03-31"]),
]


@pytest.mark.parametrize(("told", "values"), STORIES)
def test_in_story(told: list[tuple[str, str, Timex]], values: list[str | None]) -> None:
    assert [t.value for t in in_story(told)] == values


def test_period_before_its_end_is_a_duration() -> None:
    got = in_story([("the year", " ended Aug. 31", _d("2025")), ("Aug. 31", "", _d("2024-08-31"))])
    assert [t.type for t in got] == ["DURATION", "DATE"]


# (text, expression's characters, values of the TIMEX3s read from it)
REPORTS = [
    ("Output fell between 2003 and 2006.", "between 2003 and 2006", ["2003", "2006"]),
    ("Talks are set for June 3 and 4.", "June 3 and 4", ["2025-06-03", "2025-06-04"]),
    ("Sales rose in the year ended March 31.", "the year ended March 31", ["P1Y", "2025-03-31"]),
    ("Sales rose in the first nine months of 2023.", "the first nine months of 2023", ["P9M", "2023"]),
]


@pytest.mark.parametrize(("text", "expr", "values"), REPORTS)
def test_read_story_cuts_and_resolves(text: str, expr: str, values: list[str]) -> None:
    s = text.index(expr)
    got = read_story(text, [(s, s + len(expr), "DATE", None)], THU)
    assert [r.timex.value for r in got] == values
    assert all(r.whole == (s, s + len(expr)) for r in got)
    assert [text[r.start:r.end] for r in got][0] in expr

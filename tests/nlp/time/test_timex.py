"""Time expressions against the calendar: tables of (publication date, expression, tense, anchor,
expected window and precision), worked out by hand from the calendar, not from the resolver.

Calendar facts the tables rest on (checked with datetime): 2025-05-22 is a Thursday in ISO week
2025-W21 (Monday 19 .. Sunday 25 May); 2025-01-02 is a Thursday in 2025-W01, which starts on
Monday 2024-12-30, and 2024-W52 runs 23..29 December 2024; 2024 is a leap year (2024-02-29 is a
Thursday, 2024-03-01 a Friday), 2025 is not; 2025-12-31 is a Wednesday in 2026-W01; 2021-01-01
is a Friday in 2020-W53.
"""

from __future__ import annotations

import json
from datetime import date
from inspect import signature

import pytest

from sitrep.nlp.time import explicit, timex
from sitrep.nlp.time.timex import find_times, resolve
from sitrep.nlp.time.units import number, ordinal, spoken_year, unit_window

D = date.fromisoformat
THU = "2025-05-22"  # the seed story's publication day, a Thursday
NEWYEAR = "2025-01-02"  # a Thursday two days into the year
LEAP = "2024-03-01"  # a Friday, the day after 29 February

# (published, expression, tense, anchor, start, end, precision)
WEEKDAYS = [
    # past acts: the most recent such day, the publication day itself when it is that day
    (THU, "Monday", "past", None, "2025-05-19", "2025-05-19", "day"),
    (THU, "on Tuesday", "past", None, "2025-05-20", "2025-05-20", "day"),
    (THU, "Wednesday", "past", None, "2025-05-21", "2025-05-21", "day"),
    (THU, "on Thursday", "past", None, "2025-05-22", "2025-05-22", "day"),
    (THU, "Friday", "past", None, "2025-05-16", "2025-05-16", "day"),
    (THU, "on Saturday", "past", None, "2025-05-17", "2025-05-17", "day"),
    (THU, "Sunday", "past", None, "2025-05-18", "2025-05-18", "day"),
    (THU, "last Friday", "past", None, "2025-05-16", "2025-05-16", "day"),
    (THU, "last Thursday", "past", None, "2025-05-15", "2025-05-15", "day"),
    (THU, "last Monday", "past", None, "2025-05-19", "2025-05-19", "day"),
    (THU, "this past Sunday", "past", None, "2025-05-18", "2025-05-18", "day"),
    # planned acts: the coming one, the publication day itself when it is that day
    (THU, "on Friday", "future", None, "2025-05-23", "2025-05-23", "day"),
    (THU, "Monday", "future", None, "2025-05-26", "2025-05-26", "day"),
    (THU, "on Wednesday", "future", None, "2025-05-28", "2025-05-28", "day"),
    (THU, "Thursday", "future", None, "2025-05-22", "2025-05-22", "day"),
    (THU, "Sunday", "future", None, "2025-05-25", "2025-05-25", "day"),
    (THU, "next Monday", "past", None, "2025-05-26", "2025-05-26", "day"),
    (THU, "next Thursday", "future", None, "2025-05-29", "2025-05-29", "day"),
    (THU, "this coming Sunday", "past", None, "2025-05-25", "2025-05-25", "day"),
    # the present tense of schedules ("the talks resume Monday") looks ahead; no tense looks back
    (THU, "Monday", "present", None, "2025-05-26", "2025-05-26", "day"),
    (THU, "Monday", "unknown", None, "2025-05-19", "2025-05-19", "day"),
    # parts of days and nights
    (THU, "Friday night", "past", None, "2025-05-16", "2025-05-17", "night"),
    (THU, "on Saturday night", "past", None, "2025-05-17", "2025-05-18", "night"),
    (THU, "the night of Sunday", "past", None, "2025-05-18", "2025-05-19", "night"),
    (THU, "late on Sunday", "past", None, "2025-05-18", "2025-05-18", "day"),
    (THU, "on Monday morning", "past", None, "2025-05-19", "2025-05-19", "day"),
    (THU, "Tuesday evening", "future", None, "2025-05-27", "2025-05-27", "day"),
    (THU, "late on Tuesday and into the early hours of Wednesday", "past", None, "2025-05-20", "2025-05-21",
     "night"),
    (THU, "from Monday to Wednesday", "past", None, "2025-05-19", "2025-05-21", "week"),
    (THU, "between Saturday and Monday", "past", None, "2025-05-17", "2025-05-19", "week"),
    # the publication day at the week boundary: a Monday and a Sunday
    ("2025-05-19", "Sunday", "past", None, "2025-05-18", "2025-05-18", "day"),
    ("2025-05-19", "Monday", "past", None, "2025-05-19", "2025-05-19", "day"),
    ("2025-05-19", "last Monday", "past", None, "2025-05-12", "2025-05-12", "day"),
    ("2025-05-19", "Friday", "future", None, "2025-05-23", "2025-05-23", "day"),
    ("2025-05-25", "Sunday", "past", None, "2025-05-25", "2025-05-25", "day"),
    ("2025-05-25", "Monday", "past", None, "2025-05-19", "2025-05-19", "day"),
    ("2025-05-25", "Monday", "future", None, "2025-05-26", "2025-05-26", "day"),
    # across the year boundary: a report of Thursday 2 January 2025
    (NEWYEAR, "last Friday", "past", None, "2024-12-27", "2024-12-27", "day"),
    (NEWYEAR, "Friday", "past", None, "2024-12-27", "2024-12-27", "day"),
    (NEWYEAR, "on Tuesday", "past", None, "2024-12-31", "2024-12-31", "day"),
    (NEWYEAR, "Wednesday", "past", None, "2025-01-01", "2025-01-01", "day"),
    (NEWYEAR, "Sunday", "past", None, "2024-12-29", "2024-12-29", "day"),
    (NEWYEAR, "Friday", "future", None, "2025-01-03", "2025-01-03", "day"),
    ("2025-12-31", "Thursday", "future", None, "2026-01-01", "2026-01-01", "day"),
    # leap day
    (LEAP, "Thursday", "past", None, "2024-02-29", "2024-02-29", "day"),
    (LEAP, "Wednesday night", "past", None, "2024-02-28", "2024-02-29", "night"),
    ("2025-03-01", "Friday", "past", None, "2025-02-28", "2025-02-28", "day"),
]

RELATIVE = [
    (THU, "overnight", "past", None, "2025-05-21", "2025-05-22", "night"),
    (THU, "last night", "past", None, "2025-05-21", "2025-05-22", "night"),
    (THU, "during the night", "past", None, "2025-05-21", "2025-05-22", "night"),
    (THU, "overnight into Wednesday", "past", None, "2025-05-20", "2025-05-21", "night"),
    (THU, "tonight", "future", None, "2025-05-22", "2025-05-23", "night"),
    (THU, "today", "past", None, "2025-05-22", "2025-05-22", "day"),
    (THU, "this morning", "past", None, "2025-05-22", "2025-05-22", "day"),
    (THU, "earlier today", "past", None, "2025-05-22", "2025-05-22", "day"),
    (THU, "yesterday", "past", None, "2025-05-21", "2025-05-21", "day"),
    (THU, "yesterday night", "past", None, "2025-05-21", "2025-05-22", "night"),
    (THU, "the day before yesterday", "past", None, "2025-05-20", "2025-05-20", "day"),
    (THU, "tomorrow", "future", None, "2025-05-23", "2025-05-23", "day"),
    (THU, "two days ago", "past", None, "2025-05-20", "2025-05-20", "day"),
    (THU, "ten days ago", "past", None, "2025-05-12", "2025-05-12", "day"),
    (THU, "twenty-one days ago", "past", None, "2025-05-01", "2025-05-01", "day"),
    (THU, "a week ago", "past", None, "2025-05-14", "2025-05-16", "week"),
    (THU, "three weeks ago", "past", None, "2025-04-28", "2025-05-04", "week"),
    (THU, "a month ago", "past", None, "2025-04-01", "2025-04-30", "month"),
    (THU, "five years ago", "past", None, "2020-01-01", "2020-12-31", "year"),
    (THU, "a week or so ago", "past", None, "2025-05-14", "2025-05-16", "week"),
    ("2025-01-15", "two months ago", "past", None, "2024-11-01", "2024-11-30", "month"),
    ("2025-03-31", "a month ago", "past", None, "2025-02-01", "2025-02-28", "month"),
    # relative to the day the narrative last set (the anchor), not to publication
    (THU, "two days earlier", "past", "2025-05-20", "2025-05-18", "2025-05-18", "day"),
    (THU, "a day later", "past", "2025-05-20", "2025-05-21", "2025-05-21", "day"),
    (THU, "the next day", "past", "2025-05-20", "2025-05-21", "2025-05-21", "day"),
    (THU, "the following day", "past", "2025-05-18", "2025-05-19", "2025-05-19", "day"),
    (THU, "the previous day", "past", "2025-05-20", "2025-05-19", "2025-05-19", "day"),
    (THU, "the day before", "past", "2025-05-20", "2025-05-19", "2025-05-19", "day"),
    (THU, "the same day", "past", "2025-05-20", "2025-05-20", "2025-05-20", "day"),
    (THU, "later that day", "past", "2025-05-17", "2025-05-17", "2025-05-17", "day"),
    (THU, "later in the day", "past", "2025-05-17", "2025-05-17", "2025-05-17", "day"),
    (THU, "that night", "past", "2025-05-20", "2025-05-20", "2025-05-21", "night"),
    (THU, "the night before", "past", "2025-05-20", "2025-05-19", "2025-05-20", "night"),
    (THU, "three days later", "past", "2025-05-10", "2025-05-13", "2025-05-13", "day"),
    (THU, "a week later", "past", "2025-05-06", "2025-05-12", "2025-05-14", "week"),
    (THU, "a year earlier", "past", "2025-05-20", "2024-01-01", "2024-12-31", "year"),
    (THU, "two days earlier", "past", None, "2025-05-20", "2025-05-20", "day"),
    (THU, "the previous Friday", "past", "2025-05-16", "2025-05-09", "2025-05-09", "day"),
    (THU, "the following Monday", "past", "2025-05-16", "2025-05-19", "2025-05-19", "day"),
    (NEWYEAR, "the following Thursday", "past", "2024-12-26", "2025-01-02", "2025-01-02", "day"),
    (THU, "the following year", "past", "1995-05-22", "1996-01-01", "1996-12-31", "year"),
    (THU, "the following month", "past", "2024-12-10", "2025-01-01", "2025-01-31", "month"),
    (THU, "the previous week", "past", "2025-01-01", "2024-12-23", "2024-12-29", "week"),
    (THU, "the following year", "past", None, "2026-01-01", "2026-12-31", "year"),
    ("2024-03-05", "three days later", "past", "2024-02-27", "2024-03-01", "2024-03-01", "day"),
    ("2025-03-05", "three days later", "past", "2025-02-27", "2025-03-02", "2025-03-02", "day"),
    ("2025-01-05", "two days earlier", "past", "2025-01-01", "2024-12-30", "2024-12-30", "day"),
    # leap day and year boundary against publication
    (LEAP, "yesterday", "past", None, "2024-02-29", "2024-02-29", "day"),
    (LEAP, "overnight", "past", None, "2024-02-29", "2024-03-01", "night"),
    (LEAP, "two days ago", "past", None, "2024-02-28", "2024-02-28", "day"),
    ("2025-03-01", "yesterday", "past", None, "2025-02-28", "2025-02-28", "day"),
    (NEWYEAR, "yesterday", "past", None, "2025-01-01", "2025-01-01", "day"),
    (NEWYEAR, "overnight", "past", None, "2025-01-01", "2025-01-02", "night"),
    (NEWYEAR, "two days ago", "past", None, "2024-12-31", "2024-12-31", "day"),
    ("2025-12-31", "tomorrow", "future", None, "2026-01-01", "2026-01-01", "day"),
    ("2025-05-31", "tomorrow", "future", None, "2025-06-01", "2025-06-01", "day"),
]

CALENDAR = [
    # ISO weeks, Monday to Sunday; "this week" for a past act ends on the publication day
    (THU, "last week", "past", None, "2025-05-12", "2025-05-18", "week"),
    (THU, "the previous week", "past", None, "2025-05-12", "2025-05-18", "week"),
    (THU, "next week", "future", None, "2025-05-26", "2025-06-01", "week"),
    (THU, "this week", "past", None, "2025-05-19", "2025-05-22", "week"),
    (THU, "this week", "future", None, "2025-05-19", "2025-05-25", "week"),
    (THU, "earlier this week", "past", None, "2025-05-19", "2025-05-22", "week"),
    (THU, "later this week", "future", None, "2025-05-22", "2025-05-25", "week"),
    (THU, "late last week", "past", None, "2025-05-15", "2025-05-18", "week"),
    (THU, "early last week", "past", None, "2025-05-12", "2025-05-14", "week"),
    (THU, "over the past week", "past", None, "2025-05-15", "2025-05-22", "week"),
    (THU, "in recent days", "past", None, "2025-05-19", "2025-05-22", "week"),
    # the past N hours: the days those hours reach back over, up to publication
    (THU, "in the past 24 hours", "past", None, "2025-05-21", "2025-05-22", "week"),
    (THU, "over the last 48 hours", "past", None, "2025-05-20", "2025-05-22", "week"),
    (THU, "the past twelve hours", "past", None, "2025-05-21", "2025-05-22", "week"),
    (THU, "during the previous 72 hours", "past", None, "2025-05-19", "2025-05-22", "week"),
    (THU, "in recent weeks", "past", None, "2025-05-01", "2025-05-22", "month"),
    ("2025-05-19", "last week", "past", None, "2025-05-12", "2025-05-18", "week"),
    ("2025-05-19", "this week", "past", None, "2025-05-19", "2025-05-19", "week"),
    ("2025-05-19", "this week", "future", None, "2025-05-19", "2025-05-25", "week"),
    ("2025-05-19", "next week", "future", None, "2025-05-26", "2025-06-01", "week"),
    ("2025-05-25", "last week", "past", None, "2025-05-12", "2025-05-18", "week"),
    ("2025-05-25", "this week", "past", None, "2025-05-19", "2025-05-25", "week"),
    ("2025-05-25", "next week", "future", None, "2025-05-26", "2025-06-01", "week"),
    (NEWYEAR, "last week", "past", None, "2024-12-23", "2024-12-29", "week"),
    (NEWYEAR, "this week", "past", None, "2024-12-30", "2025-01-02", "week"),
    (THU, "earlier in the week", "past", None, "2025-05-19", "2025-05-22", "week"),
    (THU, "later in the week", "future", None, "2025-05-22", "2025-05-25", "week"),
    # weekends: the one just past (or under way) for what was done, the coming one for what is planned
    (THU, "over the weekend", "past", None, "2025-05-17", "2025-05-18", "week"),
    (THU, "this weekend", "future", None, "2025-05-24", "2025-05-25", "week"),
    ("2025-05-25", "over the weekend", "past", None, "2025-05-24", "2025-05-25", "week"),
    ("2025-05-25", "last weekend", "past", None, "2025-05-17", "2025-05-18", "week"),
    ("2025-05-24", "next weekend", "future", None, "2025-05-31", "2025-06-01", "week"),
    ("2025-05-26", "last weekend", "past", None, "2025-05-24", "2025-05-25", "week"),
    (NEWYEAR, "next week", "future", None, "2025-01-06", "2025-01-12", "week"),
    ("2021-01-01", "this week", "future", None, "2020-12-28", "2021-01-03", "week"),
    # months
    (THU, "last month", "past", None, "2025-04-01", "2025-04-30", "month"),
    (THU, "this month", "past", None, "2025-05-01", "2025-05-22", "month"),
    (THU, "earlier this month", "past", None, "2025-05-01", "2025-05-22", "month"),
    (THU, "this month", "future", None, "2025-05-01", "2025-05-31", "month"),
    (THU, "next month", "future", None, "2025-06-01", "2025-06-30", "month"),
    (THU, "late last month", "past", None, "2025-04-21", "2025-04-30", "month"),
    (THU, "early next month", "future", None, "2025-06-01", "2025-06-10", "month"),
    (THU, "the end of the month", "future", None, "2025-05-21", "2025-05-31", "month"),
    (NEWYEAR, "last month", "past", None, "2024-12-01", "2024-12-31", "month"),
    (LEAP, "last month", "past", None, "2024-02-01", "2024-02-29", "month"),
    ("2025-03-01", "last month", "past", None, "2025-02-01", "2025-02-28", "month"),
    ("2025-01-31", "next month", "future", None, "2025-02-01", "2025-02-28", "month"),
    ("2024-01-31", "next month", "future", None, "2024-02-01", "2024-02-29", "month"),
    ("2025-05-31", "last month", "past", None, "2025-04-01", "2025-04-30", "month"),
    ("2025-05-31", "this month", "past", None, "2025-05-01", "2025-05-31", "month"),
    ("2025-12-31", "next month", "future", None, "2026-01-01", "2026-01-31", "month"),
    # years
    (THU, "last year", "past", None, "2024-01-01", "2024-12-31", "year"),
    (THU, "late last year", "past", None, "2024-09-01", "2024-12-31", "year"),
    (THU, "early last year", "past", None, "2024-01-01", "2024-04-30", "year"),
    (THU, "this year", "past", None, "2025-01-01", "2025-05-22", "year"),
    (THU, "earlier this year", "past", None, "2025-01-01", "2025-05-22", "year"),
    (THU, "this year", "future", None, "2025-01-01", "2025-12-31", "year"),
    (THU, "later this year", "future", None, "2025-05-22", "2025-12-31", "year"),
    (THU, "later this month", "future", None, "2025-05-22", "2025-05-31", "month"),
    (THU, "next year", "future", None, "2026-01-01", "2026-12-31", "year"),
    (THU, "early next year", "future", None, "2026-01-01", "2026-04-30", "year"),
    (THU, "by the end of the year", "future", None, "2025-10-01", "2025-12-31", "year"),
    (THU, "the previous year", "past", None, "2024-01-01", "2024-12-31", "year"),
    (THU, "over the past year", "past", None, "2024-05-22", "2025-05-22", "year"),
    (THU, "the current fiscal year", "past", None, "2025-01-01", "2025-05-22", "year"),
    (NEWYEAR, "last year", "past", None, "2024-01-01", "2024-12-31", "year"),
    (NEWYEAR, "late last year", "past", None, "2024-09-01", "2024-12-31", "year"),
    (NEWYEAR, "this year", "past", None, "2025-01-01", "2025-01-02", "year"),
]

EXPLICIT = [
    # a day with and without a year; a past act never lands after publication (beyond a week's slack)
    (THU, "May 21", "past", None, "2025-05-21", "2025-05-21", "day"),
    (THU, "on May 21, 2025", "past", None, "2025-05-21", "2025-05-21", "day"),
    (THU, "21 May 2025", "past", None, "2025-05-21", "2025-05-21", "day"),
    (THU, "on 3 May", "past", None, "2025-05-03", "2025-05-03", "day"),
    (THU, "Jan. 13", "past", None, "2025-01-13", "2025-01-13", "day"),
    (THU, "Sept. 27, 1989", "past", None, "1989-09-27", "1989-09-27", "day"),
    (THU, "the 5th of June", "future", None, "2025-06-05", "2025-06-05", "day"),
    (THU, "June 10", "past", None, "2024-06-10", "2024-06-10", "day"),
    (THU, "June 10", "future", None, "2025-06-10", "2025-06-10", "day"),
    (THU, "June 10", "unknown", None, "2025-06-10", "2025-06-10", "day"),
    (THU, "December 5", "unknown", None, "2024-12-05", "2024-12-05", "day"),
    (THU, "March 30", "future", None, "2026-03-30", "2026-03-30", "day"),
    (THU, "1998-01-08", "past", None, "1998-01-08", "1998-01-08", "day"),
    (THU, "1/8/98", "past", None, "1998-01-08", "1998-01-08", "day"),
    ("1989-11-02", "Jan. 2", "future", None, "1990-01-02", "1990-01-02", "day"),
    ("1989-11-02", "Dec. 15", "unknown", None, "1989-12-15", "1989-12-15", "day"),
    ("1989-11-02", "Dec. 15", "past", None, "1988-12-15", "1988-12-15", "day"),
    (NEWYEAR, "Dec. 30", "past", None, "2024-12-30", "2024-12-30", "day"),
    (NEWYEAR, "Dec. 15", "unknown", None, "2024-12-15", "2024-12-15", "day"),
    ("2024-12-20", "Jan. 5", "unknown", None, "2025-01-05", "2025-01-05", "day"),
    ("1998-03-05", "this coming Sunday, March eighth", "future", None, "1998-03-08", "1998-03-08", "day"),
    ("1998-04-24", "Saturday, April 25", "future", None, "1998-04-25", "1998-04-25", "day"),
    ("1998-03-05", "the twenty-first of February", "past", None, "1998-02-21", "1998-02-21", "day"),
    # holidays on a fixed day, across the year boundary
    (NEWYEAR, "Christmas", "past", None, "2024-12-25", "2024-12-25", "day"),
    (NEWYEAR, "on New Year's Eve", "past", None, "2024-12-31", "2024-12-31", "day"),
    ("2025-12-01", "by Christmas", "future", None, "2025-12-25", "2025-12-25", "day"),
    ("2025-12-20", "New Year's Day", "future", None, "2026-01-01", "2026-01-01", "day"),
    (THU, "in March of last year", "past", None, "2024-03-01", "2024-03-31", "month"),
    # leap days
    (LEAP, "Feb. 29", "past", None, "2024-02-29", "2024-02-29", "day"),
    (LEAP, "February 29, 2024", "past", None, "2024-02-29", "2024-02-29", "day"),
    (LEAP, "29 February", "past", None, "2024-02-29", "2024-02-29", "day"),
    # months: a month after the publication month is last year's for a past act
    (THU, "in May", "past", None, "2025-05-01", "2025-05-31", "month"),
    (THU, "in March", "past", None, "2025-03-01", "2025-03-31", "month"),
    (THU, "in December", "past", None, "2024-12-01", "2024-12-31", "month"),
    (THU, "in December", "future", None, "2025-12-01", "2025-12-31", "month"),
    (THU, "in July", "unknown", None, "2025-07-01", "2025-07-31", "month"),
    (THU, "in November", "unknown", None, "2024-11-01", "2024-11-30", "month"),
    (THU, "last May", "past", None, "2024-05-01", "2024-05-31", "month"),
    (THU, "last March", "past", None, "2025-03-01", "2025-03-31", "month"),
    (THU, "this September", "past", None, "2025-09-01", "2025-09-30", "month"),
    (THU, "next March", "future", None, "2026-03-01", "2026-03-31", "month"),
    (THU, "February 2022", "past", None, "2022-02-01", "2022-02-28", "month"),
    (THU, "in late February", "past", None, "2025-02-21", "2025-02-28", "month"),
    (THU, "early June", "future", None, "2025-06-01", "2025-06-10", "month"),
    ("2025-07-24", "in mid-August", "future", None, "2025-08-11", "2025-08-20", "month"),
    ("2025-07-24", "in mid-August", "past", None, "2024-08-11", "2024-08-20", "month"),
    (NEWYEAR, "in December", "past", None, "2024-12-01", "2024-12-31", "month"),
    (NEWYEAR, "in January", "past", None, "2025-01-01", "2025-01-31", "month"),
    ("1989-10-30", "January", "unknown", None, "1990-01-01", "1990-01-31", "month"),
    ("1989-10-30", "March", "unknown", None, "1989-03-01", "1989-03-31", "month"),
    ("1998-02-27", "January nineteen ninety-seven", "past", None, "1997-01-01", "1997-01-31", "month"),
    (LEAP, "February 2024", "past", None, "2024-02-01", "2024-02-29", "month"),
    # years
    (THU, "2022", "past", None, "2022-01-01", "2022-12-31", "year"),
    (THU, "in 2023", "past", None, "2023-01-01", "2023-12-31", "year"),
    (THU, "fiscal 1990", "past", None, "1990-01-01", "1990-12-31", "year"),
    (THU, "early 1990", "past", None, "1990-01-01", "1990-04-30", "year"),
    (THU, "late 2024", "past", None, "2024-09-01", "2024-12-31", "year"),
    (THU, "nineteen ninety-six", "past", None, "1996-01-01", "1996-12-31", "year"),
    (THU, "the year two thousand", "past", None, "2000-01-01", "2000-12-31", "year"),
    (THU, "between 1985 and 1987", "past", None, "1985-01-01", "1987-12-31", "year"),
    # ranges
    (THU, "May 21-22", "past", None, "2025-05-21", "2025-05-22", "week"),
    (THU, "the night of May 21–22", "past", None, "2025-05-21", "2025-05-22", "night"),
    (THU, "the night of 21-22 May", "past", None, "2025-05-21", "2025-05-22", "night"),
    (THU, "May 12 to 16", "past", None, "2025-05-12", "2025-05-16", "week"),
    (THU, "from May 28 to June 2", "future", None, "2025-05-28", "2025-06-02", "week"),
    (NEWYEAR, "the night of Dec. 31-Jan. 1", "past", None, "2024-12-31", "2025-01-01", "night"),
    # since: from the date named, the end left open
    (THU, "since February 2022", "past", None, "2022-02-01", None, "year"),
    (THU, "since Monday", "past", None, "2025-05-19", None, "week"),
    (THU, "since January", "past", None, "2025-01-01", None, "year"),
    (THU, "since last year", "past", None, "2024-01-01", None, "year"),
    ("1998-03-06", "since Jan. 13", "past", None, "1998-01-13", None, "month"),
    (THU, "since early March", "past", None, "2025-03-01", None, "year"),
]

CASES = WEEKDAYS + RELATIVE + CALENDAR + EXPLICIT


@pytest.mark.parametrize(("published", "expr", "tense", "anchor", "start", "end", "precision"), CASES)
def test_resolve(published, expr, tense, anchor, start, end, precision):
    w = resolve(expr, D(published), anchor=D(anchor) if anchor else None, tense=tense)
    assert w is not None, f"{expr!r} did not resolve"
    assert (w.start, w.end, w.precision) == (D(start), D(end) if end else None, precision)


# the calendar unit each expression names (TimeML's value), whatever part of it the window keeps
VALUES = [
    (THU, "this week", "past", "2025-W21"),
    (THU, "earlier this week", "past", "2025-W21"),
    (THU, "last week", "past", "2025-W20"),
    (NEWYEAR, "this week", "past", "2025-W01"),
    (NEWYEAR, "last week", "past", "2024-W52"),
    ("2025-12-31", "this week", "past", "2026-W01"),
    ("2021-01-01", "this week", "past", "2020-W53"),
    (THU, "earlier this month", "past", "2025-05"),
    (THU, "late last month", "past", "2025-04"),
    (THU, "earlier this year", "past", "2025"),
    (THU, "late last year", "past", "2024"),
    (THU, "over the past year", "past", "2024"),
    (THU, "a year ago", "past", "2024"),
    (THU, "last Friday", "past", "2025-05-16"),
    (THU, "in mid-August", "future", "2025-08"),
    (THU, "early 1990", "past", "1990"),
    (THU, "since February 2022", "past", "2022-02"),
    (THU, "three weeks ago", "past", "2025-W18"),
    (THU, "over the weekend", "past", "2025-W20-WE"),
    (THU, "overnight", "past", None),
    (THU, "May 21-22", "past", None),
]


@pytest.mark.parametrize(("published", "expr", "tense", "value"), VALUES)
def test_value(published, expr, tense, value):
    w = resolve(expr, D(published), tense=tense)
    assert w is not None and w.value == value
    if value and unit_window(value):  # the window lies inside the unit it names
        lo, hi = unit_window(value)  # type: ignore[misc]
        assert expr.startswith("since") or "past year" in expr or lo <= w.start and w.end <= hi


NOT_DATES = [
    "two hours", "for three days", "almost daily", "every Friday", "the 1990s", "since then",
    "the fourth year of the war", "58-year-old", "morning", "the rest of the week", "weekly", "may",
    "several months", "Feb. 29",
]


@pytest.mark.parametrize("expr", NOT_DATES)
def test_durations_sets_and_non_dates_resolve_to_none(expr):
    # "may" in lower case is the modal; 29 February 2025 does not exist
    published = D("2025-03-01") if expr == "Feb. 29" else D(THU)
    assert resolve(expr, published) is None


def test_may_is_a_month_when_written_as_one():
    assert resolve("in May", D(THU)) is not None
    assert resolve("May", D(THU)).value == "2025-05"  # type: ignore[union-attr]
    assert resolve("May 2024", D(THU)).value == "2024-05"  # type: ignore[union-attr]


@pytest.mark.parametrize(("words", "n"), [("three", 3), ("twenty-one", 21), ("a", 1), ("several", 3), ("12", 12)])
def test_number_words(words, n):
    assert number(words) == n


@pytest.mark.parametrize(("words", "n"), [("eighth", 8), ("twenty-first", 21), ("thirtieth", 30)])
def test_ordinal_words(words, n):
    assert ordinal(words) == n


@pytest.mark.parametrize(("words", "y"), [("nineteen ninety-six", 1996), ("two thousand", 2000),
                                          ("two thousand and one", 2001), ("nineteen oh five", 1905),
                                          ("twenty twenty-two", 2022), ("ninety-six", None)])
def test_spoken_years(words, y):
    assert spoken_year(words) == y


FOUND = [
    ("Drones struck the city overnight into Wednesday, officials said.", ["overnight into Wednesday"]),
    ("Explosions were heard late on Sunday evening near the port.", ["late on Sunday evening"]),
    ("The talks were held two days earlier in Istanbul.", ["two days earlier"]),
    ("Prices have risen since February 2022, and again since Jan. 13.", ["since February 2022", "since Jan. 13"]),
    ("Profits rose in fiscal 1990 and fell in 1988.", ["fiscal 1990", "1988"]),
    ("The first talks since 2022 were held in 2023.", ["since 2022", "2023"]),
    ("Strikes hit the region on the night of May 21-22.", ["the night of May 21-22"]),
    ("The offensive began in early March, officials said.", ["in early March"]),
    ("It happened in nineteen ninety-six.", ["nineteen ninety-six"]),
    ("Shelling went on through Christmas Eve and New Year's Day.", ["Christmas Eve", "New Year's Day"]),
    ("The army fired 2000 shells and lost $1990 in 20001 ways, 1,990 of them.", []),
    # a weekday's name by itself, capitalised as a day is; not the lower-case word
    ("He is suspected in the robbery Friday of two men.", ["Friday"]),
    ("The friday market was shut.", []),
    # an expression starts a word: not the tail of a code or a longer word
    ("The FY2019 budget and the ABC2020 plan passed in 2019.", ["2019"]),
    ("The stayovernight rate rose; talks ran overnight.", ["overnight"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_times(text, expected):
    assert [text[s:e] for s, e in find_times(text)] == expected


def test_case_count():
    # the issue asks for at least 150 cases of publication date, expression and expected window
    assert len(CASES) + len(VALUES) >= 150


def test_time_mentions_and_sitrep_times(extractor, tmp_path):
    from click.testing import CliRunner

    from sitrep.api import time_mentions
    from sitrep.cli import main
    from sitrep.records import Article

    text = ("Russian drones struck Kyiv overnight, officials said on Thursday. Two days earlier, a missile hit "
            "Odesa. Talks are due to resume on Monday. Exports have fallen since February 2022.")
    rows = {r["text"]: r for r in time_mentions(Article(text, D(THU)), extractor=extractor)}
    assert (rows["overnight"]["start_date"], rows["overnight"]["end_date"]) == ("2025-05-21", "2025-05-22")
    assert rows["overnight"]["precision"] == "night" and rows["overnight"]["value"] is None
    assert rows["Thursday"]["start_date"] == "2025-05-22" and rows["Thursday"]["value"] == "2025-05-22"
    two = rows["Two days earlier"]
    assert two["start_date"] == "2025-05-20" and two["anchor"] == "Thursday"
    monday = next(r for t, r in rows.items() if "Monday" in t)
    assert monday["start_date"] == "2025-05-26"  # a planned act: the coming Monday
    since = next(r for t, r in rows.items() if "February 2022" in t)
    assert (since["start_date"], since["end_date"], since["value"]) == ("2022-02-01", None, "2022-02")
    for r in rows.values():
        assert text[r["start"]:r["end"]] == r["text"]

    p = tmp_path / "r.txt"
    p.write_text(f"date: {THU}\n\n{text}")
    result = CliRunner().invoke(main, ["times", str(p), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    cli_rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [(r["text"], r["start_date"], r["value"]) for r in cli_rows] == \
        [(r["text"], r["start_date"], r["value"]) for r in rows.values()]


# sentences through the pipeline: the tense of the clause picks the year or the week
SENTENCES = [
    (THU, "Russian drones struck Kyiv on Monday.", "Monday", "2025-05-19"),
    (THU, "The talks resume Monday in Istanbul.", "Monday", "2025-05-26"),
    (THU, "The two leaders will meet on Monday.", "Monday", "2025-05-26"),
    (THU, "Talks were held in December.", "December", "2024-12-01"),
    (THU, "The summit will be held in December.", "December", "2025-12-01"),
    ("1989-10-30", "Under the agreement, announced Friday, holders would receive a dividend.", "Friday",
     "1989-10-27"),
    ("1989-10-26", "The company declared a dividend, payable Dec. 15 to stock of record Nov. 17.", "Dec. 15",
     "1989-12-15"),
    ("1989-10-26", "The company declared a dividend, payable Dec. 15 to stock of record Nov. 17.", "Nov. 17",
     "1989-11-17"),
    ("1989-11-02", "The rights, which expire Nov. 21, can be exercised for $100 each.", "Nov. 21", "1989-11-21"),
    ("1989-10-27", "In March, investors urged the board to act.\n\nThe following month, the company put itself up "
     "for sale.", "The following month", "1989-04-01"),
    (THU, "The talks opened in Istanbul on May 2, 2024. The following year, they moved to Geneva.",
     "The following year", "2025-01-01"),
]


@pytest.mark.parametrize(("published", "text", "expr", "start"), SENTENCES)
def test_tense_of_the_clause(parse, published, text, expr, start):
    doc = parse(text, D(published))
    found = {t.text: t.window for t in doc._.times}
    assert expr in found, found
    assert found[expr].start == D(start)


# each rule of the relative, calendar and explicit-day chains with an expression it is the first to read
RULE_EXAMPLES = [
    (timex.RELATIVE_RULES, "overnight", "overnight into Saturday"),
    (timex.RELATIVE_RULES, "today", "later today"),
    (timex.RELATIVE_RULES, "day_before_yesterday", "the day before yesterday"),
    (timex.RELATIVE_RULES, "yesterday", "yesterday evening"),
    (timex.RELATIVE_RULES, "tomorrow", "tomorrow morning"),
    (timex.RELATIVE_RULES, "the_day_before", "the night before"),
    (timex.RELATIVE_RULES, "the_day_after", "a day later"),
    (timex.RELATIVE_RULES, "the_same_day", "hours later"),
    (timex.RELATIVE_RULES, "that_night", "that night"),
    (timex.RELATIVE_RULES, "to_the_day_ago", "a week ago today"),
    (timex.RELATIVE_RULES, "units_ago", "a fortnight ago"),
    (timex.RELATIVE_RULES, "the_unit_after", "the preceding week"),
    (timex.RELATIVE_RULES, "unit_ago_modifier", "the year-ago figure"),
    (timex.CALENDAR_RULES, "past_week", "during the last seven days"),
    (timex.CALENDAR_RULES, "past_few_days", "the last several days"),
    (timex.CALENDAR_RULES, "recent_weeks", "in recent weeks"),
    (timex.CALENDAR_RULES, "weekend", "this coming weekend"),
    (timex.CALENDAR_RULES, "early_or_late_in_the_week", "later in the week"),
    (timex.CALENDAR_RULES, "next_week", "in the coming week"),
    (timex.CALENDAR_RULES, "last_week", "early last week"),
    (timex.CALENDAR_RULES, "this_week", "later this week"),
    (timex.CALENDAR_RULES, "next_month", "early next month"),
    (timex.CALENDAR_RULES, "last_month", "the previous month"),
    (timex.CALENDAR_RULES, "this_month", "the same month"),
    (timex.CALENDAR_RULES, "end_of_the_month", "by the end of the month"),
    (timex.CALENDAR_RULES, "past_twelve_months", "over the past year"),
    (timex.CALENDAR_RULES, "last_year", "the prior fiscal year"),
    (timex.CALENDAR_RULES, "next_year", "the coming year"),
    (timex.CALENDAR_RULES, "this_year", "by year-end"),
    (timex.CALENDAR_RULES, "past_hours", "over the last 36 hours"),
    (timex.RELATIVE_RULES, "that_unit", "later that year"),
    (explicit.DAY_RULES, "holiday", "on boxing day"),
    (explicit.DAY_RULES, "iso_date", "2019-11-05"),
    (explicit.DAY_RULES, "slashed_date", "3/14/07"),
    (explicit.DAY_RULES, "month_day_range", "Oct. 30-Nov. 2"),
    (explicit.DAY_RULES, "day_month_range", "4 to 6 June"),
    (explicit.DAY_RULES, "month_and_day", "the ninth of April"),
]


@pytest.mark.parametrize(("rules", "name", "expr"), RULE_EXAMPLES, ids=[r[1] for r in RULE_EXAMPLES])
def test_first_rule_to_read(rules, name, expr):
    published = D(THU)
    first = next(rule.__name__ for rule in rules
                 if (rule(expr.lower(), published, published, "past") if len(signature(rule).parameters) == 4
                     else rule(expr.lower(), published, "past")) is not None)
    assert first == name


def test_every_rule_is_tried_and_has_an_example():
    listed = {(id(rules), name) for rules, name, _ in RULE_EXAMPLES}
    for rules in (timex.RELATIVE_RULES, timex.CALENDAR_RULES, explicit.DAY_RULES):
        for rule in rules:
            assert (id(rules), rule.__name__) in listed
            assert rule.__doc__ and '"' in rule.__doc__


@pytest.mark.parametrize("expr", ["February 30", "2025-02-30", "31 April"])
def test_a_date_that_is_not_in_the_calendar_is_none(expr):
    assert explicit.explicit_day(expr.lower(), D(THU), "past") is None


# "a week ago" is the day seven days off, give or take a day a week, not the whole calendar week
# before (published Thursday 2025-05-22; the anchor is the day the narrative set)
WEEKS_OFF = [
    ("a week ago", None, "2025-05-14", "2025-05-16"),
    ("a week or so ago", None, "2025-05-14", "2025-05-16"),
    ("two weeks ago", None, "2025-05-06", "2025-05-10"),
    ("a fortnight ago", None, "2025-05-06", "2025-05-10"),
    ("a week earlier", "2025-05-20", "2025-05-12", "2025-05-14"),
    ("two weeks later", "2025-05-01", "2025-05-13", "2025-05-17"),
]


@pytest.mark.parametrize(("expr", "anchor", "start", "end"), WEEKS_OFF)
def test_weeks_off_are_about_a_day(expr, anchor, start, end):
    w = resolve(expr, date.fromisoformat(THU), anchor=date.fromisoformat(anchor) if anchor else None)
    assert w is not None and (w.start.isoformat(), w.end.isoformat()) == (start, end)


# "a week ago today", "exactly a month ago": the very day back; "that Wednesday": the week the story told
AGO_AND_THAT_DAY = [
    ("a week ago today", None, "2025-05-15", "2025-05-15"),
    ("exactly one week ago", None, "2025-05-15", "2025-05-15"),
    ("exactly two weeks ago", None, "2025-05-08", "2025-05-08"),
    ("a year ago today", None, "2024-01-01", "2024-12-31"),  # an anniversary: the year, as before
    ("a week ago", None, "2025-05-14", "2025-05-16"),  # only about a week: a day either side
    ("that Wednesday", "2025-05-05", "2025-05-07", "2025-05-07"),
    ("that Monday", "2025-05-05", "2025-05-05", "2025-05-05"),
]


@pytest.mark.parametrize(("expr", "anchor", "start", "end"), AGO_AND_THAT_DAY)
def test_a_day_counted_back_or_in_the_told_week(expr, anchor, start, end):
    w = resolve(expr, D(THU), anchor=D(anchor) if anchor else None)
    assert w is not None and (w.start.isoformat(), w.end.isoformat()) == (start, end)


@pytest.mark.parametrize(("text", "span"), [
    ("Rebels returned to the valley a week ago today, villagers said.", "a week ago today"),
    ("Police arrested his brother that Wednesday.", "that Wednesday"),
])
def test_the_finder_keeps_the_whole_phrase(text, span):
    assert span in [text[s:e] for s, e in find_times(text)]

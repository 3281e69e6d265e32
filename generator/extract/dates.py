"""Date expressions resolved against an article's publication date, with their precision.

"Tuesday" -> the Tuesday before publication (the one after when the clause is in the future
tense); "March 6" -> the March 6 nearest to publication that fits the tense; "last April" -> April of the year before when April has not yet come; "Oct. 7" ->
the year the article gives for Oct. 7 elsewhere; "last week" -> its month when all of it lies in
one month; "last autumn" -> its year; "3-5 May" -> its month; "Boxing Day" -> 26 December. Durations ("two years",
"every day", "the next five years") are not dates; decades ("the 1950s") are kept, undated.
Nothing is invented: what cannot be pinned down resolves to None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from generator.extract import rules
from generator.extract.lexicon import pairs, phrases, words
from generator.extract.rules import rule

_MONTH_LINES = [line.split() for line in phrases("month_names")]  # "september sep sept"
MONTHS = {short: n for n, names in enumerate(_MONTH_LINES, 1) for short in names[1:] or names}
MONTH_NAMES = frozenset(names[0] for names in _MONTH_LINES)
WEEKDAYS = [day.lower() for day in phrases("weekday_names")]
_MONTH_WORDS = sorted({w for names in _MONTH_LINES for w in names}, key=lambda w: (-len(w), w))  # longest first
_MONTH = rf"(?P<month>{'|'.join(_MONTH_WORDS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1\d|20)\d\d)"  # in a date the model tagged: also "1337"

PATTERNS = [
    re.compile(rf"^(?P<iso>{_YEAR}-(?P<m>\d\d)-(?P<d>\d\d))$"),
    re.compile(rf"^{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?$"),
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?$"),
    re.compile(rf"^(?:(?P<rel>last|next|this|early|late|mid|earlier|later)[\s-]+(?:in\s+)?)?{_MONTH}(?:\s*,?\s*{_YEAR})?$"),
    re.compile(rf"^(?:in\s+)?{_YEAR}$"),
    re.compile(rf"^(?:in\s+)?{_YEAR}\s*[-/–]\s*(?:\d\d?|\d{{4}})$"),  # "in 2003-4", a financial year: its start
    # "October last year", "in March this year", "March of this year"
    re.compile(rf"^{_MONTH}\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year$"),
    # "3-5 May", "May 3-5": a run of days, at its month's precision
    re.compile(rf"^[0-3]?\d(?:st|nd|rd|th)?\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?$"),
    re.compile(rf"^{_MONTH}\s+[0-3]?\d\s*[-–]\s*[0-3]?\d(?:\s*,?\s*{_YEAR})?$"),
]
_TIMES_OF_DAY = "|".join(phrases("times_of_day"))
WEEKDAY = re.compile(rf"^(?:(?:earlier|later)\s+(?:on\s+)?)?(?:(?P<rel>last|next|this|on)\s+)?(?:(?:late|early)\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})(?:\s+(?:{_TIMES_OF_DAY}))?$")
_RELATIVE_DAYS = {phrase: int(offset) for phrase, offset in pairs("relative_days").items()}
_RELATIVE_PERIOD = re.compile(r"^(?P<rel>last|next|this|earlier this|later this|past|the)\s+(?P<unit>week|month|year|weekend)$")
# "by the end of the month", "at the start of the week": a part of the period publication is in
_PART_OF_THE_PERIOD = re.compile(r"\b(?:end|start|beginning|middle|close)\s+of\s+the\s+(?:week|month|year)\b", re.I)
# Days named for a feast: the same day each year
HOLIDAYS = {name: tuple(int(n) for n in day.split("-")) for name, day in pairs("holiday_dates").items()}
# Days named for a feast on a weekday of its month ("Thanksgiving"): month, which such weekday (-1: the last), weekday
MOVABLE_HOLIDAYS = {
    name: (int(month), int(which), WEEKDAYS.index(weekday))
    for name, (month, which, weekday) in ((n, v.split()) for n, v in pairs("movable_holidays").items())
}
HOLIDAY_NAMES = sorted([*HOLIDAYS, *MOVABLE_HOLIDAYS], key=len, reverse=True)  # the longest name first
_HOLIDAY = re.compile(r"^(?P<holiday>" + "|".join(map(re.escape, HOLIDAY_NAMES)) + r")(?:\s*,?\s*(?P<year>(?:1\d|20)\d\d))?$")
_SEASON_MONTHS = {season: tuple(int(n) for n in months.split("-")) for season, months in pairs("season_months").items()}
_SEASON = re.compile(rf"^(?P<rel>last|this|next)\s+(?P<season>{'|'.join(_SEASON_MONTHS)})$")
_WEEKDAY_FIRST = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}),?\s+(?P<rest>(?:\d|{'|'.join(_MONTH_WORDS)}).*)$")  # "Tuesday, March 9"
_YEAR_WRITTEN = re.compile(r"\b(?:1\d|20)\d\d\b")
_PERIOD_OF_YEARS = re.compile(rf"^{_YEAR}\s+(?:to|until|till|through)\s+(?:1\d|20)\d\d$")  # "2001 to 2006"
_AGO = re.compile(r"^(?:only\s+|just\s+)?(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$")
_NUMBER_WORDS = {word: int(value) for word, value in pairs("counts_before_ago").items()}
# "in the last year", "over the past month": the stretch up to now, not the calendar year before
_UP_TO_NOW = re.compile(r"\bthe\s+(?:last|past)\s+(?:year|month|week)\b", re.I)
# Time-point words: a DATE entity without any of these is a duration or a frequency.
_POINT_WORDS = [*_MONTH_WORDS, *WEEKDAYS, *sorted(words("time_point_words"))]
_THE_SEASON = re.compile(rf"^the\s+(?:{'|'.join(_SEASON_MONTHS)})$", re.I)  # "over the summer", not "a spring conference"
_POINT = re.compile(rf"\b(?:{'|'.join(_POINT_WORDS)}|(?:1\d|20)\d\d(?:s|'s)?)\b", re.IGNORECASE)  # "the 1950s": kept, undated
# "the last 12 months", "the next few years", "the past couple of decades": a stretch, not a point
_STRETCH = re.compile(r"\b(?:last|past|next|coming|previous)\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years|decades)\b", re.I)


@dataclass(frozen=True)
class Resolved:
    iso: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    text: str


@lru_cache(maxsize=8192)  # a story's dates repeat ("on Monday", "last year"): each text is normalized once
def normalize(text: str) -> str:
    text = text.lower().replace("’", "'").strip().strip(" ,.;:")
    text = re.sub(r"^(?:the|on|in|since|from|until|by|of|as of)\s+", "", text)
    text = re.sub(r"^(?:the|on|in)\s+", "", text)
    text = re.sub(r"^(?:only|just)\s+", "", text)  # "only this week"
    text = re.sub(r"^(?:early|late|mid)[\s-]+(?=(?:last|this|next)\s+(?:year|month)$)", "", text)  # "late last year"
    text = re.sub(r"'s$", "", text)  # "last May's vote"
    text = re.sub(r"^(?:earlier|later)\s+(?=(?:today|tonight|this\s+(?:morning|afternoon|evening))$)", "", text)  # "later today"
    text = re.sub(r"^this\s+past\s+(?=(?:week|weekend)$)", "last ", text)  # "this past weekend"
    # "between 1991 and 1994", "from 1972 to 1976": a period, dated by its start
    text = re.sub(r"^(?:between|from)\s+((?:1\d|20)\d\d)\s*(?:and|to|until|-|–)\s*(?:1\d|20)\d\d$", r"\1", text)
    # "the end of 2010", "the start of March", "early 2011", "the last quarter of next year": the period they lie in
    text = re.sub(r"^(?:(?:the\s+)?(?:end|start|beginning|middle|close|turn|spring|summer|autumn|fall|winter|(?:first|second|third|fourth|final)\s+(?:quarter|half))\s+of|(?:early|late|mid)(?=[\s-]+(?:1[89]|20)\d\d$))[\s-]+", "", text)
    text = re.sub(r"^(?:spring|summer|autumn|fall|winter)\s+(?=(?:1[89]|20)\d\d$)", "", text)  # "Spring 2010"
    text = re.sub("^" + _YEAR + r"\s+\d{1,3}$", lambda m: m["year"], text)  # "Since 1990 12 branches": the model ran the count on
    return re.sub(r"\s+", " ", text)


def is_up_to_now(text: str) -> bool:
    """'in the last year', 'over the past month': the stretch up to publication."""
    return bool(_UP_TO_NOW.search(text))


def is_relative_day(text: str) -> bool:
    """'this morning', 'later today', 'tonight': a day counted from publication."""
    return normalize(text) in _RELATIVE_DAYS


def is_point_in_time(text: str) -> bool:
    if _STRETCH.search(text) or _UP_TO_NOW.search(text):
        return False
    if _HOLIDAY.match(normalize(text)) or _PART_OF_THE_PERIOD.search(text) or _THE_SEASON.match(text.strip()):
        return True
    return bool(_POINT.search(text)) and not re.search(r"\b(?:every|each|long)\b|-long\b", text, re.I)


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower()[:3]]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False


def _nearest_year(published: date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (and day) given without one: the previous occurrence for the past
    tense, the next one for the future, else the one closest to publication."""
    def distance(year: int) -> int:
        d = date(year, month, min(day or 15, 28))
        return (d - published).days

    def months_on(year: int) -> int:  # a month alone: how many months after publication's
        return (year - published.year) * 12 + month - published.month

    candidates = [published.year - 1, published.year, published.year + 1]
    if tense == "past":  # a month alone: begun by publication
        candidates = [y for y in candidates if (distance(y) <= 0 if day else months_on(y) <= 0)]
    elif tense == "future":  # a month alone: not over by publication
        candidates = [y for y in candidates if (distance(y) >= 0 if day else months_on(y) >= 0)]
    return min(candidates, key=lambda y: abs(distance(y)))


def resolve(
    text: str,
    published: date | None,
    tense: str = "",
    known_years: dict[tuple[int, int], int] | None = None,
) -> Resolved:
    """Resolve one date expression. `known_years` maps (month, day) to a year given elsewhere.
    A date the calendar cannot hold ("tomorrow" after 31 December 9999) stays unresolved."""
    try:
        found = _resolve(text, published, tense, known_years)
    except (OverflowError, ValueError):
        return Resolved(None, text)
    if found.iso is not None and not 1 <= int(found.iso.split("-")[0]) <= 9999:
        return Resolved(None, text)
    return found


def _resolve(
    text: str, published: date | None, tense: str, known_years: dict[tuple[int, int], int] | None
) -> Resolved:
    """The date of the first shape of stage `date.resolve` that `text` has, or none. "Over
    the past year" is the stretch up to now (which `is_point_in_time` leaves out of events)."""
    if _UP_TO_NOW.search(text):
        return Resolved(None, text)
    found = rules.first("date.resolve", normalize(text), text, published, tense, known_years or {})
    return found if found is not None else Resolved(None, text)


# Stage `date.resolve`: the shapes of a date expression, each a rule that answers for the
# (normalized) text it fits, with its date or, when the date cannot be pinned down, with
# none; the first shape that fits decides. Its arguments: the normalized text, the text as
# written, the publication date, the tense of the clause ("past", "future" or "") and the
# (month, day) -> year the article gives elsewhere.

@rule("date.iso-date", stage="date.resolve", priority=10, action="date",
      why="'2021-03-04': a date written as year-month-day.",
      examples=["Tom Hale resigned from Dunmore Mining on 2021-03-04."])
def _iso_date(t: str, text: str, *_: object) -> Resolved | None:
    m = PATTERNS[0].match(t)
    if not m:
        return None
    y, mo, d = int(m["year"]), int(m["m"]), int(m["d"])
    return Resolved(f"{y:04d}-{mo:02d}-{d:02d}", text) if _valid(y, mo, d) else Resolved(None, text)


@rule("date.weekday-then-date", stage="date.resolve", priority=15, action="date",
      why="'Tuesday, March 9': a weekday before a date; the date tells the day, and, when its year is not written, the weekday"
          " tells which year (of the year before publication, its own and the next, the one nearest publication whose March 9"
          " is a Tuesday).",
      examples=["[2025-03-12] Tom Hale resigned from Dunmore Mining on Tuesday, March 9.",
                "[2025-05-10] The meeting took place the morning of Friday, Sept. 12, in Tarrow."])
def _weekday_then_date(t: str, text: str, published: date | None, tense: str, known: dict[tuple[int, int], int]) -> Resolved | None:
    m = _WEEKDAY_FIRST.match(t)
    if not m:
        return None
    found = rules.first("date.resolve", m["rest"], text, published, tense, known)
    if found is None or found.iso is None or len(found.iso) != 10 or published is None or _YEAR_WRITTEN.search(m["rest"]):
        return found
    weekday = WEEKDAYS.index(t.split()[0].rstrip(","))
    month, day = int(found.iso[5:7]), int(found.iso[8:10])
    fits = [y for y in (published.year - 1, published.year, published.year + 1)
            if _valid(y, month, day) and date(y, month, day).weekday() == weekday]
    if not fits or int(found.iso[:4]) in fits:
        return found
    year = min(fits, key=lambda y: abs((date(y, month, day) - published).days))
    return Resolved(f"{year:04d}-{month:02d}-{day:02d}", text)


@rule("date.period-of-years", stage="date.resolve", priority=55, action="date",
      why="'2001 to 2006', 'from 2001 until 2006': a period, dated by its start.",
      examples=["Tom Hale led Dunmore Mining from 2001 to 2006."])
def _period_of_years(t: str, text: str, *_: object) -> Resolved | None:
    m = _PERIOD_OF_YEARS.match(t)
    return Resolved(f"{int(m['year']):04d}", text) if m else None


def _calendar_rule(n: int, id: str, why: str, priority: int, examples: list[str]) -> None:
    """Rule `id`: the calendar shape `PATTERNS[n]` (a month, a day, a year, a relative word)."""

    @rule(id, stage="date.resolve", priority=priority, action="date", why=why, examples=examples)
    def shape(t: str, text: str, published: date | None, tense: str, known: dict[tuple[int, int], int]) -> Resolved | None:
        m = PATTERNS[n].match(t)
        return _calendar(m.groupdict(), text, published, tense, known) if m else None


_calendar_rule(1, "date.month-then-day", "'March 3', 'Oct. 7, 2023': a month and a day, perhaps a year (when none is written: the year the "
               "article gives that date or that month in, else the one nearest publication that fits the tense).", 20,
               ["Tom Hale resigned from Dunmore Mining on March 3, 2021."])
_calendar_rule(2, "date.day-then-month", "'3 March', 'the 3rd of March 2021': a day and a month, perhaps a year.", 30,
               ["Tom Hale resigned from Dunmore Mining on 3 March 2021.", "[2025-03-06] Ana Ruiz opened the Tarrow bridge on 3 March."])
_calendar_rule(3, "date.month", "'March 2021', 'last April', 'early May': a month, perhaps a year or a word placing it "
               "('last November' written in November or December: the year before's, else it would be 'last month'; 'this "
               "November': the year's own, unless the verb is past). A month alone is placed from publication by the tense, "
               "not by a year the article writes it with elsewhere ('Dunmore sales rose in October', in an article of 3 "
               "November that also recalls 'October 2019', is the October just gone); only with no publication date, that year.", 40,
               ["Ana Ruiz joined Dunmore Mining in March 2021.", "[2025-03-06] Ana Ruiz left Dunmore Mining last April.",
                "[2025-12-02] Tom Hale narrowly won the Tarrow seat last November.",
                "[2025-01-15] Ana Ruiz will visit Tarrow in December.", "[2025-02-20] Tom Hale resigned from Dunmore Mining in March.",
                "[2025-04-02] Ana Ruiz runs for the Dunmore harbour board this November."])
_calendar_rule(4, "date.year", "'in 1998': a year alone.", 50, ["Dunmore Mining was founded in 1998."])
_calendar_rule(5, "date.financial-year", "'in 2003-4': a financial year, dated by its start.", 60,
               ["Tarrow Council cut its budget in 2003-4."])
_calendar_rule(6, "date.month-and-relative-year", "'October last year', 'March of this year': a month in a year told from publication.", 70,
               ["[2025-03-06] Ana Ruiz left Dunmore Mining in October last year."])
_calendar_rule(7, "date.run-of-days-then-month", "'3-5 May': a run of days, at its month's precision.", 80,
               ["The Tarrow festival was held on 3-5 May 2021."])
_calendar_rule(8, "date.month-then-run-of-days", "'May 3-5': a run of days, at its month's precision.", 90,
               ["The Tarrow festival was held on May 3-5, 2021."])


def _calendar(g: dict[str, str | None], text: str, published: date | None, tense: str, known: dict[tuple[int, int], int]) -> Resolved:
    """A calendar shape's date: its year given, told from publication ("last year"), given
    elsewhere in the article, or the one nearest publication that fits the tense."""
    none = Resolved(None, text)
    year = int(g["year"]) if g.get("year") else None
    if g.get("relyear"):
        if published is None:
            return none
        year = published.year + int(pairs("relative_shifts")[g["relyear"]])
    if not g.get("month"):
        return Resolved(f"{year:04d}", text) if year else none
    month = _month_number(g["month"])
    day = int(g["day"]) if g.get("day") else None
    rel = g.get("rel")
    if year is None and (month, day or 0) in known and not rel and (day or published is None):
        year = known[(month, day or 0)]  # "on March 3" after "March 3, 1966"; undated: "the March election" after "March 1966"
    elif year is None and day and (month, 0) in known and not rel:
        year = known[(month, 0)]  # "on Sept. 15", after "Sept. 11, 2012": that September
    if year is None:
        if published is None:
            return none
        year = _nearest_year(published, month, day, "past" if rel == "last" else "future" if rel == "next" else tense)
        if rel == "this" and tense != "past":
            year = published.year  # "this November" written in March: the year's own November, ahead (a past verb: the one gone)
        if rel == "last" and year == published.year and 0 <= published.month - month <= 1:
            year -= 1  # "last November" written in December: not last month (that is "last month"), a year before
    if day is None:
        return Resolved(f"{year:04d}-{month:02d}", text)
    return Resolved(f"{year:04d}-{month:02d}-{day:02d}", text) if _valid(year, month, day) else none


@rule("date.holiday", stage="date.resolve", priority=100, action="date",
      why="'Boxing Day', 'Christmas Eve 2020': a day named for a feast, the same day each year; 'Thanksgiving', "
          "'Labor Day': a feast on a weekday of its month, the day it fell on that year (data/movable_holidays.txt).",
      examples=["Tom Hale resigned from Dunmore Mining on Christmas Eve 2020.",
                "[2025-03-06] Ana Ruiz said on Christmas Eve that she would stand down.",
                "[2025-12-02] Tom Hale said on Thanksgiving Day that the Tarrow plant would close."])
def _holiday(t: str, text: str, published: date | None, tense: str, _: object) -> Resolved | None:
    m = _HOLIDAY.match(t)
    if not m:
        return None
    name = m["holiday"]
    month, day = HOLIDAYS[name] if name in HOLIDAYS else _movable_day(name, published.year if published else 2001)
    if m["year"] is None and published is None:
        return Resolved(None, text)
    year = int(m["year"]) if m["year"] else _nearest_year(published, month, day, tense)  # type: ignore[arg-type]
    if name in MOVABLE_HOLIDAYS:
        month, day = _movable_day(name, year)
    return Resolved(f"{year:04d}-{month:02d}-{day:02d}", text)


def _movable_day(name: str, year: int) -> tuple[int, int]:
    """The month and day a movable feast falls on in `year` ("Thanksgiving": the fourth Thursday of November)."""
    month, which, weekday = MOVABLE_HOLIDAYS[name]
    days = [d for d in range(1, 32) if _valid(year, month, d) and date(year, month, d).weekday() == weekday]
    return month, days[which - 1 if which > 0 else which]


@rule("date.relative-day", stage="date.resolve", priority=110, action="date",
      why="'yesterday', 'last night', 'tomorrow', 'later today': a day counted from publication.",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining yesterday.",
                "[2025-03-06] Tom Hale will speak at the Dunmore conference later today."])
def _relative_day(t: str, text: str, published: date | None, *_: object) -> Resolved | None:
    if published is None or t not in _RELATIVE_DAYS:
        return None
    return Resolved((published + timedelta(days=_RELATIVE_DAYS[t])).isoformat(), text)


@rule("date.this-weekday-of-the-week", stage="date.resolve", priority=118, action="date",
      why="'is sending its crew home this Friday', written on a Tuesday: 'this' names the day of publication's week (Monday to "
          "Sunday), ahead of it or gone by; not the one of the week before (not in a clause told in the past, nor a day gone by "
          "in one told in the future: rule date.weekday).",
      examples=["[2025-03-04] Dunmore Mining is sending its night crew home this Friday.",
                "[2025-03-04] Ana Ruiz is hosting the Tarrow book fair this Saturday at the old mill."],
      counter=["[2025-03-06] Tom Hale resigned from Dunmore Mining this Tuesday.",
               "[2025-03-09] Ana Ruiz will open the Tarrow book fair this Saturday at the old mill."])
def _this_weekday(t: str, text: str, published: date | None, tense: str, _: object) -> Resolved | None:
    m = WEEKDAY.match(t)
    if published is None or not m or m["rel"] != "this" or tense == "past":
        return None
    target = WEEKDAYS.index(m["weekday"])
    if tense == "future" and target < published.weekday():
        return None  # 'will take the ferry this Saturday', written on a Sunday: the Saturday ahead (rule date.weekday)
    return Resolved((published + timedelta(days=target - published.weekday())).isoformat(), text)


@rule("date.weekday", stage="date.resolve", priority=120, action="date",
      why="'Tuesday', 'last Tuesday', 'next Tuesday', 'earlier Tuesday': the one before publication, or after it in the future tense.",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining last Tuesday.",
                "[2025-03-06] Earlier Tuesday, a Dunmore Mining truck crashed near Tarrow.",
                "[2025-03-06] Ana Ruiz will visit Tarrow on Tuesday."])
def _weekday(t: str, text: str, published: date | None, tense: str, _: object) -> Resolved | None:
    m = WEEKDAY.match(t)
    if published is None or not m:
        return None
    target = WEEKDAYS.index(m["weekday"])
    delta = (published.weekday() - target) % 7
    if m["rel"] == "next" or (tense == "future" and m["rel"] != "last"):
        # "will open on Wednesday", written on a Wednesday: that day; "next Wednesday": a week on
        ahead = (target - published.weekday()) % 7 or (7 if m["rel"] == "next" else 0)
        return Resolved((published + timedelta(days=ahead)).isoformat(), text)
    if m["rel"] == "last" and delta == 0:
        delta = 7
    return Resolved((published - timedelta(days=delta)).isoformat(), text)


@rule("date.this-weekend-told-in-the-past", stage="date.resolve", priority=125, action="date",
      why="'learned this weekend', in an article of a weekday: a weekend told in the past is the one just gone, "
          "not the one ahead.",
      examples=["[2025-04-01] Tom Hale resigned from Dunmore Mining this weekend."],
      counter=["[2025-04-01] Tom Hale will resign from Dunmore Mining this weekend."])
def _this_weekend_told_in_the_past(t: str, text: str, published: date | None, tense: str, *_: object) -> Resolved | None:
    if published is None or t != "this weekend" or tense != "past" or published.weekday() >= 5:
        return None
    return _span_precision(*_week(published, "last", "weekend"), text)


@rule("date.this-week-told-in-the-past", stage="date.resolve", priority=127, action="date",
      why="'resigned this week', in an article of a Wednesday: a happening of this week told in the past lies between "
          "the week's Monday and publication, so its month is known when those days lie in one month, even where the "
          "rest of the week runs into the next.",
      examples=["[2025-04-30] Tom Hale resigned from Dunmore Mining this week."],
      counter=["[2025-04-30] Tom Hale will resign from Dunmore Mining this week."])
def _this_week_told_in_the_past(t: str, text: str, published: date | None, tense: str, *_: object) -> Resolved | None:
    if published is None or t != "this week" or tense != "past":
        return None
    return _span_precision(published - timedelta(days=published.weekday()), published, text)


@rule("date.relative-period", stage="date.resolve", priority=130, action="date",
      why="'last week', 'next month', 'this year', 'this past weekend': a week, weekend, month or year counted from publication.",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining last month.",
                "[2025-03-12] Tom Hale resigned from Dunmore Mining this past weekend.",
                "[2025-03-06] Dunmore Mining will close the Tarrow plant by the end of the month."])
def _relative_period(t: str, text: str, published: date | None, *_: object) -> Resolved | None:
    m = _RELATIVE_PERIOD.match(t)
    if published is None or not m:
        return None
    shift = int(pairs("relative_shifts").get(m["rel"], "0"))
    if m["unit"] == "year":
        return Resolved(f"{published.year + shift:04d}", text)
    if m["unit"] == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return Resolved(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", text)
    return _span_precision(*_week(published, m["rel"], m["unit"]), text)


@rule("date.season", stage="date.resolve", priority=140, action="date",
      why="'this autumn', 'last spring': the year of the season told from publication (winter spans two).",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining last autumn."])
def _season(t: str, text: str, published: date | None, *_: object) -> Resolved | None:
    m = _SEASON.match(t)
    if published is None or not m:
        return None
    first, last = _SEASON_MONTHS[m["season"]]
    if m["rel"] == "last":  # the latest one over by publication
        return Resolved(f"{published.year if published.month > last else published.year - 1:04d}", text)
    if m["rel"] == "next":  # the first one not yet begun
        return Resolved(f"{published.year if published.month < first else published.year + 1:04d}", text)
    return Resolved(f"{published.year:04d}", text)


@rule("date.season-alone", stage="date.resolve", priority=145, action="date",
      why="'over the summer', 'in the spring': 'the' and a season, without 'this', 'last' or a year, told in the "
          "past is the year of the latest one begun by publication; told in the future, of the first one not over; "
          "else the nearer of the two ('an election expected in the spring', in January). Not a season before a noun "
          "('a spring conference'); winter spans two years and is left out.",
      examples=["[2025-09-12] Tom Hale sold the Tarrow plant over the summer.",
                "[2025-03-12] Tom Hale will sell the Tarrow plant in the summer.",
                "[2025-03-12] Tom Hale sold the Tarrow plant in the summer.",
                "[2025-01-11] The next Tarrow election is expected in the spring."],
      counter=["[2025-03-12] Tom Hale sold the Tarrow plant last summer.",
               "Tom Hale spoke at the Dunmore Party's spring conference in Tarrow."])
def _season_alone(t: str, text: str, published: date | None, tense: str, *_: object) -> Resolved | None:
    if published is None or t not in _SEASON_MONTHS or not _THE_SEASON.match(text.strip()):
        return None  # "a spring conference": a kind of conference
    first, last = _SEASON_MONTHS[t]
    begun = published.year if published.month >= first else published.year - 1  # the latest one begun
    not_over = published.year if published.month <= last else published.year + 1  # the first one not over
    if tense in ("past", "future"):
        return Resolved(f"{begun if tense == 'past' else not_over:04d}", text)
    middle = (first + last) / 2  # else the nearer of the two
    near = min((begun, not_over), key=lambda y: abs((y - published.year) * 12 + middle - published.month))
    return Resolved(f"{near:04d}", text)


@rule("date.time-ago", stage="date.resolve", priority=150, action="date",
      why="'two weeks ago', 'a year ago': counted back from publication.",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining two years ago."])
def _ago(t: str, text: str, published: date | None, *_: object) -> Resolved | None:
    m = _AGO.match(t)
    if published is None or not m:
        return None
    n = _NUMBER_WORDS.get(m["n"], int(m["n"]) if m["n"].isdigit() else None)
    if n is None:
        return Resolved(None, text)
    if m["unit"].startswith("day"):
        return Resolved((published - timedelta(days=n)).isoformat(), text)
    if m["unit"].startswith("year"):
        return Resolved(f"{published.year - n:04d}", text)
    if m["unit"].startswith("month"):
        month_index = published.year * 12 + published.month - 1 - n
        return Resolved(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", text)
    monday = published - timedelta(days=published.weekday() + 7 * n)
    return _span_precision(monday, monday + timedelta(days=6), text)


def _week(published: date, rel: str, unit: str) -> tuple[date, date]:
    """The days a week or weekend phrase covers: "last week" is the Monday-to-Sunday before
    the publication's week, "earlier this week" its days up to the day before."""
    monday = published - timedelta(days=published.weekday())
    shift = 7 * int(pairs("relative_shifts").get(rel, "0"))
    if unit == "weekend":
        saturday = monday + timedelta(days=5 + shift)
        return saturday, saturday + timedelta(days=1)
    start = monday + timedelta(days=shift)
    end = published - timedelta(days=1) if rel == "earlier this" else start + timedelta(days=6)
    return start, max(start, end)


def _span_precision(start: date, end: date, text: str) -> Resolved:
    """A stretch of days at the finest precision true of all of them: its month when it lies
    in one ("last week", all in March -> 2025-03), else its year; never a day."""
    if (start.year, start.month) == (end.year, end.month):
        return Resolved(f"{start.year:04d}-{start.month:02d}", text)
    return Resolved(f"{start.year:04d}", text) if start.year == end.year else Resolved(None, text)


def known_years(texts: list[str]) -> dict[tuple[int, int], int]:
    """(month, day) -> year, from the dates in an article that give all three; (month, 0) ->
    year from "February 1974" or "February 3, 1974", when the article gives that month in one
    year only."""
    out: dict[tuple[int, int], int] = {}
    months: dict[int, set[int]] = {}
    for text in texts:
        t = normalize(text)
        for pattern in PATTERNS[1:3]:
            m = pattern.match(t)
            if m and m["year"]:
                out.setdefault((_month_number(m["month"]), int(m["day"])), int(m["year"]))
                months.setdefault(_month_number(m["month"]), set()).add(int(m["year"]))
        m = PATTERNS[3].match(t)
        if m and m["year"] and not m["rel"]:
            months.setdefault(_month_number(m["month"]), set()).add(int(m["year"]))
    out.update({(month, 0): years.pop() for month, years in months.items() if len(years) == 1})
    return out

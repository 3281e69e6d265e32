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

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
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
_WEEKDAY = re.compile(r"^(?:(?P<rel>last|next|this|on)\s+)?(?:(?:late|early)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?$")
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                  "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
_RELATIVE_PERIOD = re.compile(r"^(?P<rel>last|next|this|earlier this|later this|past)\s+(?P<unit>week|month|year|weekend)$")
# Days named for a feast: the same day each year
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1)}
_HOLIDAY = re.compile(r"^(?P<holiday>" + "|".join(HOLIDAYS) + r")(?:\s*,?\s*(?P<year>(?:1\d|20)\d\d))?$")
_SEASON = re.compile(r"^(?P<rel>last|this|next)\s+(?P<season>spring|summer|autumn|fall)$")
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}  # winter spans two years
_AGO = re.compile(r"^(?:only\s+|just\s+)?(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$")
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {"a": 1, "an": 1}
# "in the last year", "over the past month": the stretch up to now, not the calendar year before
_UP_TO_NOW = re.compile(r"\bthe\s+(?:last|past)\s+(?:year|month|week)\b", re.I)
# Time-point words: a DATE entity without any of these is a duration or a frequency.
_POINT = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|tonight|yesterday|tomorrow|ago|last|next|this|(?:1\d|20)\d\d(?:s|'s)?)\b", re.I)  # "the 1950s": kept, undated
# "the last 12 months", "the next few years", "the past couple of decades": a stretch, not a point
_STRETCH = re.compile(r"\b(?:last|past|next|coming|previous)\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years|decades)\b", re.I)


@dataclass(frozen=True)
class Resolved:
    iso: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    text: str


def normalize(text: str) -> str:
    text = text.lower().replace("’", "'").strip(" ,.;:")
    text = re.sub(r"^(?:the|on|in|since|from|until|by|of|as of)\s+", "", text)
    text = re.sub(r"^(?:the|on|in)\s+", "", text)
    text = re.sub(r"^(?:only|just)\s+", "", text)  # "only this week"
    text = re.sub(r"^(?:early|late|mid)[\s-]+(?=(?:last|this|next)\s+(?:year|month)$)", "", text)  # "late last year"
    text = re.sub(r"'s$", "", text)  # "last May's vote"
    # "between 1991 and 1994", "from 1972 to 1976": a period, dated by its start
    text = re.sub(r"^(?:between|from)\s+((?:1\d|20)\d\d)\s*(?:and|to|until|-|–)\s*(?:1\d|20)\d\d$", r"\1", text)
    # "the end of 2010", "the start of March", "early 2011", "the third quarter of this year": the period they lie in
    text = re.sub(r"^(?:(?:the\s+)?(?:end|start|beginning|middle|close|turn|spring|summer|autumn|fall|winter|(?:first|second|third|fourth|final)\s+(?:quarter|half))\s+of|(?:early|late|mid)(?=[\s-]+(?:1[89]|20)\d\d$))[\s-]+", "", text)
    text = re.sub(r"^(?:spring|summer|autumn|fall|winter)\s+(?=(?:1[89]|20)\d\d$)", "", text)  # "Spring 2010"
    text = re.sub("^" + _YEAR + r"\s+\d{1,3}$", lambda m: m["year"], text)  # "Since 1990 12 branches": the model ran the count on
    return re.sub(r"\s+", " ", text)


def is_point_in_time(text: str) -> bool:
    if _STRETCH.search(text) or _UP_TO_NOW.search(text):
        return False
    if _HOLIDAY.match(normalize(text)):
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

    candidates = [published.year - 1, published.year, published.year + 1]
    if tense == "past":
        candidates = [y for y in candidates if distance(y) <= (0 if day else 31)]
    elif tense == "future":
        candidates = [y for y in candidates if distance(y) >= (0 if day else -31)]
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
    t = normalize(text)
    none = Resolved(None, text)
    if _UP_TO_NOW.search(text):
        return none
    for pattern in PATTERNS:
        m = pattern.match(t)
        if not m:
            continue
        g = m.groupdict()
        if g.get("iso"):
            y, mo, d = int(g["year"]), int(g["m"]), int(g["d"])
            return Resolved(f"{y:04d}-{mo:02d}-{d:02d}", text) if _valid(y, mo, d) else none
        year = int(g["year"]) if g.get("year") else None
        if g.get("relyear"):
            if published is None:
                return none
            year = published.year + {"last": -1, "this": 0, "next": 1}[g["relyear"]]
        if not g.get("month"):
            return Resolved(f"{year:04d}", text) if year else none
        month = _month_number(g["month"])
        day = int(g["day"]) if g.get("day") else None
        rel = g.get("rel")
        if year is None and known_years and (month, day or 0) in known_years and not rel:
            year = known_years[(month, day or 0)]  # "the March election", after "March 1966"
        if year is None:
            if published is None:
                return none
            year = _nearest_year(published, month, day, "past" if rel == "last" else "future" if rel == "next" else tense)
        if day is None:
            return Resolved(f"{year:04d}-{month:02d}", text)
        return Resolved(f"{year:04d}-{month:02d}-{day:02d}", text) if _valid(year, month, day) else none
    m = _HOLIDAY.match(t)
    if m:
        month, day = HOLIDAYS[m["holiday"]]
        if m["year"] is None and published is None:
            return none
        year = int(m["year"]) if m["year"] else _nearest_year(published, month, day, tense)
        return Resolved(f"{year:04d}-{month:02d}-{day:02d}", text)
    if published is None:
        return none
    if t in _RELATIVE_DAYS:
        return Resolved((published + timedelta(days=_RELATIVE_DAYS[t])).isoformat(), text)
    m = _WEEKDAY.match(t)
    if m:
        target = WEEKDAYS.index(m["weekday"])
        delta = (published.weekday() - target) % 7
        if m["rel"] == "next" or (tense == "future" and m["rel"] != "last"):
            # "will open on Wednesday", written on a Wednesday: that day; "next Wednesday": a week on
            ahead = (target - published.weekday()) % 7 or (7 if m["rel"] == "next" else 0)
            return Resolved((published + timedelta(days=ahead)).isoformat(), text)
        if m["rel"] == "last" and delta == 0:
            delta = 7
        return Resolved((published - timedelta(days=delta)).isoformat(), text)
    m = _RELATIVE_PERIOD.match(t)
    if m:
        shift = {"last": -1, "past": -1, "next": 1}.get(m["rel"], 0)
        if m["unit"] == "year":
            return Resolved(f"{published.year + shift:04d}", text)
        if m["unit"] == "month":
            month_index = published.year * 12 + published.month - 1 + shift
            return Resolved(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", text)
        return _span_precision(*_week(published, m["rel"], m["unit"]), text)
    m = _SEASON.match(t)
    if m:
        first, last = _SEASON_MONTHS[m["season"]]
        if m["rel"] == "last":  # the latest one over by publication
            return Resolved(f"{published.year if published.month > last else published.year - 1:04d}", text)
        if m["rel"] == "next":  # the first one not yet begun
            return Resolved(f"{published.year if published.month < first else published.year + 1:04d}", text)
        return Resolved(f"{published.year:04d}", text)
    m = _AGO.match(t)
    if m:
        n = _NUMBER_WORDS.get(m["n"], int(m["n"]) if m["n"].isdigit() else None)
        if n is None:
            return none
        if m["unit"].startswith("day"):
            return Resolved((published - timedelta(days=n)).isoformat(), text)
        if m["unit"].startswith("year"):
            return Resolved(f"{published.year - n:04d}", text)
        if m["unit"].startswith("month"):
            month_index = published.year * 12 + published.month - 1 - n
            return Resolved(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", text)
        monday = published - timedelta(days=published.weekday() + 7 * n)
        return _span_precision(monday, monday + timedelta(days=6), text)
    return none


def _week(published: date, rel: str, unit: str) -> tuple[date, date]:
    """The days a week or weekend phrase covers: "last week" is the Monday-to-Sunday before
    the publication's week, "earlier this week" its days up to the day before."""
    monday = published - timedelta(days=published.weekday())
    shift = {"last": -7, "past": -7, "next": 7}.get(rel, 0)
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
    year from "February 1974", when the article gives that month in one year only."""
    out: dict[tuple[int, int], int] = {}
    months: dict[int, set[int]] = {}
    for text in texts:
        t = normalize(text)
        for pattern in PATTERNS[1:3]:
            m = pattern.match(t)
            if m and m["year"]:
                out.setdefault((_month_number(m["month"]), int(m["day"])), int(m["year"]))
        m = PATTERNS[3].match(t)
        if m and m["year"] and not m["rel"]:
            months.setdefault(_month_number(m["month"]), set()).add(int(m["year"]))
    out.update({(month, 0): years.pop() for month, years in months.items() if len(years) == 1})
    return out

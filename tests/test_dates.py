from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import is_point_in_time, known_years, resolve

PUB = date(2025, 1, 21)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Tuesday", "", "2025-01-21"),
        ("on Sunday", "past", "2025-01-19"),
        ("Friday", "future", "2025-01-24"),
        ("last April", "", "2024-04"),
        ("Oct. 7, 2023", "", "2023-10-07"),
        ("the Oct. 7 2023", "", "2023-10-07"),
        ("March 6", "future", "2025-03-06"),
        ("March 6", "", "2025-03-06"),
        ("December 30", "past", "2024-12-30"),
        ("6 March 2025", "", "2025-03-06"),
        ("January 2024", "", "2024-01"),
        ("2019", "", "2019"),
        ("yesterday", "", "2025-01-20"),
        ("last year", "", "2024"),
        # a week: its month when every day of it lies in one, else its year, never a day
        ("earlier this week", "", "2025-01"),
        ("last week", "", "2025-01"),
        ("last weekend", "", "2025-01"),
        ("two weeks ago", "", "2025-01"),
        ("three weeks ago", "", None),  # 30 December to 5 January: two years
        ("next week", "", "2025"),  # 27 January to 2 February
        ("three days ago", "", "2025-01-18"),
        ("a year ago", "", "2024"),
        ("October last year", "", "2024-10"),
        ("in March this year", "", "2025-03"),
        ("only two months ago", "", "2024-11"),
        ("the last year", "", None),  # the twelve months up to now, not 2024
        ("the past month", "", None),
        ("February 30", "", None),
        # the part of a period: the period, at its own precision
        ("the end of 2006", "", "2006"),
        ("the start of March", "past", "2024-03"),
        ("early 2005", "", "2005"),
        ("mid-2005", "", "2005"),
        ("Since 1997 10", "", "1997"),  # "Since 1997 10 posts have closed": the count run into the year
        ("2004 2005", "", None),
        # runs of days, possessives, seasons, periods between two years
        ("16-18 December", "past", "2024-12"),
        ("January 16-18, 2024", "", "2024-01"),
        ("January of this year", "", "2025-01"),
        ("last June's", "", "2024-06"),
        ("last year's", "", "2024"),
        ("only this week", "", "2025-01"),
        ("last autumn", "", "2024"),
        ("this summer", "", "2025"),
        ("next spring", "", "2025"),
        ("between 1987 and 1990", "", "1987"),
        ("the 1950s", "", None),
        ("Boxing Day", "past", "2024-12-26"),
        ("by Spring 2005", "", "2005"),
        ("New Year's Day 2020", "", "2020-01-01"),
        ("Tuesday", "future", "2025-01-21"),  # "will be shown on Tuesday", written that Tuesday
        ("next Tuesday", "", "2025-01-28"),
    ],
)
def test_resolve(text: str, tense: str, expected: str | None) -> None:
    assert resolve(text, PUB, tense=tense).iso == expected


def test_month_day_takes_year_given_elsewhere_in_article() -> None:
    years = known_years(["October 7, 2023", "Tuesday"])
    assert resolve("Oct. 7", PUB, known_years=years).iso == "2023-10-07"
    assert resolve("Oct. 7", PUB).iso == "2024-10-07"


def test_a_day_of_a_month_the_article_gives_a_year_for_takes_that_year() -> None:
    # "Sept. 11, 2012" written, then "Sept. 15" in an article of May 2013: that September, not the coming one
    known = known_years(["Sept. 11, 2012"])
    assert resolve("Sept. 15", date(2013, 5, 10), "", known).iso == "2012-09-15"
    assert resolve("Sept. 15", date(2013, 5, 10), "").iso == "2013-09-15"  # nothing else to go by: the nearest


def test_a_weekday_before_a_date_tells_the_year() -> None:
    # 15 September was a Saturday in 2012, a Sunday in 2013
    assert resolve("Saturday, Sept. 15", date(2013, 5, 10)).iso == "2012-09-15"
    assert resolve("Sunday, Sept. 15", date(2013, 5, 10)).iso == "2013-09-15"
    assert resolve("Saturday, Sept. 15, 2013", date(2013, 5, 10)).iso == "2013-09-15"  # a year written stands


def test_a_week_across_new_year_has_no_date() -> None:
    assert resolve("next week", date(2004, 12, 22)).iso is None  # 27 December to 2 January
    assert resolve("earlier this week", date(2025, 1, 2)).iso is None


def test_no_publication_date_means_no_relative_dates() -> None:
    assert resolve("Tuesday", None).iso is None
    assert resolve("March 6, 2020", None).iso == "2020-03-06"


@pytest.mark.parametrize(("text", "point"), [
    ("every day", False), ("two years", False), ("15-month-long", False), ("last April", True), ("Oct. 7", True),
    ("a decade", False), ("several decades", False), ("the next five years", False), ("the last 12 months", False),
    ("the past couple of decades", False), ("the past year", False), ("the 1950s", True), ("December", True),
])
def test_durations_are_not_dates(text: str, point: bool) -> None:
    assert is_point_in_time(text) is point


def test_a_bare_month_takes_the_one_year_the_article_gives_it() -> None:
    years = known_years(["February 1974", "February", "March 1975", "March 1976"])
    assert resolve("February", None, known_years=years).iso == "1974-02"  # "the dramatic February election"
    assert resolve("March", None, known_years=years).iso is None  # two years given: no guess
    assert resolve("last February", None, known_years=years).iso is None


def test_a_bare_month_of_a_dated_article_goes_by_publication_not_a_year_given_elsewhere() -> None:
    years = known_years(["October 2019", "October"])  # "Dunmore sales rose in October", in an article of 3 November 2025
    assert resolve("October", date(2025, 11, 3), tense="past", known_years=years).iso == "2025-10"
    assert resolve("Oct. 7", date(2025, 11, 3), tense="past", known_years=known_years(["Oct. 7, 2019"])).iso == "2019-10-07"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("in 2003-4", "2003"), ("1337", "1337"), ("the third quarter of 2005", "2005"), ("the first half of this year", "2024")],
)
def test_financial_years_old_years_and_parts_of_a_year(text: str, iso: str) -> None:
    assert resolve(text, date(2024, 6, 12)).iso == iso


@pytest.mark.parametrize("published", [date(9999, 12, 31), date(9999, 1, 1), date(1, 1, 1), date(1, 12, 31)])
@pytest.mark.parametrize(
    "text", ["tomorrow", "yesterday", "next week", "last week", "this week", "next Tuesday", "last Tuesday",
             "Tuesday", "last April", "next April", "March 6", "next year", "last year"],
)
def test_a_date_the_calendar_cannot_hold_stays_unresolved(published: date, text: str) -> None:
    resolved = resolve(text, published, tense="past")
    assert resolved.iso is None or 1 <= int(resolved.iso[:4]) <= 9999
    assert resolve(text, published, tense="future").text == text


@pytest.mark.parametrize(("text", "tense", "iso"), [
    ("Monday, January 13", "past", "2025-01-13"),  # a weekday before a date: the date tells the day
    ("2001 to 2006", "past", "2001"),  # a period of years: its start
    ("the end of the month", "future", "2025-01"),
    ("December", "future", "2025-12"),  # a month alone in the future: not one already over
    ("February", "past", "2024-02"),  # a month alone in the past: one begun by publication
])
def test_weekday_dates_periods_and_months_by_tense(text: str, tense: str, iso: str) -> None:
    assert resolve(text, PUB, tense=tense).iso == iso


def test_the_end_of_the_month_is_a_point_in_time() -> None:
    assert is_point_in_time("the end of the month") and not is_point_in_time("a month")

from visits.extraction.dates import MONTHS, add_days, find_dates, shift_to_weekday, stated_weekday, weekday_of
from visits.extraction.types import PartialDate


def _one(text, **kw):
    found = find_dates(text, **kw)
    assert len(found) == 1, found
    return found[0]


def test_months_table_covers_full_and_abbreviated_names():
    assert MONTHS["january"] == 1
    assert MONTHS["jan"] == 1
    assert MONTHS["jan."] == 1
    assert MONTHS["sept"] == 9
    assert MONTHS["december"] == 12


def test_month_day_without_year_keeps_year_none():
    d = _one("On November 27, Russian President Vladimir Putin arrived in Kazakhstan.")
    assert d.value == PartialDate(None, 11, 27)
    assert d.end is None
    assert d.text == "November 27"


def test_month_day_with_default_year_fills_year():
    d = _one("Putin's plane landed on the evening of November 27.", default_year=2024)
    assert d.value == PartialDate(2024, 11, 27)


def test_explicit_year_wins_over_default_year():
    d = _one("It was signed on 27 November 2023.", default_year=2024)
    assert d.value == PartialDate(2023, 11, 27)


def test_month_day_comma_year_is_one_mention():
    d = _one("Talks were held on November 27, 2024, in Astana.")
    assert d.value == PartialDate(2024, 11, 27)
    assert d.text == "November 27, 2024"


def test_abbreviated_month_is_recognised():
    assert _one("Writer: Times Tengri  Nov 11  5 min read").value == PartialDate(None, 11, 11)
    assert _one("Signed on Sept. 3, 2021.").value == PartialDate(2021, 9, 3)


def test_range_from_to_gives_start_and_end():
    d = _one("Tokayev will pay a state visit to Russia from November 11 to 12.", default_year=2025)
    assert d.value == PartialDate(2025, 11, 11)
    assert d.end == PartialDate(2025, 11, 12)


def test_range_with_ordinal_suffixes():
    d = _one("The forum, held in Ural City from November 11th to 12th, was themed")
    assert (d.value.day, d.end.day) == (11, 12)


def test_day_first_range_with_hyphen():
    d = _one("The summit takes place on 11-12 November in Berlin.")
    assert d.value == PartialDate(None, 11, 11)
    assert d.end == PartialDate(None, 11, 12)


def test_range_across_months_and_years():
    d = _one("from December 30 to January 2, 2025")
    assert d.value == PartialDate(2024, 12, 30)
    assert d.end == PartialDate(2025, 1, 2)
    d = _one("30 November - 2 December 2024")
    assert d.value == PartialDate(2024, 11, 30)
    assert d.end == PartialDate(2024, 12, 2)


def test_month_only_after_preposition():
    found = find_dates("Putin invited Tokayev to a summit in December and to the parade on May 9 in Moscow.")
    assert [d.value for d in found] == [PartialDate(None, 12, None), PartialDate(None, 5, 9)]
    assert found[0].text == "December"


def test_month_and_year_without_day():
    d = _one("Following the invasion of Ukraine in February 2022, officials ceased communication.")
    assert d.value == PartialDate(2022, 2, None)
    assert d.value.precision == "month"


def test_iso_date():
    d = _one("published 2024-11-27 by the outlet")
    assert d.value == PartialDate(2024, 11, 27)


def test_and_followed_by_a_noun_is_no_range():
    d = _one("On November 12 and 20 agreements were signed.")
    assert d.value == PartialDate(None, 11, 12)
    assert d.end is None
    assert d.text == "November 12"


def test_words_that_look_like_months_are_ignored():
    text = "We may 9 times, the Mayor said; the November grayness; a 17-year-old; in 2 hours"
    assert find_dates(text) == []


def test_span_points_into_text():
    text = "President of Uzbekistan arrived in Berlin on an official visit on March 3."
    d = _one(text)
    assert text[d.span.start : d.span.end] == "March 3"


def test_add_days_keeps_a_missing_year_and_crosses_months():
    assert add_days(PartialDate(None, 12, 30), 3) == PartialDate(None, 1, 2)
    assert add_days(PartialDate(2028, 2, 28), 1) == PartialDate(2028, 2, 29)
    assert add_days(PartialDate(2027, 5, None), 2) == PartialDate(2027, 5, None)


def test_weekday_stated_with_a_date_and_shifted_to_another_weekday():
    text = "The ceremony on Wednesday, March 4, opened the visit."
    [m] = find_dates(text)
    assert stated_weekday(text, m) == 2
    assert shift_to_weekday(m.value, 2, 1, forward=False) == PartialDate(None, 3, 3)  # the Tuesday before
    assert shift_to_weekday(m.value, 2, 4, forward=True) == PartialDate(None, 3, 6)  # the Friday after
    assert shift_to_weekday(m.value, 2, 2, forward=True) == m.value
    assert weekday_of(PartialDate(2027, 6, 2)) == 2
    assert weekday_of(PartialDate(None, 6, 2)) is None

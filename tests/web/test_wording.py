"""Factuality, attribution and dates in words."""

from __future__ import annotations

import pytest

from eventwire.web.wording import attribution_words, date_words, factuality_words, summary


@pytest.mark.parametrize(
    "fact, words",
    [
        ({"certainty": "possible", "polarity": "positive", "time": "future"}, "possible, future"),
        ({"certainty": "certain", "polarity": "positive", "time": "non_future"},
         "certain, past or present"),
        ({"certainty": "certain", "polarity": "negative", "time": "non_future"},
         "certain, negated, past or present"),
        ({"certainty": "underspecified", "polarity": "underspecified", "time": "underspecified"},
         "certainty unknown, polarity unknown, time unknown"),
    ],
)  # fmt: skip
def test_factuality_in_words(fact, words):
    assert factuality_words(fact) == words


def test_attribution_names_the_sources():
    assert attribution_words([]) == "in the article's own voice"
    nyt = {"raw_text": "New York Times", "name": "The New York Times"}
    assert attribution_words([nyt]) == "according to The New York Times"
    watson = {"raw_text": "Adrienne Watson", "name": None}
    kremlin = {"raw_text": None, "name": None, "country": "RUS"}
    assert attribution_words([nyt, watson, nyt, kremlin]) == (
        "according to The New York Times, Adrienne Watson and RUS"
    )


@pytest.mark.parametrize(
    "date, words",
    [
        ({"start": "2023-09-13", "end": "2023-09-13", "granularity": "day"}, "13 September 2023"),
        ({"start": "2023-09-10", "end": "2023-09-13", "granularity": "range"},
         "10–13 September 2023"),
        ({"start": "2023-09-28", "end": "2023-10-02", "granularity": "range"},
         "28 September 2023 – 2 October 2023"),
        ({"start": "2023-07", "end": "2023-07", "granularity": "month"}, "July 2023"),
        ({"start": "2023", "end": "2023", "granularity": "year"}, "2023"),
        ({"raw_text": None, "start": "2023-09", "end": "2023-09", "granularity": "unknown"},
         "not stated (published September 2023)"),
        (None, "not stated"),
    ],
)  # fmt: skip
def test_dates_in_words(date, words):
    assert date_words(date) == words


def test_summary_joins_factuality_and_attribution():
    rec = {
        "factuality": {"certainty": "possible", "polarity": "positive", "time": "future"},
        "attribution": [{"name": "the New York Times"}],
        "date": {"start": "2023-09-13", "granularity": "day"},
    }
    assert summary(rec)["status"] == "possible, future — according to the New York Times"

"""The watchdog behind ``limits.deadline``: each block gets its own limit, whatever timers
are pending (the watchdog thread is woken only for a timer due before it wakes up anyway)."""

from __future__ import annotations

import time

import pytest

from eventwire import limits


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_short_limit_after_long_ones_still_fires() -> None:
    for _ in range(3):  # long timers, disarmed, left in the watchdog's heap
        with limits.deadline(30):
            pass
    started = time.monotonic()
    with pytest.raises(limits.ArticleTimeout):
        with limits.deadline(0.2):
            _spin(5)
    assert time.monotonic() - started < 3


def test_a_long_limit_after_short_disarmed_ones_fires_at_its_own_time() -> None:
    for _ in range(50):  # short timers, disarmed before they are due
        with limits.deadline(0.05):
            pass
    with limits.deadline(0.5):
        _spin(0.1)  # within its limit: no timeout from the earlier timers
    started = time.monotonic()
    with pytest.raises(limits.ArticleTimeout):
        with limits.deadline(0.3):
            _spin(5)
    assert 0.25 < time.monotonic() - started < 3


def test_the_watchdog_is_not_woken_for_a_timer_due_after_a_pending_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dog = limits._WATCHDOG
    with limits.deadline(0.1):  # the thread runs, and waits for this timer's time
        pass
    woken = []
    real = dog.lock.notify
    monkeypatch.setattr(dog.lock, "notify", lambda *a: (woken.append(1), real(*a)))
    for _ in range(20):  # due later than the pending (disarmed) entry
        with limits.deadline(30):
            pass
    assert len(woken) <= 2  # (should the thread have woken at 0.1 s meanwhile), not 20
    assert len(dog.heap) <= 2  # disarmed timers do not pile up

"""The story core's one switch for the cycle collector while it builds (game/story/gcpause.py)."""

from __future__ import annotations

import gc

import pytest

from game.story.gcpause import gc_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner one leaves it off for the outer
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_is_back_on_after_an_error_and_stays_off_if_it_was_off() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

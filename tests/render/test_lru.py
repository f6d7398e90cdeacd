"""The renderer's one least-recently-used cache (game/render/lru.py): bounded by a count, by a cost, or both."""

from __future__ import annotations

import pytest

from game.render.lru import LRU


def test_a_count_bound_drops_the_least_recently_used() -> None:
    lru: LRU[str, int] = LRU(keep=2)
    lru.put("a", 1)
    lru.put("b", 2)
    assert lru.get("a") == 1  # a use: "b" is now the oldest
    lru.put("c", 3)
    assert "b" not in lru and "a" in lru and "c" in lru and len(lru) == 2
    assert list(lru.values()) == [1, 3] and lru.used == 0


def test_peek_and_in_are_not_a_use() -> None:
    lru: LRU[str, int] = LRU(keep=2)
    lru.put("a", 1)
    lru.put("b", 2)
    assert "a" in lru and lru.peek("a") == 1
    lru.put("c", 3)
    assert "a" not in lru
    with pytest.raises(KeyError):
        lru.get("a")


def test_a_cost_bound_drops_until_it_fits_but_keeps_the_newest() -> None:
    lru: LRU[str, str] = LRU(budget=10, cost=len)
    assert lru.put("a", "xxxx") == "xxxx" and lru.put("b", "yyyy") == "yyyy" and lru.used == 8
    lru.put("c", "zzzz")
    assert "a" not in lru and lru.used == 8
    lru.put("d", "w" * 50)  # larger than the whole budget: held alone
    assert list(lru.values()) == ["w" * 50] and lru.used == 50


def test_putting_a_held_key_replaces_it_and_its_cost() -> None:
    lru: LRU[str, str] = LRU(keep=3, budget=100, cost=len)
    lru.put("a", "xx")
    lru.put("b", "yyy")
    lru.put("a", "xxxxx")
    assert lru.used == 8 and list(lru.values()) == ["yyy", "xxxxx"]


def test_both_bounds_hold_and_none_counts_as_a_value() -> None:
    lru: LRU[int, str | None] = LRU(keep=2, budget=5, cost=lambda v: len(v or ""))
    lru.put(1, None)
    lru.put(2, "abc")
    assert 1 in lru and lru.get(1) is None
    lru.put(3, "de")  # the count drops 2 (1 was used after it)
    assert sorted(k for k in (1, 2, 3) if k in lru) == [1, 3] and lru.used == 2
    with pytest.raises(ValueError):
        LRU(budget=5)


def test_make_room_frees_before_a_new_entry_is_made() -> None:
    from game.render.lru import LRU

    cache: LRU[str, int] = LRU(keep=2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.make_room()  # one more fits now: the oldest went first
    assert "a" not in cache and "b" in cache and len(cache) == 1
    cache.put("c", 3)
    assert len(cache) == 2
    empty: LRU[str, int] = LRU(keep=1)
    empty.make_room()
    assert len(empty) == 0

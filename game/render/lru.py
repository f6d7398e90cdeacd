"""`LRU`: the renderer's one least-recently-used cache, bounded by a count of entries (`keep`), by what its
entries cost (`budget`, measured by `cost`, e.g. a Surface's bytes), or both. Every picture the renderer
keeps is a pure function of its key, so a dropped entry only costs drawing it again; the bounds are what keep
memory flat whatever a script asks for. Knows nothing of pygame: the cost of an entry is the caller's."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """Entries in order of use, the least recently used first. After a `put`, the oldest are dropped while
    there are more than `keep`, then while their costs add up to more than `budget` (the newest is always
    kept, however large). `get` counts as a use; `peek` and `in` do not."""

    def __init__(self, keep: int | None = None, budget: int | None = None,
                 cost: Callable[[V], int] | None = None) -> None:
        if budget is not None and cost is None:
            raise ValueError("a budget needs a cost")
        self.keep, self.budget, self.used = keep, budget, 0  # `used`: the costs of what is held now
        self._cost = cost
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: K) -> V:
        """The entry (KeyError when it is not held), now the most recently used."""
        value = self._items[key][0]
        self._items.move_to_end(key)
        return value

    def peek(self, key: K) -> V:
        """The entry without counting it as a use (KeyError when it is not held)."""
        return self._items[key][0]

    def put(self, key: K, value: V) -> V:
        """Hold `value` as the most recently used entry (replacing any under `key`), drop what the bounds
        no longer allow, and return it."""
        cost = self._cost(value) if self._cost is not None else 0
        if key in self._items:
            self.used -= self._items.pop(key)[1]
        self._items[key] = (value, cost)
        self.used += cost
        if self.keep is not None:
            while len(self._items) > self.keep:
                self._drop()
        if self.budget is not None:
            while self.used > self.budget and len(self._items) > 1:
                self._drop()
        return value

    def make_room(self) -> None:
        """Drop the least recently used entries until one more fits under `keep`: called before an entry is
        made, so the pictures it replaces are freed before the new one is drawn, not after (a lower peak)."""
        if self.keep is not None:
            while self._items and len(self._items) >= self.keep:
                self._drop()

    def values(self) -> Iterator[V]:
        return (value for value, _cost in self._items.values())

    def _drop(self) -> None:
        _key, (_value, cost) = self._items.popitem(last=False)
        self.used -= cost

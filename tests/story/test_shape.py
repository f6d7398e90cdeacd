"""The YAML shape check (game/story/yamlsource.py) counts texts where it meets them instead of walking each as a
node of its own; it must give what the node-by-node walk gives: the same duplicate keys in the same order, the
same count, and, past a limit, the node-by-node walk's own answer."""

from __future__ import annotations

import random

import pytest
import yaml

from game.story import yamlsource
from game.story.yamlsource import MAX_DEPTH, MAX_NODES


def _document(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 7 or roll < 0.3:
        return rng.choice(["1", "x", "''", "null", "[]", "{}"])
    if roll < 0.6:
        return "[" + ", ".join(_document(rng, depth + 1) for _ in range(rng.randint(0, 4))) + "]"
    pairs = [f"{rng.choice(['a', 'b', 'c', '[k]', '{k: v}'])}: {_document(rng, depth + 1)}" for _ in range(rng.randint(0, 4))]
    return "{" + ", ".join(pairs) + "}"


CASES = [
    "a: 1\na: 2\nb: {c: 1, c: 2}\n",
    "x: &a {k: 1, k: 2}\ny: *a\nz: [*a, *a]\n",
    "? [a, b]\n: 1\n? {c: 1, c: 2}\n: 2\nd: 1\nd: 2\n",
    "- {a: 1, a: [{b: 1, b: 2}]}\n- {a: 1, a: 1}\n",
    "plain text",
    "a: " + "[" * (MAX_DEPTH - 2) + "1" + "]" * (MAX_DEPTH - 2),  # the deepest text allowed (the mapping is level 1)
    "a: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1),  # one level too deep
    "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1),  # as deep, but the last list is empty
    "a: [" + "[{k: 1, k: 2}], " * 10 + "[" * 70 + "]" * 71,  # duplicates, then too deep
    "a: &x [" + ",".join(["1"] * 1000) + "]\nb: [" + ",".join(["*x"] * (MAX_NODES // 1001 - 1)) + "]\n",  # just within
    "a: &x [" + ",".join(["1"] * 1000) + "]\nb: [" + ",".join(["*x"] * (MAX_NODES // 1001 + 1)) + "]\n",  # too many
]


@pytest.mark.parametrize("text", CASES + [_document(random.Random(seed)) for seed in range(300)])
def test_the_quick_shape_check_finds_what_the_node_by_node_walk_finds(text: str) -> None:
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    assert yamlsource._check_shape(root, "f.yaml") == yamlsource._check_shape_node_by_node(root, "f.yaml")


def test_the_cases_reach_the_limits() -> None:
    found = [yamlsource._check_shape(yaml.compose(text, Loader=yaml.CSafeLoader), "f.yaml") for text in CASES]
    assert [problem.code for problem in found[0][0]] == ["VN134", "VN134"]
    assert "deeper than" in found[6][0][0].message and "deeper than" in found[8][0][0].message
    assert found[5][0] == [] and found[7][0] == [] and found[9][0] == [] and found[9][1] <= MAX_NODES
    assert "too many nodes" in found[10][0][0].message

"""`vn schema` matches the committed copy and knows every key; `vn stats` counts what the story holds."""

from __future__ import annotations

import json

from game.story.format import FLOW, OPTION_KEYS
from game.story.loader import HEADER_KEYS, SCENE_KEYS, VERBS, load_story
from game.story.schema import schema
from game.story.stats import format_table, story_stats
from tests.conftest import ROOT


def test_committed_schema_is_current() -> None:
    committed = json.loads((ROOT / "docs" / "script.schema.json").read_text(encoding="utf-8"))
    assert committed == schema(), "run: vn schema > docs/script.schema.json"


def test_schema_covers_every_key_and_direction() -> None:
    doc = schema()
    assert set(doc["properties"]) == set(HEADER_KEYS)
    assert set(doc["definitions"]["scene"]["properties"]) == set(SCENE_KEYS)
    line_forms = doc["definitions"]["line"]["anyOf"]
    verbs = {next(iter(form["properties"])) for form in line_forms if form.get("required") and form["required"][0] in VERBS}
    assert verbs == set(VERBS)
    flow = {form["required"][0]: form for form in line_forms if form.get("required") and form["required"][0] in FLOW}
    assert set(flow) == set(FLOW)
    assert set(flow["choice"]["properties"]["choice"]["items"]["properties"]) == set(OPTION_KEYS)


def test_stats_of_the_bundled_story() -> None:
    story, _ = load_story(ROOT / "script")
    stats = story_stats(story)
    assert len(stats["scenes"]) == len(story.scenes)
    assert stats["total"]["lines"] == sum(len(s.lines) for s in story.scenes)
    assert sum(r["lines"] for r in stats["speakers"]) == stats["total"]["lines"]
    assert sum(r["words"] for r in stats["scenes"]) == stats["total"]["words"]
    speakers = {r["speaker"] for r in stats["speakers"]}
    assert {"Kakashi", "Sakura", "Tsunade", "Kotetsu", "Kakashi (thinks)"} <= speakers
    table = format_table(stats)
    assert table.splitlines()[1].startswith("memorial-dawn") and "total" in table

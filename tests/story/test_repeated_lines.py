"""A save on a line whose text appears more than once in its scene resumes at that line after the
script is edited, or says that the line changed (issue 14, saves: stable ids of repeated lines)."""

from __future__ import annotations

import json
from pathlib import Path

from game.story.loader import load_story
from game.story.runner import Runner
from game.story.state import StoryState

HEAD = "title: T\ncast:\n  sakura: {name: Sakura}\nplaces:\n  park: {map: maps/park.tmx}\nscenes:\n"


def story(tmp: Path, *lines: str, name: str = "a"):  # type: ignore[no-untyped-def]
    folder = tmp / name
    folder.mkdir()
    body = "".join(f"      - {line}\n" for line in lines)
    (folder / "story.yaml").write_text(HEAD + "  - scene: s\n    place: park\n    time: noon\n    lines:\n" + body
                                       + "  - scene: t\n    place: park\n    time: dusk\n    lines: [\"Later.\"]\n",
                                       encoding="utf-8")
    loaded, diagnostics = load_story(folder)
    assert loaded is not None, diagnostics
    return loaded


def save_on(runner: Runner, text: str, occurrence: int = 1) -> dict:  # type: ignore[type-arg]
    """Advance to the `occurrence`-th showing of `text` and save (through JSON, as a save file is)."""
    seen = 0
    while True:
        beat = runner.advance()
        assert beat is not None, f"'{text}' #{occurrence} not reached"
        if beat.line.text == text:
            seen += 1
            if seen == occurrence:
                return json.loads(json.dumps(runner.snapshot()))


def resume(story_after, saved: dict) -> tuple[Runner, str | None, list[str]]:  # type: ignore[no-untyped-def, type-arg]
    runner = Runner(story_after)
    notice = runner.restore(StoryState.from_json(saved))
    following = []
    while (beat := runner.advance()) is not None and beat.line.scene == "s":
        following.append(beat.line.text)
    return runner, notice, following


def test_a_copy_inserted_before_the_saved_line_does_not_take_its_place(tmp_path: Path) -> None:
    before = story(tmp_path, '"Open."', '"Again."', '"Close."', name="before")
    after = story(tmp_path, '"Open."', '"Again."', '"Again."', '"Close."', name="after")
    saved = save_on(Runner(before), "Again.")
    runner = Runner(after)
    notice = runner.restore(StoryState.from_json(saved))
    assert notice is None
    index = runner.program.index_of(runner.state.position)  # type: ignore[arg-type]
    assert runner.program.beats[index + 1].line.text == "Close."  # the original copy: next comes "Close."


def test_the_second_copy_is_found_when_the_first_is_deleted(tmp_path: Path) -> None:
    before = story(tmp_path, '"Again."', '"Middle."', '"Again."', '"Close."', name="before")
    after = story(tmp_path, '"Middle."', '"Again."', '"Close."', name="after")
    saved = save_on(Runner(before), "Again.", occurrence=2)
    runner, notice, following = resume(after, saved)
    assert notice is None  # not "the line has changed": it has not
    assert runner.state.position is not None and following == ["Close."]


def test_editing_the_first_of_two_copies_resumes_at_the_edit_with_a_notice(tmp_path: Path) -> None:
    before = story(tmp_path, '"Open."', '"Again."', '"Middle."', '"Again."', '"Close."', name="before")
    after = story(tmp_path, '"Open."', '"Again, edited."', '"Middle."', '"Again."', '"Close."', name="after")
    saved = save_on(Runner(before), "Again.", occurrence=1)
    runner, notice, following = resume(after, saved)
    assert notice is not None and "changed" in notice
    assert following == ["Middle.", "Again.", "Close."]  # at the edited line, not the unedited copy


def test_an_unedited_script_resumes_exactly_and_old_saves_without_an_anchor_still_load(tmp_path: Path) -> None:
    same = story(tmp_path, '"Again."', '"Middle."', '"Again."', '"Close."', name="same")
    saved = save_on(Runner(same), "Again.", occurrence=2)
    runner, notice, following = resume(same, saved)
    assert notice is None and following == ["Close."]
    del saved["anchor"]
    runner, notice, following = resume(same, saved)
    assert notice is None and following == ["Close."]
    saved["anchor"] = {"base": 5, "before": ["x"]}  # a damaged anchor is ignored, like a missing one
    assert resume(same, saved)[2] == ["Close."]

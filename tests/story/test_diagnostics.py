"""Diagnostics as data: every registered code with a bad example must be triggered by it."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.check import check_story
from game.story.diagnostics import CODES

EXAMPLES = [code for code in CODES.values() if code.example is not None]


@pytest.mark.parametrize("code", EXAMPLES, ids=[c.code for c in EXAMPLES])
def test_example_triggers_its_code(tmp_path: Path, code) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "story.yaml").write_text(code.example, encoding="utf-8")
    result = check_story(tmp_path / "story.yaml", with_assets=True, with_fit=True)  # the bundled assets
    found = {d.code for d in result.diagnostics}
    assert code.code in found, f"{code.code} ({code.name}) not raised; got {sorted(found)}"
    for diagnostic in result.diagnostics:
        assert diagnostic.loc.line >= 1 and diagnostic.loc.col >= 1
        assert diagnostic.loc.file.endswith("story.yaml")


def test_every_code_is_documented() -> None:
    for code in CODES.values():
        assert code.code.startswith("VN") and code.summary and code.name


def test_codes_without_examples_are_asset_or_file_level() -> None:
    # files that cannot be written as a story.yaml text: tests/story/test_loader.py, tests/hardening/
    assert {c.code for c in CODES.values() if c.example is None} <= {"VN103", "VN104", "VN141", "VN144", "VN164", "VN165"}


def test_asset_diagnostics_point_at_the_direction(tmp_path: Path) -> None:
    code = CODES["VN124"]
    (tmp_path / "story.yaml").write_text(code.example, encoding="utf-8")
    [diagnostic] = [d for d in check_story(tmp_path / "story.yaml").diagnostics if d.code == "VN124"]
    assert (diagnostic.loc.line, diagnostic.loc.col) == (11, 15)  # the 'show: sakura at balcony' line
    assert "balcony" in diagnostic.message and "left" in (diagnostic.hint or "")

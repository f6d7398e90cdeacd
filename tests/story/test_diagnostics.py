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
    result = check_story(tmp_path / "story.yaml", with_assets=False, with_fit=True)
    found = {d.code for d in result.diagnostics}
    assert code.code in found, f"{code.code} ({code.name}) not raised; got {sorted(found)}"
    for diagnostic in result.diagnostics:
        assert diagnostic.loc.line >= 1 and diagnostic.loc.col >= 1
        assert diagnostic.loc.file.endswith("story.yaml")


def test_every_code_is_documented() -> None:
    for code in CODES.values():
        assert code.code.startswith("VN") and code.summary and code.name


def test_codes_without_examples_are_asset_or_file_level() -> None:
    # those are exercised by tests/test_check_assets.py and tests/story/test_loader.py
    assert {c.code for c in CODES.values() if c.example is None} <= {
        "VN103", "VN104", "VN123", "VN124", "VN125", "VN126", "VN141"}

"""The README's promises: two set-up commands, and CI runs exactly its test command."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python3 -m venv[^\n]*)\n```", text)


def test_readme_has_a_play_and_a_test_command() -> None:
    play, test = _commands()[:2]
    assert play.endswith("&& vn")
    assert "pytest" in test and ".[test]" in test


def test_ci_runs_the_readme_test_command() -> None:
    test = _commands()[1]
    after_venv = test.split("&& . .venv/bin/activate && ", 1)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == after_venv
    assert "SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_tells_a_returning_player_how_to_start_again() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    later = text.split("**Coming back later**", 1)[1].split("```sh\n", 1)[1].split("\n```", 1)[0]
    assert ". .venv/bin/activate && vn" in later and "pip install" not in later


def test_what_is_trusted_names_recordings_and_output_paths() -> None:
    for name in ("README.md", "docs/trust.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        section = text.split("What is trusted", 1)[1]
        assert "| a recording (`vn replay --input FILE`)" in section and "| output paths (" in section

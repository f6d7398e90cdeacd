"""Shared test set-up: headless SDL, a private user folder per test, and small story builders."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("vn-home")
    monkeypatch.setenv("VN_HOME", str(home))
    return home


@pytest.fixture
def write_story(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a story.yaml (and optional chapter files) into a temp folder; returns the folder."""

    def write(header: str, **chapters: str) -> Path:
        (tmp_path / "story.yaml").write_text(header, encoding="utf-8")
        for name, text in chapters.items():
            (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
        return tmp_path

    return write


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden images from this run")


def pytest_configure(config: pytest.Config) -> None:
    # Under pytest-xdist (`-n auto --dist loadfile`), files are handed out in collection order (below): xdist's own
    # reorder, by each file's number of tests, would start the two-test, minute-long soak last, with one worker
    # playing it while the other sits idle.
    if getattr(config.option, "loadscopereorder", None) is not None:
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Files holding a test marked `slow` run first (longest work first keeps the workers' ends together);
    the order inside each file, and of the other files, is kept."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)


@pytest.fixture
def pilot(_user_home: Path):  # type: ignore[no-untyped-def]
    """A headless App on the bundled story, driven by keys, clicks and an injected clock."""
    from game.replay.pilot import Pilot

    driver = Pilot(home=_user_home)
    yield driver
    driver.close()

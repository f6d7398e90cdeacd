"""The web edition in a real browser (headless Chromium through Playwright): the chapter plays from the
title to the end card with no console error, rollback crosses a memory boundary, a save survives a page
reload, keyboard only works, reduced motion is honoured, and the page fits a desktop and a phone.
Skipped, with the reason, when Playwright or Chromium is missing (.ci/run installs Chromium).

Screenshots go to out/web-shots/ (ignored by git) so a person can look at them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.export import browser

pytestmark = pytest.mark.skipif(browser.missing() is not None, reason=f"browser tests: {browser.missing()}")
SHOTS = Path(__file__).resolve().parents[2] / "out" / "web-shots"
DESKTOP, PHONE = {"width": 1280, "height": 720}, {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def site_url(chapter_site: Path) -> Iterator[str]:
    with browser.serve(chapter_site) as url:
        yield url + "index.html"


@pytest.fixture(scope="module")
def story(chapter_site: Path) -> dict:
    return json.loads((chapter_site / "story.json").read_text(encoding="utf-8"))


class Page:
    """One browser page on the site, recording every console error, page error and failed request."""

    def __init__(self, page, url: str) -> None:  # type: ignore[no-untyped-def]
        self.page, self.url, self.problems = page, url, []
        page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: self.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

    def _failed(self, request) -> None:  # type: ignore[no-untyped-def]
        """A load the page itself abandoned (a picture replaced before it arrived, a paused sound) is not a fault."""
        if "ERR_ABORTED" not in (request.failure or ""):
            self.problems.append(f"request failed ({request.failure}): {request.url}")

    def state(self) -> dict:
        return self.page.evaluate("""() => { const a = document.getElementById('app');
          return {screen: a.dataset.screen, line: a.dataset.line || null, overlay: a.dataset.overlay || null,
                  memory: a.classList.contains('memory'), complete: a.classList.contains('complete'),
                  live: document.getElementById('live').textContent,
                  picture: (document.querySelector('#stage .pic.front') || {}).getAttribute?.('src') || null}; }""")

    def begin(self) -> None:
        self.page.goto(self.url)
        for label in ("Start", "Continue", "Begin"):
            self.page.get_by_role("button", name=label, exact=True).click()
        self.page.wait_for_function("document.getElementById('app').dataset.screen === 'game'")

    def go_to(self, line_id: str, limit: int = 800) -> None:
        for _ in range(limit):
            if self.state()["line"] == line_id:
                return
            self.page.keyboard.press("Space")
        raise AssertionError(f"line {line_id} not reached; on {self.state()}")

    def settled_picture(self, src: str) -> None:
        self.page.wait_for_function("""(src) => { const p = document.querySelector('#stage .pic.front');
          return p && p.getAttribute('src') === src && p.complete && !document.getElementById('stage')
            .getAnimations({subtree: true}).some(a => a.playState === 'running'); }""", arg=src)

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.wait_for_function("!document.getAnimations().some(a => a.playState === 'running' && "
                                    "isFinite(a.effect.getComputedTiming().endTime))")  # crossfades and card fades done
        self.page.screenshot(path=str(path))
        return path


@pytest.fixture
def open_page(tmp_path: Path, site_url: str, story: dict):  # type: ignore[no-untyped-def]
    """open_page(viewport=..., instant=True, reduced_motion=...) -> Page, in a fresh Chromium profile.
    `instant` starts with the text speed setting at "instant" (one key press a line), as a reader may set it."""
    stack = []

    def make(viewport: dict = DESKTOP, instant: bool = True, **options: object) -> Page:
        cm = browser.chromium(tmp_path / f"profile-{len(stack)}", viewport=viewport, **options)
        ctx = cm.__enter__()
        stack.append(cm)
        if instant:
            key = f"vnweb:{story['slug']}:settings"
            ctx.add_init_script(f"if (!localStorage.getItem('{key}')) localStorage.setItem('{key}', '{{\"textSpeed\": 0}}');")  # type: ignore[attr-defined]
        return Page(ctx.new_page(), site_url)  # type: ignore[attr-defined]

    yield make
    for cm in reversed(stack):
        cm.__exit__(None, None, None)


@pytest.mark.slow
def test_the_chapter_plays_from_the_title_to_the_end_card(open_page, story: dict) -> None:  # type: ignore[no-untyped-def]
    page = open_page(instant=False)
    timings = browser.first_line_timings(page.page, page.url)  # reported by python -m bench, not asserted
    print("web edition: " + ", ".join(f"{k} {v:.3f} s" for k, v in timings.items()))
    assert all(v > 0 for v in timings.values()), timings
    page.page.get_by_role("button", name="Settings").click()
    page.page.locator("#set-textSpeed").press("Home")  # instant text: one key press a line
    assert page.page.locator("output[for=set-textSpeed]").inner_text() == "instant"
    page.page.keyboard.press("Escape")
    lines = {line["id"]: line for line in story["lines"]}
    shown: list[str] = []
    for _ in range(4 * len(lines)):
        state = page.state()
        if state["screen"] == "end":
            break
        if state["line"] != (shown[-1] if shown else None):
            shown.append(state["line"])
            line = lines[state["line"]]
            assert state["memory"] == line["memory"], state
            assert line["text"] in state["live"] and state["live"].startswith("Memory") == (
                line["memory"] and not line.get("start")), state
        page.page.keyboard.press("Space")
    assert shown == [line["id"] for line in story["lines"]], "every line, once, in order"
    end = page.page.locator("#card")
    assert "Thank you for reading" in end.inner_text()
    page.shot("desktop-end")
    assert page.problems == []


def _memory_boundary(story: dict) -> tuple[dict, dict]:
    lines = story["lines"]
    i = next(i for i in range(1, len(lines)) if lines[i]["memory"] and not lines[i - 1]["memory"])
    return lines[i - 1], lines[i]


def test_rollback_crosses_a_memory_boundary(open_page, story: dict) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    present, memory = _memory_boundary(story)
    page.begin()
    page.go_to(memory["id"])
    page.settled_picture(memory["picture"])
    assert page.state()["memory"] and "A memory begins" in page.state()["live"]
    page.shot("desktop-memory")
    for back, forward in (("PageUp", "PageDown"), ("ArrowLeft", "ArrowRight")):
        page.page.keyboard.press(back)
        state = page.state()
        assert state["line"] == present["id"] and not state["memory"] and "The memory ends" in state["live"]
        page.settled_picture(present["picture"])
        page.page.keyboard.press(forward)
        assert page.state()["line"] == memory["id"] and page.state()["memory"]
        page.settled_picture(memory["picture"])
    page.page.mouse.move(640, 300)
    page.page.mouse.wheel(0, -120)
    page.page.wait_for_function("(id) => document.getElementById('app').dataset.line === id", arg=present["id"])
    assert not page.state()["memory"]
    page.page.get_by_role("button", name="History").click()
    history = page.page.locator(".history-list li")
    assert history.last.inner_text().endswith(present["text"])
    page.shot("desktop-history")
    assert page.problems == []


def test_a_save_survives_a_reload(open_page, story: dict) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    target = story["lines"][12]
    page.begin()
    page.go_to(target["id"])
    page.page.locator("#quick [data-do=save]").click()
    page.page.locator(".slot[data-slot='4']").click()
    assert "Slot 4" in page.page.locator(".slot[data-slot='4']").inner_text()
    page.shot("desktop-save")
    page.page.keyboard.press("Escape")
    page.page.reload()
    page.page.get_by_role("button", name="Load", exact=True).click()
    page.page.locator(".slot[data-slot='4']").click()
    page.page.wait_for_function("(id) => document.getElementById('app').dataset.line === id", arg=target["id"])
    page.settled_picture(target["picture"])
    # a save whose line has since changed opens at the start of its scene, with a notice
    scene = next(s for s in story["scenes"] if s["id"] == target["scene"])
    page.page.evaluate("""(scene) => { const key = Object.keys(localStorage).find(k => k.endsWith(':saves'));
        const saves = JSON.parse(localStorage.getItem(key));
        saves['5'] = {line: scene + '/gone', scene, when: Date.now() + 60000, text: 'edited away'};  // the latest
        localStorage.setItem(key, JSON.stringify(saves)); }""", scene["id"])
    page.page.reload()
    page.page.get_by_role("button", name="Continue", exact=True).click()
    page.page.wait_for_function("(id) => document.getElementById('app').dataset.line === id",
                                arg=story["lines"][scene["first"]]["id"])
    assert "has changed since the save" in page.page.locator("#toast").inner_text()
    assert page.problems == []


def test_keyboard_only(open_page, story: dict) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    page.page.goto(page.url)
    for screen in ("content-note", "title-card", "game"):
        page.page.keyboard.press("Enter")  # the focused button: Start, Continue, Begin
        assert page.state()["screen"] == screen
    page.page.keyboard.press("Enter")
    assert page.state()["line"] == story["lines"][1]["id"]
    page.page.keyboard.press("Escape")
    assert page.state()["overlay"] == "menu"
    assert page.page.evaluate("document.getElementById('overlay').contains(document.activeElement)")
    page.page.keyboard.press("Tab")
    page.page.keyboard.press("Enter")  # History
    assert page.state()["overlay"] == "history"
    page.page.keyboard.press("Escape")
    assert page.state()["overlay"] is None
    page.page.keyboard.press("a")
    assert page.page.locator("#quick [data-do=auto]").get_attribute("aria-pressed") == "true"
    assert page.problems == []


@pytest.mark.parametrize("reduced, expect_animation", [("reduce", False), ("no-preference", True)])
def test_reduced_motion_means_cuts(open_page, story: dict, reduced: str, expect_animation: bool) -> None:  # type: ignore[no-untyped-def]
    present, memory = _memory_boundary(story)
    page = open_page(reduced_motion=reduced)
    page.begin()
    page.go_to(present["id"])
    page.page.keyboard.press("Space")
    page.page.wait_for_function("(id) => document.getElementById('app').dataset.line === id", arg=memory["id"])
    page.page.wait_for_function("(src) => document.querySelector('#stage .pic.front').getAttribute('src') === src",
                                arg=memory["picture"])
    animating = page.page.evaluate("document.getElementById('stage').getAnimations({subtree: true})"
                                   ".some(a => a.playState === 'running')")
    assert animating == expect_animation
    assert page.problems == []


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_the_page_fits_the_screen(open_page, story: dict, name: str, viewport: dict) -> None:  # type: ignore[no-untyped-def]
    page = open_page(viewport=viewport, reduced_motion="reduce")
    page.page.goto(page.url)
    page.page.wait_for_function("document.fonts.status === 'loaded'")
    page.shot(f"{name}-title")
    page.begin()
    think = next(line for line in story["lines"] if line["kind"] == "think" and line["memory"])
    page.go_to(think["id"])
    page.settled_picture(think["picture"])
    page.shot(f"{name}-game")
    box = page.page.evaluate("""() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect();
        const quick = Array.from(document.querySelectorAll('#quick button')).map(b => b.getBoundingClientRect());
        return {text: r('#textbox'), stage: r('#stage'), quick, font: parseFloat(getComputedStyle(document.querySelector('#say')).fontSize),
                family: getComputedStyle(document.body).fontFamily, scroll: document.documentElement.scrollWidth,
                italic: getComputedStyle(document.querySelector('#say')).fontStyle,
                atkinson: document.fonts.check('16px "Atkinson Hyperlegible"')}; }""")
    width, height = viewport["width"], viewport["height"]
    assert box["scroll"] <= width
    for rect in [box["text"], box["stage"], *box["quick"]]:
        assert rect["left"] >= 0 and rect["right"] <= width + 0.5 and rect["top"] >= 0 and rect["bottom"] <= height + 0.5
    assert box["font"] >= 16 and box["italic"] == "italic" and box["atkinson"]
    assert all(q["height"] >= (24 if name == "desktop" else 40) for q in box["quick"])
    if name == "desktop":
        assert box["stage"]["width"] == width and abs(box["stage"]["height"] - height) <= 1
    else:
        assert box["text"]["top"] >= box["stage"]["bottom"], "on a phone the text sits under the picture"
    page.page.get_by_role("button", name="Settings").click()
    page.shot(f"{name}-settings")
    assert page.problems == []

"""Checking an exported site in a real browser: a quiet static server on 127.0.0.1, and headless
Chromium (Debian's `chromium`, or $VN_CHROMIUM) driven by Playwright, with a fresh profile.

Used by the browser tests and the benchmark; the game itself never needs it. Playwright's own browser
download is not used: its executable_path points at the system's Chromium.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> str | None:
    """The Chromium to drive: $VN_CHROMIUM, else `chromium` or `chromium-browser` on PATH, else None."""
    override = os.environ.get("VN_CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def missing() -> str | None:
    """Why a browser cannot be driven here (None when it can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install playwright)"
    if find_chromium() is None:
        return "no Chromium found (apt-get install chromium, or set VN_CHROMIUM to its path)"
    return None


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (a free port) while the block runs; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def chromium(profile: Path, **context: object) -> Iterator[object]:
    """A Playwright browser context on the system's Chromium with a fresh profile in `profile`."""
    from playwright.sync_api import sync_playwright

    path = find_chromium()
    if path is None:
        raise RuntimeError(missing() or "no Chromium")
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(profile), executable_path=path, args=CHROMIUM_ARGS,
                                                   headless=True, **context)  # type: ignore[arg-type]
        try:
            yield ctx
        finally:
            ctx.close()


def first_line_timings(page: object, url: str) -> dict[str, float]:
    """Open the page and go straight through title, content note and title card as a reader clicking
    at once would. Seconds: `first_line` from navigation to the first line's text and picture on screen
    (wall clock, with the three clicks), `title` until the title screen was up and `begin_to_line` from
    the Begin click to the first line (both measured in the page)."""
    import time

    began = time.perf_counter()
    page.goto(url)  # type: ignore[attr-defined]
    for label in ("Start", "Continue", "Begin"):
        page.get_by_role("button", name=label, exact=True).click()  # type: ignore[attr-defined]
    page.wait_for_function(FIRST_LINE_SHOWN)  # type: ignore[attr-defined]
    first = time.perf_counter() - began
    marks = page.evaluate("""() => Object.fromEntries(['vn:title', 'vn:begin', 'vn:line'].map(
        (n) => [n, (performance.getEntriesByName(n)[0] || {startTime: NaN}).startTime]))""")  # type: ignore[attr-defined]
    return {"first_line": first, "title": marks["vn:title"] / 1000,
            "begin_to_line": (marks["vn:line"] - marks["vn:begin"]) / 1000}


FIRST_LINE_SHOWN = """() => {
  const app = document.getElementById('app');
  const pic = document.querySelector('#stage .pic.front');
  const text = document.querySelector('#say .shown').textContent;
  return app.dataset.screen === 'game' && text.length > 0 && pic && pic.complete && pic.naturalWidth > 0;
}"""

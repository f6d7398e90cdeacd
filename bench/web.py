"""The web edition's figures: `vn export web` of the chapter (time, picture count), the site's size
against its 15 MB budget, and how soon the first line shows after opening the page from a local server
in headless Chromium (the median of several fresh loads; needs Playwright and Chromium, else "not measured").
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.report import Row, not_measured

LOADS = 5


def measure(tmp: Path, quick: bool = False, log=print) -> list[Row]:  # type: ignore[no-untyped-def]
    from game.check import check_story
    from game.export import browser
    from game.export.site import BUDGET, export_web

    log("  web: exporting the chapter")
    report = export_web(check_story(), tmp / "web-site")
    mb = 1024 * 1024
    rows = [
        Row("web edition: vn export web, the chapter", f"{report.seconds:.1f} s",
            note=f"{report.lines} lines, {report.pictures} pictures"),
        Row("web edition: whole site size", f"{report.total_bytes / mb:.2f} MB", goal="≤ 15 MB",
            met=report.total_bytes <= BUDGET, note=f"pictures {report.picture_bytes / mb:.2f} MB (WebP)"),
    ]
    reason = browser.missing()
    if reason:
        return rows + [not_measured("web edition: first line after opening the page", "≤ 1 s", reason)]
    log("  web: first line in headless Chromium")
    runs = []
    with browser.serve(report.out) as url, browser.chromium(tmp / "web-profile") as ctx:
        page = ctx.new_page()  # type: ignore[attr-defined]
        browser.first_line_timings(page, url + "index.html")  # warm-up: the server and the browser's own start
        for _ in range(2 if quick else LOADS):
            page.goto("about:blank")
            runs.append(browser.first_line_timings(page, url + "index.html"))
    first = statistics.median(r["first_line"] for r in runs)
    title = statistics.median(r["title"] for r in runs)
    begin = statistics.median(r["begin_to_line"] for r in runs)
    return rows + [Row("web edition: first line after opening the page", f"{first:.3f} s", goal="≤ 1 s", met=first <= 1.0,
                       note=f"median of {len(runs)}, with three clicks (title, content note, title card) by Playwright; "
                            f"title up at {title:.3f} s, Begin to first line {begin * 1000:.0f} ms",
                       data={"runs": runs})]

"""What the player's intents do while the story is on screen: advance (completing the typewriter
first), roll back and forward, skip, auto, hide the interface, the quick menu, quick save and load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.input import Intent
from game.saves import SaveError
from game.story.runner import Status
from game.ui import quickmenu, theme

if TYPE_CHECKING:
    from game.app import App


def game_intent(app: App, intent: Intent) -> None:
    name = intent.name
    if name == "click":
        if app.ui_hidden:
            app.ui_hidden, app.dirty = False, True
            return
        button = theme.hit(quick_buttons(app), intent.pos)
        if button is not None:
            quick_action(app, button.action)
        else:
            advance(app)
    elif name == "advance":
        if app.ui_hidden:
            app.ui_hidden, app.dirty = False, True
            return
        advance(app)
    elif name in ("back", "forward", "skip_hold", "skip_toggle", "auto", "hide", "menu", "history",
                  "quicksave", "quickload"):
        quick_action(app, name)


def quick_buttons(app: App) -> list[theme.Button]:
    if app.ui_hidden or not app.presenter.text_visible:
        return []
    return quickmenu.buttons(app.skip_toggle or app.skip_held, app.auto, bool(app.session.runner.state.trail))


def quick_action(app: App, action: str) -> None:
    app.dirty = True
    if action == "back":
        rollback(app)
    elif action == "forward":
        rollforward(app)
    elif action == "skip_hold":
        app.skip_held = True
    elif action == "skip_toggle":
        app.skip_toggle = not app.skip_toggle
    elif action == "auto":
        app.auto = not app.auto
    elif action == "hide":
        app.ui_hidden = not app.ui_hidden
    elif action == "menu":
        app.go("menu")
    elif action == "history":
        app.go("history")
    elif action == "quicksave":
        quicksave(app)
    elif action == "quickload":
        app.ui.load_slot("quick")
    elif action.startswith("open:"):
        app.go(action.split(":", 1)[1])


def advance(app: App, instant: bool = False) -> None:
    """A click: finish the typewriter or transition, turn the page, or show the next line."""
    p = app.presenter
    app.dirty = True
    if not instant and not p.page_done:
        p.complete()
        return
    if p.more_pages:
        p.next_page()
        if instant:
            p.complete()
        return
    runner = app.session.runner
    previous = runner.current
    beat = runner.advance()
    if beat is None:
        if runner.status is Status.ENDED:
            app.end_story()
        return
    app.show(beat, "instant" if instant else "advance", previous)


def rollback(app: App) -> None:
    app.skip_toggle = False
    beat = app.session.runner.back()
    if beat is not None:
        app.show(beat, "rollback")


def rollforward(app: App) -> None:
    if not app.session.runner.state.future:
        return
    beat = app.session.runner.forward()
    if beat is not None:
        app.show(beat, "rollback")


def quicksave(app: App) -> None:
    try:
        app.session.save("quick", app.thumbnail())
    except (SaveError, OSError) as exc:
        app.toast(f"Quick save failed: {exc}")
        return
    app.toast("Quick saved.")

"""A session recorded through the app's observer hook (what `vn play --record` does) plays back with
`vn replay --input` to the same screen and line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from game.replay.pilot import Pilot
from game.replay.record import Recorder
from tests.conftest import ROOT


def test_a_recorded_session_plays_back_to_the_same_line(tmp_path: Path) -> None:
    pilot = Pilot(home=tmp_path / "home")
    path = tmp_path / "session.jsonl"
    scene = pilot.result.program.beats[0].line.scene
    pilot.app.start_at(scene)
    recorder = Recorder(pilot.app, path, {"scene": scene, "line": None}, clock=lambda: pilot.clock.now())
    try:
        for _ in range(6):
            pilot.press("space")
            pilot.wait(400)
        pilot.click((640, 300))
        pilot.finish()
        ended = pilot.view
    finally:
        recorder.close()
        pilot.close()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keys = [e for row in rows[1:-1] for e in row["events"] if e["type"] == "key"]
    assert len(keys) == 6 and keys[0]["key"] == "space"  # what was pressed, seen by the hook, written
    assert rows[-1]["end"] == {"screen": "game", "line": ended.line_id}
    done = subprocess.run([sys.executable, "-m", "game", "replay", "--input", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"at line {ended.line_id}" in done.stdout

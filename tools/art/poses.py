"""The poses each set needs for chapter 1, as joint angles (see body.py), with the line of the
chapter each one illustrates in its ``text``."""
from __future__ import annotations

from .body import Arm, Leg, Pose

POCKETS = (Arm(20, -40, "pocket", fore_k=0.62), Arm(20, -40, "pocket", fore_k=0.62))
RELAXED = (Arm(8, -6), Arm(6, -9))

POSES: dict[str, list[Pose]] = {
    "kakashi": [
        Pose("standing", "standing slouched, hands in his pockets", lean=0, head=(4, 0.0, 0.04), arms=POCKETS),
    ],
    "sakura-21": [Pose("standing", "standing, hands at her sides", arms=RELAXED)],
    "sakura-15": [Pose("standing", "standing, hands at her sides", arms=RELAXED)],
    "sakura-13": [Pose("standing", "standing, hands at her sides", arms=RELAXED)],
    "tsunade": [Pose("standing", "standing, commanding", arms=RELAXED)],
    "kotetsu": [Pose("standing", "standing", arms=RELAXED)],
}

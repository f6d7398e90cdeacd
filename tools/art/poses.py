"""The poses each set needs for chapter 1, as joint angles (see body.py), with what each one shows and
the line of the chapter it illustrates in its ``text``.

Standing poses stand on the common floor (the frame cuts them at mid-thigh). Poses nearer the ground
(sitting on it, crouching, kneeling) are framed lower, as a visual novel reframes for them: their
pelvis is placed so that the head comes about where a seated partner's does. Lying poses are turned
a quarter and get a wide canvas."""
from __future__ import annotations

from .body import Arm, Leg, Pose

W, H = 960, 1320
# Lying on the couch: the couch is drawn at the place's own, smaller scale, so lying poses are shown at
# 0.45 of the set's scale (Kakashi about 420 stage px long) and stood on the couch point (x its middle,
# y the floor line 700) so that the body's underside meets the seat (stage y ~480): SEAT art px below it.
LYING = 0.45
SEAT = round((700 - 480) / (0.5 * LYING))
# Sakura asleep on her side: the blanket's flat side (1.2 hip widths below the body's line, her pelvis at
# canvas y 500) lies on the seat
ON_SEAT = round(500 + 128 * 1.14) + SEAT
ASLEEP_LEGS = (Leg(-2, -1, foot="none"), Leg(-2, -1, foot="none"))
POCKET = Arm(14, -45, "pocket", fore_k=0.8)
POCKETS = (POCKET, POCKET)
RELAXED = (Arm(12, -16, turn=8), Arm(10, -20, turn=10))
CROSSED = (Arm(6, -96, "none", up_k=0.72), Arm(8, -92, "relaxed", turn=-10, up_k=0.7))
SEATED = (Leg(150, 4, thigh_k=0.3, foot="none", over=True),) * 2
LAP = (Arm(6, -55, "relaxed", fore_k=0.75), Arm(6, -60, "relaxed", fore_k=0.75))
STANCE = (Leg(16, 4), Leg(14, 2))
GROUND_SIT = (Leg(160, -6, thigh_k=0.55, shin_k=0.62, foot="front", over=True),) * 2


SEATED_CLOSED = (Leg(170, -6, thigh_k=0.3, foot="none", over=True),) * 2


def _sit(name: str, text: str, legs=SEATED, **kw) -> Pose:   # type: ignore[no-untyped-def]
    return Pose(name, text, drop=0.12, legs=legs, extra={"seated": True}, **kw)


POSES: dict[str, list[Pose]] = {
    "kakashi": [
        Pose("standing", "standing slouched, hands in his pockets (at the memorial, at the door)",
             head=(4, 0.0, 0.04), arms=POCKETS),
        Pose("arms-crossed", "standing, arms crossed, waiting", head=(-3, 0.0, 0.03), arms=CROSSED),
        Pose("wave", "the lazy wave: \"Yo.\" (right hand up, the other in a pocket)", head=(6, 0, 0.03),
             arms=(Arm(38, -168, "wave", turn=8), POCKET)),
        Pose("reading", "reading the orange book held up in his right hand, the other in a pocket",
             head=(6, 0, 0.06), arms=(Arm(10, -142, "hold", fore_k=0.8), POCKET), props=("book",)),
        _sit("sitting", "sitting in the armchair (or on the couch), forearms on his thighs, book in hand",
             head=(5, 0, 0.05), arms=(Arm(6, -42, "hold", fore_k=0.85), Arm(5, -48, "relaxed", fore_k=0.85)),
             props=("book-back",)),
        Pose("sitting-ground", "sitting on the ground, back against the cherry tree's trunk, one knee up",
             pelvis=(480, 1250), head=(4, 0, 0.03), legs=GROUND_SIT,
             arms=(Arm(0, -80, "relaxed", up_k=0.76, fore_k=0.8), Arm(2, -12, "relaxed", up_k=0.76, fore_k=0.8))),
        Pose("reading-ground", "sitting against the cherry tree, the orange book held up in his right hand, his eye "
             "over the top of it (\"the little orange book in his hand\")", pelvis=(480, 1250), head=(6, 0, 0.06),
             legs=GROUND_SIT, arms=(Arm(16, -168, "hold", fore_k=0.85), Arm(0, -80, "relaxed", up_k=0.76, fore_k=0.8)),
             props=("book",)),
        Pose("lying-couch-book", "napping on his couch, the orange book open over his face",
             size=(2300, 1800), pelvis=(1160, 560), turn=-90, head=(0, 0, 0.0), scale=LYING, foot=(1200, 800 + SEAT),
             arms=(Arm(6, -20, "relaxed"), Arm(8, 4, "relaxed")),
             legs=(Leg(6, -10, foot="front"), Leg(2, 6, foot="front")), props=("book-face",),
             face_visible=False),
        Pose("lying-couch", "on his couch, the orange book lifted off his face and held shut on his chest (\"He lifts "
             "the book off his face\")",
             size=(2300, 1800), pelvis=(1160, 560), turn=-90, head=(0, 0, 0.0), scale=LYING, foot=(1200, 800 + SEAT),
             arms=(Arm(10, -132, "hold", fore_k=0.8), Arm(8, 4, "relaxed")),
             legs=(Leg(6, -10, foot="front"), Leg(2, 6, foot="front")), props=("book-chest",)),
        Pose("crouching", "crouched down to the eye level of someone sitting (\"Why, you're my friend\")",
             pelvis=(480, 1380), head=(6, 0, 0.05),
             legs=(Leg(140, -10, thigh_k=0.64, over=True),) * 2,
             arms=(Arm(35, -48, "relaxed", fore_k=0.66),) * 2),
        Pose("reaching", "crouched by the couch, one hand reaching out to her shoulder (\"Awkwardly, he places a hand "
             "on her shoulder.\")",
             pelvis=(480, 1380), head=(8, 0, 0.05), legs=(Leg(140, -10, thigh_k=0.64, over=True),) * 2,
             arms=(Arm(72, 92, "open", fore_k=0.9), Arm(35, -48, "relaxed", fore_k=0.66))),
        Pose("eating", "lunch under the tree: sitting on the ground, the bowl in his left hand, chopsticks in his right",
             pelvis=(480, 1250), head=(8, 0, 0.06), legs=GROUND_SIT,
             arms=(Arm(10, -125, "hold", fore_k=0.8), Arm(14, -110, "hold", fore_k=0.75)), props=("bowl", "chopsticks")),
        Pose("training", "training stance: feet apart, hands joined in a seal at his chest", legs=STANCE,
             head=(0, 0, 0.0), arms=(Arm(14, -118, "fist", fore_k=0.8), Arm(14, -118, "fist", fore_k=0.8))),
        Pose("packing", "packing in a hurry: pulling his travel pack shut between both hands (\"Kakashi packs "
             "quickly.\")", head=(8, 0, 0.08), arms=(Arm(4, -158, "fist", up_k=0.8, fore_k=0.85), Arm(4, -162, "fist", up_k=0.8, fore_k=0.85)),
             props=("pack",)),
        _sit("sitting-reading", "sitting back in the armchair, leafing through an orange book held up in his right hand "
             "(\"He picks out a volume ..., settles back, and leafs through it.\")", head=(6, 0, 0.06),
             arms=(Arm(10, -142, "hold", fore_k=0.8), Arm(5, -48, "relaxed", fore_k=0.85)), props=("book",)),
        Pose("shrug", "sitting on the ground under the tree, both hands turned up and open at his sides, the bowl set "
             "down (\"He shrugs, as if it's obvious.\")", pelvis=(480, 1250), head=(-8, 0, 0.02), legs=GROUND_SIT,
             arms=(Arm(26, 176, "open", fore_k=0.55), Arm(26, 176, "open", fore_k=0.55))),
        Pose("head-scratch", "sitting on the ground under the tree, scratching the back of his head (\"He scratches "
             "the back of his head.\")", pelvis=(480, 1250), head=(8, 0, 0.04), legs=GROUND_SIT,
             arms=(Arm(120, -128, "relaxed", front=False), Arm(2, -12, "relaxed", up_k=0.76, fore_k=0.8))),
    ],
    "sakura-21": [
        Pose("standing", "standing, hands at her sides", arms=RELAXED),
        Pose("holding-flower", "carrying a single flower to the memorial, held at her chest",
             head=(-4, 0, 0.03), arms=(Arm(8, -6), Arm(6, -128, "hold", fore_k=0.62)), props=("flower",)),
        Pose("kneeling-stone", "both hands slammed down on the stone, head hung",
             pelvis=(480, 1300), head=(10, 0, 0.16), legs=(Leg(10, 0, thigh_k=0.6), Leg(10, 0, thigh_k=0.6)),
             arms=(Arm(32, -24, "flat", up_k=0.55, fore_k=0.5), Arm(32, -24, "flat", up_k=0.55, fore_k=0.5)),
             props=("stone",)),
        _sit("sitting", "sitting, hands folded in her lap", head=(-3, 0, 0.02), arms=LAP, legs=SEATED_CLOSED),
        Pose("touching-stone", "standing beside the memorial, one arm out to it, her fingertips on its edge (\"At the "
             "stone, Sakura traces its sharp edge with her fingertips.\")", size=(1760, 1320), pelvis=(880, 0),
             head=(6, 0, 0.04),
             arms=(Arm(56, 106, "open", fore_k=0.9), Arm(8, -6))),
    ],
    "sakura-13": [
        Pose("standing", "standing, hands at her sides", arms=RELAXED),
        Pose("arms-crossed", "arms crossed, cross (\"Where are you, you stupid pervert?\")", arms=CROSSED,
             head=(-5, 0, 0.0)),
        Pose("sitting-ground", "sitting on the ground (fallen on her behind; under the tree)",
             pelvis=(480, 1250), head=(-4, 0, 0.02), legs=GROUND_SIT,
             arms=(Arm(0, -82, "relaxed", up_k=0.76, fore_k=0.8), Arm(0, -78, "relaxed", up_k=0.76, fore_k=0.8))),
        Pose("eating", "lunch under the tree: sitting on the ground, the bowl in her left hand, chopsticks in her right",
             pelvis=(480, 1250), head=(6, 0, 0.04), legs=GROUND_SIT,
             arms=(Arm(10, -125, "hold", fore_k=0.8), Arm(14, -110, "hold", fore_k=0.75)), props=("bowl", "chopsticks")),
        Pose("fidgeting", "standing before him, eyes down, twisting her hands together under her chin (\"She trots after "
             "him, twisting her hands together.\")", head=(-3, 0, 0.1),
             arms=(Arm(8, -152, "relaxed", up_k=0.9, fore_k=0.78), Arm(8, -158, "relaxed", up_k=0.9, fore_k=0.78))),
        Pose("training", "training stance: feet apart, fists up", legs=STANCE,
             arms=(Arm(24, -150, "fist", fore_k=0.8), Arm(30, -120, "fist", fore_k=0.8))),
    ],
    "sakura-15": [
        Pose("standing", "standing, hands at her sides", arms=RELAXED),
        _sit("sitting", "sitting on the couch (or the chair before the Hokage's desk), hands in her lap",
             head=(3, 0, 0.03), arms=LAP, legs=SEATED_CLOSED),
        _sit("wiping-eyes", "sitting on the couch, scrubbing at her eyes with the back of her hand (\"She sits back "
             "and scrubs at her eyes, shaking.\")", head=(-4, 0, 0.06), legs=SEATED_CLOSED,
             arms=(Arm(30, -146, "relaxed", up_k=0.55, fore_k=1.0), Arm(6, -60, "relaxed", fore_k=0.75))),
        Pose("leaning", "slumped sideways against the door frame behind her, arms hanging, head drooping (\"Sakura is "
             "propped against the frame as if she can't hold herself up.\")", lean=11, head=(12, 0, 0.05),
             arms=(Arm(4, 2, "relaxed", turn=4), Arm(14, -6, "relaxed", turn=6)), legs=(Leg(10, 2), Leg(-2, 0))),
        Pose("fist", "on her feet, a fist drawn back, the other clenched at her side (\"She very nearly hits her "
             "startled teacher.\")", head=(4, 0, 0.0), arms=(Arm(14, -10, "fist"), Arm(62, -172, "fist", up_k=0.9, fore_k=0.9))),
        Pose("asleep", "asleep on the couch, on her side under the green blanket, one hand by her cheek",
             size=(1900, 1000), pelvis=(950, 500), turn=-90, head=(-6, 0, 0.0), scale=LYING, foot=(950, ON_SEAT),
             arms=(Arm(-10, -160, "relaxed", up_k=0.7, fore_k=0.8), Arm(-12, -35, "relaxed", up_k=0.8, fore_k=0.6)),
             legs=ASLEEP_LEGS, props=("blanket",)),
        Pose("rolling", "rolled over to the couch's edge, half off it, an arm flung down to catch herself (\"She "
             "rolls over … and almost falls off the couch.\")", size=(1900, 1300), pelvis=(950, 500), turn=-84,
             head=(-14, 0, 0.0), scale=LYING, foot=(950, ON_SEAT - 100),
             arms=(Arm(72, 10, "open", up_k=0.8, fore_k=0.8), Arm(-12, -35, "relaxed", up_k=0.8, fore_k=0.6)),
             legs=ASLEEP_LEGS, props=("blanket",)),
    ],
    "tsunade": [
        Pose("standing", "standing tall, commanding, chin up", head=(-3, 0, -0.03), arms=(Arm(9, -4), Arm(7, -8))),
        Pose("arms-crossed", "standing, arms crossed", arms=CROSSED, head=(-2, 0, -0.02)),
        _sit("sitting", "sitting at her desk, hands clasped before her", head=(4, 0, 0.03),
             arms=(Arm(10, -100, "fist", fore_k=0.8), Arm(10, -100, "fist", fore_k=0.8))),
        _sit("temple", "sitting at her desk, head bowed into the fingers of one hand pressed to her temple",
             head=(-10, 0, 0.06), arms=(Arm(110, 240, "relaxed", up_k=0.75, fore_k=0.62), Arm(10, -100, "fist", fore_k=0.8))),
        _sit("drinking", "sitting at her desk, drinking from a small bottle held to her lips", head=(-6, 0, 0.0),
             arms=(Arm(30, 205, "hold", up_k=0.8), Arm(10, -100, "fist", fore_k=0.8)), props=("bottle",)),
    ],
    "kotetsu": [
        Pose("standing", "standing, all business", arms=RELAXED),
        Pose("knocking", "fist raised to knock on a door that has just opened (\"fist raised, knocking on thin "
             "air\")", head=(-4, 0, 0.02), arms=(Arm(45, -150, "fist"), Arm(10, -16, turn=8))),
    ],
}

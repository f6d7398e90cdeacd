"""Draft -> text: the YAML story file (cast, places, scenes, each guess as a comment on its line, and a
`gesture:` proposed where the narration has someone on stage nod, sigh, laugh...) and the JSON Lines of
every quotation (text, speaker, offsets, kind, confidence, evidence).
"""

from __future__ import annotations

import json
import re

from game.adapt.cast import Cast
from game.adapt.confidence import LIKELY, SURE
from game.adapt.draft import UNKNOWN, Draft, cast_in_draft

PALETTE = ("#9fb4c8", "#f08cb0", "#e6c36a", "#8cc9a2", "#c7a0e8", "#f0a070", "#80d0d8", "#d8d890",
           "#b0b0f0", "#e0a0a0")
PLACEHOLDER_SPRITE = "draft"
POSITIONS = ("left", "right", "centre", "far-left", "far-right")


# What the narration says someone does -> the engine's gesture for it (game.story.format.GESTURES): the gesture,
# its verb's finite forms, its participle, and what follows them ("shook his head"; not "nodded off").
_MOTION_WORDS = (
    ("nod", r"nods?|nodded", "nodding", "", r"(?! off)"),
    ("shake-head", r"shakes|shook", "shaking", r" (?:his|her|their|my) head", ""),
    ("shiver", r"shiver(?:s|ed)?|shudder(?:s|ed)?|trembl(?:es|ed|e)", "trembling|shivering|shuddering", "", ""),
    ("start", r"flinch(?:es|ed)?|startled|gives a start|gave a start|jumps|jumped", "flinching", "", ""),
    ("laugh", r"laugh(?:s|ed)?|chuckle[sd]?|giggle[sd]?", "laughing|chuckling|giggling", "", ""),
    ("sigh", r"sigh(?:s|ed)?", "sighing", "", ""),
)
# after a subject: any form of the verb
MOTIONS = tuple((re.compile(rf"(?:{finite}|{part}){then}\b{not_after}"), motion)
                for motion, finite, part, then, not_after in _MOTION_WORDS)
# a subject (a name, "he"/"she", or "I") and the verb after it, one adverb allowed between
SUBJECT = re.compile(r"(?:^|(?<=[.!?;:,]\s)|(?<=\band\s))([A-ZÀ-ÖØ-Þ][\w'-]*|he|she|I|you)\s+(?:[a-zß-öø-ÿ]+ly\s+)?(?=[a-zß-öø-ÿ])")
# what a speaker does as they speak, told by a participle in the tag ('she said, laughing'; 'He sobbed, shaking
# his head')
DOING = tuple((re.compile(rf"\b(?:{part}){then}\b{not_after}"), motion)
              for motion, _finite, part, then, not_after in _MOTION_WORDS)


def doing(beat: str) -> tuple[str, str] | None:
    """The gesture a speech line's tag tells its speaker makes as they speak, and the words, or None."""
    for pattern, motion in DOING:
        m = pattern.search(beat)
        if m:
            return motion, m.group()
    return None


def gestures(text: str, cast: Cast, shown: list[str]) -> list[tuple[str, str, str]]:
    """The gestures a narration line tells of people on stage: (cast id, motion, the words), in order. A name
    counts when the cast knows it; "he"/"she" when one person of that gender is on stage; "I" for the narrator
    ("you" in a story told to a 'you')."""
    found: list[tuple[str, str, str]] = []
    for m in SUBJECT.finditer(text):
        word, rest = m.group(1), text[m.end():]
        motion = next((name for pattern, name in MOTIONS if pattern.match(rest)), None)
        if motion is None:
            continue
        if word in ("he", "He", "she", "She"):
            gender = "m" if word.lower() == "he" else "f"
            who = [c for c in shown if cast.members[c].gender == gender]
            cid = who[0] if len(who) == 1 else None
        elif word == "I" or word in ("You", "you") and cast.second_person:
            cid = next((c for c in shown if cast.members[c].narrator), None)
        else:
            cid = cast.by_token.get(word.lower())
        if cid in shown and all(f[0] != cid for f in found):
            found.append((cid, motion, f"{word} {rest.split(maxsplit=1)[0].rstrip('.,;:!?')}"))
    return found


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def to_yaml(draft: Draft, title: str, known_cast: dict[str, tuple[str, str | None, str]] | None = None) -> str:
    known_cast = known_cast or {}
    out = [
        "# A draft made by `vn adapt`: every guess is marked in a comment (sure / likely / check).",
        f"# A speaker marked sure is one of a kind found right {SURE:.0%} of the time or more in published novels,",
        f"# likely {LIKELY:.0%} or more, check less: search for 'check' first.",
        "# Narration is the source's own prose, cut at sentences: rewrite it for the screen.",
        "# Characters and places the tool did not know use placeholder art (sprite 'draft', map 'draft').",
    ]
    if draft.telling:
        out.append(f"# The text is {draft.telling}.")
    out += [
        f"title: {q(title)}",
    ]
    if draft.subtitle:
        out.append(f"subtitle: {q(draft.subtitle)}")
    members = cast_in_draft(draft)
    out.append("cast:" if members else "cast: {}  # no one speaks in this text")
    for i, member in enumerate(members):
        out.append(f"  {member.id}:")
        if member.id in known_cast:
            name, color, sprite = known_cast[member.id]
            out.append(f"    name: {q(name)}")
            if color:
                out.append(f"    color: {q(color)}")
            out.append(f"    sprite: {sprite}")
            continue
        note = []
        if member.narrator:
            note.append("the one the story is told to (second person)" if draft.cast.second_person
                        else "the narrator (first person)")
        if member.gender:
            note.append({"m": "he", "f": "she"}[member.gender])
        if member.id == UNKNOWN:
            note.append("lines whose speaker was not found")
        out.append(f"    name: {q(member.name)}" + (f"  # {', '.join(note)}" if note else ""))
        out.append(f"    color: {q(PALETTE[i % len(PALETTE)])}")
        out.append(f"    sprite: {PLACEHOLDER_SPRITE}")
    out.append("places:")
    for pid, (name, map_path) in draft.places.items():
        out.append(f"  {pid}:")
        out.append(f"    name: {q(name)}")
        out.append(f"    map: {map_path}")
    out.append("scenes:")
    for scene in draft.scenes:
        out.append("")
        for comment in scene.comments:
            out.append(f"  # {comment}")
        out.append(f"  - scene: {scene.id}")
        out.append(f"    title: {q(scene.title)}")
        out.append(f"    place: {scene.place}")
        out.append(f"    time: {scene.time}")
        out.append(f"    memory: {'true' if scene.memory else 'false'}")
        out.append("    lines:")
        if not scene.lines:
            out.append(f"      - {q('(This scene had no text.)')}")
        shown: list[str] = []
        for line in scene.lines:
            if line.speaker and line.speaker not in shown and line.speaker not in (UNKNOWN, "narrator") \
                    and len(shown) < len(POSITIONS):
                out.append(f"      - show: {line.speaker} at {POSITIONS[len(shown)]}")
                shown.append(line.speaker)
            if line.kind == "narrate":
                for who, motion, words in gestures(line.text, draft.cast, shown):
                    out.append(f"      - gesture: {who} {motion}  # from {q(words)}: check")
                out.append(f"      - {q(line.text)}")
                continue
            found = gestures(line.beat, draft.cast, shown)
            own = doing(line.beat) if line.speaker in shown else None
            if own is not None and all(who != line.speaker for who, _, _ in found):
                found.append((line.speaker, own[0], own[1]))  # type: ignore[arg-type]
            for who, motion, words in found:
                out.append(f"      - gesture: {who} {motion}  # from {q(words)}: check")
            verb = f"{line.speaker} thinks" if line.kind == "think" else f"{line.speaker}"
            comment = f"  # {line.comment}" if line.comment else ""
            out.append(f"      - {verb}: {q(line.text)}{comment}")
    return "\n".join(out) + "\n"


def to_json_lines(draft: Draft) -> str:
    """One object per quotation, in the order of the text; offsets are into the text as read. `narrator` is true
    for the first-person narrator's lines ('"…," I said'), whatever name the draft could give them."""
    rows = []
    for u in sorted(draft.utterances, key=lambda u: u.start):
        rows.append(json.dumps({
            "text": u.text(draft.doc),
            "speaker": draft.cast.display(u.speaker),
            "start": u.start,
            "end": u.end,
            "kind": u.kind,
            "confidence": round(u.confidence, 3),
            "evidence": u.evidence,
            "agreement": u.agreement,
            "voices": u.voices,
            "narrator": u.speaker in draft.cast.members and draft.cast.members[u.speaker].narrator,
        }, ensure_ascii=False))
    return "\n".join(rows) + ("\n" if rows else "")

"""Backward re-anchoring of turn-taking: after the forward pass, an untagged run of lines is read
again from the tagged line that ends it.

The forward pass gives an untagged line to the speaker before the last, counting from the lines
before it. When the line just after such a run is tagged and its speaker is the one the forward
pass gave to the run's last line (two paragraphs in a row by one person, with no narration between),
the alternation has slipped somewhere inside the run. The lines nearer the later tag than the
earlier anchor are then read backward from the tag (the line before it is the other person's, the
one before that the tagged speaker's, ...); the lines nearer the earlier anchor keep their
forward reading.
"""

from __future__ import annotations

from game.adapt.document import Document
from game.adapt.quotes import Utterance

ANCHORS = frozenset({"tag", "tag-pronoun", "beat", "self-named", "label"})  # evidence read from the text itself
SOFT = frozenset({"turn-taking", "last-named"})  # evidence read from the order of the lines alone


def _turns(lines: list[Utterance]) -> list[list[Utterance]]:
    """The lines grouped by paragraph (a paragraph's lines are one turn), in order."""
    out: list[list[Utterance]] = []
    for u in lines:
        if out and out[-1][-1].pieces[-1].para == u.para:
            out[-1].append(u)
        else:
            out.append([u])
    return out


def _evidence(turn: list[Utterance]) -> str:
    kinds = {u.evidence for u in turn}
    if kinds & ANCHORS:
        return "anchor"
    return "soft" if kinds <= SOFT else "other"


def _adjacent(doc: Document, a: list[Utterance], b: list[Utterance]) -> bool:
    """`b` opens the paragraph right after `a`'s, with no words before its quote."""
    para = doc.paragraphs[b[0].para]
    return b[0].para == a[-1].pieces[-1].para + 1 and not doc.text[para.start:b[0].start - 1].strip()


def reanchor(doc: Document, utterances: list[Utterance], scene_of: dict[int, int]) -> None:
    """Re-read the end of each untagged run backward from the tagged line after it, where the forward
    reading makes one person speak twice in adjacent paragraphs. `scene_of` maps a line's start to
    its scene number."""
    turns = _turns([u for u in utterances if u.kind == "say"])
    for r in range(1, len(turns)):
        right, before = turns[r], turns[r - 1]
        if _evidence(right) != "anchor" or _evidence(before) != "soft":
            continue
        speaker = right[0].speaker
        if speaker is None or before[0].speaker != speaker or not _adjacent(doc, before, right) \
                or scene_of[before[0].start] != scene_of[right[0].start]:
            continue
        run = [r - 1]  # the soft turns before the tag, back to the last one adjacent
        while run[-1] > 0 and _evidence(turns[run[-1] - 1]) == "soft" \
                and _adjacent(doc, turns[run[-1] - 1], turns[run[-1]]) \
                and scene_of[turns[run[-1] - 1][0].start] == scene_of[right[0].start]:
            run.append(run[-1] - 1)
        left = run[-1] - 1  # the turn before the run: an anchor, or nothing to count from
        anchored_left = left >= 0 and _adjacent(doc, turns[left], turns[left + 1]) \
            and scene_of[turns[left][0].start] == scene_of[right[0].start]
        other = next((turns[i][0].speaker for i in run[1:] + ([left] if anchored_left else [])
                      if turns[i][0].speaker not in (None, speaker)), None)
        if other is None and not anchored_left:  # ('"Yes. You too?" / Tommy nodded. / "Two months ago." / "Gratuity?"
            other = next((turns[i][0].speaker for i in range(run[-1] - 1, max(-1, run[-1] - 7), -1)  # hinted Tuppence.')
                          if scene_of[turns[i][0].start] == scene_of[right[0].start]
                          and turns[i][0].speaker not in (None, speaker)), None)  # the one who spoke before
        if other is None:
            continue
        for step, i in enumerate(run, 1):
            distance_left = len(run) - step + 1 if anchored_left else len(run) + 99
            if step >= distance_left:  # nearer the earlier anchor: the forward reading stands
                break
            who = other if step % 2 else speaker
            if any(who in u.addressee for u in turns[i]):
                break
            for u in turns[i]:
                u.speaker, u.evidence, u.confidence = who, "turn-back", 0.6


def called_back(doc: Document, utterances: list[Utterance], scene_of: dict[int, int], confidence: float) -> None:
    """A line no step could give anyone ('"Tommy, old thing!"' opening a chapter) is the one person the reply
    just after it calls by name ('"Tuppence, old bean!"'), when the reply is someone else's, opens the next
    paragraph, and the line does not call that person itself."""
    turns = _turns([u for u in utterances if u.kind == "say"])
    for before, reply in zip(turns, turns[1:]):
        lost = [u for u in before if u.speaker is None]
        called = set().union(*(u.addressee for u in reply[:1]))
        if not lost or len(called) != 1 or not _adjacent(doc, before, reply) \
                or scene_of[before[0].start] != scene_of[reply[0].start]:
            continue
        who = next(iter(called))
        if reply[0].speaker in (None, who) or any(who in u.addressee or u.speaker not in (None, who) for u in before):
            continue
        for u in lost:
            u.speaker, u.evidence, u.confidence = who, "addressed", confidence

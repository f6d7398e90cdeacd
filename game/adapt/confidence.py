"""How sure a draft is of each speaker: the share of such lines found right in published novels.

A line's confidence is read from two things once every line has its speaker: the step that gave it (its
evidence kind: a tag with a name, a pronoun tag, turn-taking...) and whether the exchange around it agrees. In a
run of quoted paragraphs, speakers alternate, so the line two paragraphs back (when the one between is by someone
else) and the line two paragraphs on are said by the same person: each such neighbour that names this line's
speaker agrees, each that names another disagrees.

    agreement   both neighbours agree | one agrees | one agrees, one does not | against (none agrees, one or
                two do not) | none (no such neighbour: the line is not inside a run of talk)

TABLE holds, for each (evidence kind, agreement), the share of lines found right in the fourteen published novel
excerpts this project has read (the Project Dialogism Novel Corpus's quotations; not stored here), pulled towards
the kind's own share, and that towards all lines', by SMOOTHING lines each, so a rare cell is not taken at its word.
`tools/adapt_calibrate.py` prints the table again from any texts with gold files.

The draft's comments turn the number into a word for the writer (`mark`): sure (0.95 or more: leave it), likely
(0.75 or more: glance at it), check (read it against the text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from game.adapt.quotes import Utterance

SURE, LIKELY = 0.95, 0.75
AGREEMENTS = ("both", "one", "mixed", "against", "none")
SMOOTHING = 10

# fitted by tools/adapt_calibrate.py on the fourteen read excerpts (2,943 lines found, 80.3 % right; docs/adapt.md)
KINDS: dict[str, float] = {
    'addressed': 0.861,
    'beat': 0.750,
    'last-named': 0.669,
    'lead-in': 0.535,
    'none': 0.730,
    'paragraph': 0.840,
    'self-named': 0.788,
    'tag': 0.972,
    'tag-pronoun': 0.793,
    'turn-back': 0.774,
    'turn-taking': 0.731,
    'vocative': 0.691,
}
TABLE: dict[tuple[str, str], float] = {
    ('addressed', 'both'): 0.958,  # 46/47
    ('addressed', 'one'): 0.931,  # 37/39
    ('addressed', 'mixed'): 0.832,  # 23/28
    ('addressed', 'against'): 0.698,  # 20/31
    ('addressed', 'none'): 0.830,  # 8/10
    ('beat', 'both'): 0.786,  # 20/25
    ('beat', 'one'): 0.824,  # 23/27
    ('beat', 'mixed'): 0.661,  # 13/21
    ('beat', 'against'): 0.734,  # 16/22
    ('beat', 'none'): 0.691,  # 7/11
    ('last-named', 'none'): 0.558,  # 0/2
    ('lead-in', 'one'): 0.622,  # 32/50
    ('lead-in', 'against'): 0.304,  # 5/24
    ('lead-in', 'none'): 0.532,  # 17/32
    ('none', 'none'): 0.664,  # 0/1
    ('paragraph', 'both'): 0.937,  # 90/95
    ('paragraph', 'one'): 0.849,  # 96/113
    ('paragraph', 'mixed'): 0.877,  # 53/60
    ('paragraph', 'against'): 0.756,  # 43/58
    ('paragraph', 'none'): 0.757,  # 62/83
    ('self-named', 'both'): 0.823,  # 2/2
    ('self-named', 'mixed'): 0.807,  # 1/1
    ('self-named', 'against'): 0.716,  # 0/1
    ('tag', 'both'): 0.998,  # 122/122
    ('tag', 'one'): 0.999,  # 176/176
    ('tag', 'mixed'): 0.988,  # 93/94
    ('tag', 'against'): 0.916,  # 102/112
    ('tag', 'none'): 0.961,  # 95/99
    ('tag-pronoun', 'both'): 0.897,  # 88/97
    ('tag-pronoun', 'one'): 0.813,  # 110/135
    ('tag-pronoun', 'mixed'): 0.817,  # 46/56
    ('tag-pronoun', 'against'): 0.741,  # 61/83
    ('tag-pronoun', 'none'): 0.699,  # 71/103
    ('turn-back', 'both'): 0.839,  # 4/4
    ('turn-back', 'one'): 0.826,  # 3/3
    ('turn-back', 'mixed'): 0.812,  # 2/2
    ('turn-back', 'against'): 0.596,  # 0/3
    ('turn-taking', 'both'): 0.813,  # 438/538
    ('turn-taking', 'one'): 0.703,  # 203/289
    ('turn-taking', 'mixed'): 0.597,  # 50/86
    ('turn-taking', 'against'): 0.410,  # 5/20
    ('turn-taking', 'none'): 0.423,  # 13/38
    ('vocative', 'both'): 0.835,  # 39/45
    ('vocative', 'one'): 0.716,  # 21/29
    ('vocative', 'mixed'): 0.606,  # 4/8
    ('vocative', 'against'): 0.377,  # 1/11
    ('vocative', 'none'): 0.583,  # 3/7
}


def mark(confidence: float) -> str:
    """The word a draft's comment gives a confidence: what the writer should do with the line."""
    return "sure" if confidence >= SURE else "likely" if confidence >= LIKELY else "check"


def agreements(utterances: list[Utterance], scene_of: Callable[[int], int]) -> list[str]:
    """For each line (in the order given), how the exchange around it agrees with its speaker (see above).
    `scene_of` gives the start of the scene an offset is in: an exchange never runs across scenes."""
    lines = sorted(range(len(utterances)), key=lambda i: utterances[i].start)
    # the paragraphs with lines, in order, each with its scene, its first line's and its last line's speaker
    paras: list[tuple[int, int, str | None, str | None]] = []
    where: dict[int, int] = {}  # utterance index -> index in paras
    for i in lines:
        u = utterances[i]
        if paras and paras[-1][0] == u.para:
            para, scene, first, _last = paras[-1]
            paras[-1] = (para, scene, first, u.speaker)
        else:
            paras.append((u.para, scene_of(u.start), u.speaker, u.speaker))
        where[i] = len(paras) - 1

    def neighbour(k: int, step: int) -> str | None:
        """The speaker two quoted paragraphs away from paras[k] (step -1: back, +1: on), when both are in a
        run of adjacent paragraphs of the same scene and the one between is someone else's; else None."""
        near, far = k + step, k + 2 * step
        if not 0 <= far < len(paras):
            return None
        (p0, s0, f0, l0), (p1, s1, f1, l1), (p2, s2, f2, l2) = paras[k], paras[near], paras[far]
        if s0 != s1 or s1 != s2 or abs(p1 - p0) != 1 or abs(p2 - p1) != 1:
            return None
        if step < 0:
            mine, between_near, between_far, theirs = f0, l1, f1, l2
        else:
            mine, between_near, between_far, theirs = l0, f1, l1, f2
        if None in (mine, between_near, between_far, theirs) or between_near != between_far or between_near == theirs:
            return None
        return theirs

    out = ["none"] * len(utterances)
    for i in lines:
        u = utterances[i]
        if u.speaker is None:
            continue
        seen = [who for who in (neighbour(where[i], -1), neighbour(where[i], 1)) if who is not None]
        agree = sum(who == u.speaker for who in seen)
        disagree = len(seen) - agree
        out[i] = ("both" if agree == 2 else "one" if agree and not disagree else "mixed" if agree
                  else "against" if disagree else "none")
    return out


def confidence(evidence: str, agreement: str, fallback: float = 0.5) -> float:
    """The share of lines like this one found right (see the module docstring)."""
    found = TABLE.get((evidence, agreement))
    return found if found is not None else KINDS.get(evidence, fallback)


def calibrate(utterances: list[Utterance], scene_of: Callable[[int], int]) -> None:
    """Every line's agreement and its confidence from that and its evidence; a line no one says keeps 0."""
    for u, agreement in zip(utterances, agreements(utterances, scene_of)):
        u.agreement = agreement
        if u.speaker is not None:
            u.confidence = confidence(u.evidence, agreement, u.confidence)


@dataclass
class Fitted:
    overall: float
    kinds: dict[str, float]
    table: dict[tuple[str, str], float]
    counts: dict[tuple[str, str], tuple[int, int]]  # (right, lines) in each cell


def fit(rows: Iterable[tuple[str, str, bool]], smoothing: float = SMOOTHING) -> Fitted:
    """The table from (evidence, agreement, right?) rows: each cell's share of right lines, pulled towards its
    kind's by `smoothing` lines, the kind's towards all lines' likewise."""
    cells: dict[tuple[str, str], list[int]] = {}
    kinds: dict[str, list[int]] = {}
    right = total = 0
    for evidence, agreement, ok in rows:
        for counts in (cells.setdefault((evidence, agreement), [0, 0]), kinds.setdefault(evidence, [0, 0])):
            counts[0] += ok
            counts[1] += 1
        right += ok
        total += 1
    overall = right / total if total else 0.5
    kind_share = {k: (c + smoothing * overall) / (n + smoothing) for k, (c, n) in kinds.items()}
    table = {key: (c + smoothing * kind_share[key[0]]) / (n + smoothing) for key, (c, n) in cells.items()}
    return Fitted(overall, kind_share, table, {key: (c, n) for key, (c, n) in cells.items()})

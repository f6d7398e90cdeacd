"""How sure a draft is of each speaker: the share of such lines found right in published novels.

A line's confidence is read, once every line has its speaker, from the step that gave it (its evidence kind: a tag
with a name, a pronoun tag, turn-taking...), whether the exchange around it agrees, and how many people its scene
has speak. In a run of quoted paragraphs, speakers alternate, so the line two paragraphs back (when the one between is by someone
else) and the line two paragraphs on are said by the same person: each such neighbour that names this line's
speaker agrees, each that names another disagrees.

    agreement   both neighbours agree | one agrees | one agrees, one does not | against (none agrees, one or
                two do not) | none (no such neighbour: the line is not inside a run of talk)

and the voices of its scene: `two` where the draft hears at most two people in the scene (a pronoun tag or a turn
is then seldom wrong), else `more`.

TABLE holds, for each (evidence kind, agreement, voices), the share of lines found right in the fourteen published
novel excerpts this project has read (the Project Dialogism Novel Corpus's quotations; not stored here), pulled
towards the share of its (kind, agreement) in PAIRS, that towards its kind's in KINDS, and that towards all lines',
by SMOOTHING lines each, so a rare cell is not taken at its word.
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
VOICES = ("two", "more")
SMOOTHING = 10

# fitted by tools/adapt_calibrate.py on the fourteen read excerpts (2,943 lines found, 80.4 % right; docs/adapt.md)
KINDS: dict[str, float] = {
    'addressed': 0.867,
    'beat': 0.750,
    'last-named': 0.670,
    'lead-in': 0.535,
    'none': 0.731,
    'paragraph': 0.843,
    'self-named': 0.789,
    'tag': 0.972,
    'tag-pronoun': 0.793,
    'turn-back': 0.775,
    'turn-taking': 0.731,
    'vocative': 0.691,
}
PAIRS: dict[tuple[str, str], float] = {
    ('addressed', 'both'): 0.959,
    ('addressed', 'one'): 0.932,
    ('addressed', 'mixed'): 0.833,
    ('addressed', 'against'): 0.724,
    ('addressed', 'none'): 0.833,
    ('beat', 'both'): 0.786,
    ('beat', 'one'): 0.824,
    ('beat', 'mixed'): 0.661,
    ('beat', 'against'): 0.734,
    ('beat', 'none'): 0.691,
    ('last-named', 'none'): 0.558,
    ('lead-in', 'one'): 0.622,
    ('lead-in', 'against'): 0.304,
    ('lead-in', 'none'): 0.532,
    ('none', 'none'): 0.664,
    ('paragraph', 'both'): 0.937,
    ('paragraph', 'one'): 0.849,
    ('paragraph', 'mixed'): 0.878,
    ('paragraph', 'against'): 0.771,
    ('paragraph', 'none'): 0.757,
    ('self-named', 'both'): 0.824,
    ('self-named', 'mixed'): 0.808,
    ('self-named', 'against'): 0.717,
    ('tag', 'both'): 0.998,
    ('tag', 'one'): 0.999,
    ('tag', 'mixed'): 0.988,
    ('tag', 'against'): 0.916,
    ('tag', 'none'): 0.961,
    ('tag-pronoun', 'both'): 0.897,
    ('tag-pronoun', 'one'): 0.813,
    ('tag-pronoun', 'mixed'): 0.817,
    ('tag-pronoun', 'against'): 0.741,
    ('tag-pronoun', 'none'): 0.699,
    ('turn-back', 'both'): 0.839,
    ('turn-back', 'one'): 0.827,
    ('turn-back', 'mixed'): 0.812,
    ('turn-back', 'against'): 0.596,
    ('turn-taking', 'both'): 0.813,
    ('turn-taking', 'one'): 0.703,
    ('turn-taking', 'mixed'): 0.597,
    ('turn-taking', 'against'): 0.410,
    ('turn-taking', 'none'): 0.423,
    ('vocative', 'both'): 0.835,
    ('vocative', 'one'): 0.716,
    ('vocative', 'mixed'): 0.606,
    ('vocative', 'against'): 0.377,
    ('vocative', 'none'): 0.583,
}
TABLE: dict[tuple[str, str, str], float] = {
    ('addressed', 'both', 'two'): 0.980,  # 10/10
    ('addressed', 'both', 'more'): 0.970,  # 36/37
    ('addressed', 'one', 'two'): 0.951,  # 4/4
    ('addressed', 'one', 'more'): 0.940,  # 33/35
    ('addressed', 'mixed', 'more'): 0.825,  # 23/28
    ('addressed', 'against', 'more'): 0.689,  # 21/31
    ('addressed', 'none', 'two'): 0.758,  # 0/1
    ('addressed', 'none', 'more'): 0.860,  # 8/9
    ('beat', 'both', 'two'): 0.758,  # 2/3
    ('beat', 'both', 'more'): 0.808,  # 18/22
    ('beat', 'one', 'two'): 0.788,  # 2/3
    ('beat', 'one', 'more'): 0.860,  # 21/24
    ('beat', 'mixed', 'two'): 0.634,  # 1/2
    ('beat', 'mixed', 'more'): 0.642,  # 12/19
    ('beat', 'against', 'two'): 0.779,  # 2/2
    ('beat', 'against', 'more'): 0.711,  # 14/20
    ('beat', 'none', 'two'): 0.685,  # 2/3
    ('beat', 'none', 'more'): 0.661,  # 5/8
    ('last-named', 'none', 'more'): 0.465,  # 0/2
    ('lead-in', 'one', 'two'): 0.685,  # 2/2
    ('lead-in', 'one', 'more'): 0.625,  # 30/48
    ('lead-in', 'against', 'two'): 0.254,  # 0/2
    ('lead-in', 'against', 'more'): 0.251,  # 5/22
    ('lead-in', 'none', 'two'): 0.486,  # 1/3
    ('lead-in', 'none', 'more'): 0.547,  # 16/29
    ('none', 'none', 'two'): 0.604,  # 0/1
    ('paragraph', 'both', 'two'): 0.973,  # 13/13
    ('paragraph', 'both', 'more'): 0.939,  # 77/82
    ('paragraph', 'one', 'two'): 0.820,  # 12/15
    ('paragraph', 'one', 'more'): 0.856,  # 84/98
    ('paragraph', 'mixed', 'more'): 0.883,  # 53/60
    ('paragraph', 'against', 'two'): 0.622,  # 1/4
    ('paragraph', 'against', 'more'): 0.792,  # 43/54
    ('paragraph', 'none', 'two'): 0.844,  # 11/12
    ('paragraph', 'none', 'more'): 0.723,  # 51/71
    ('self-named', 'both', 'more'): 0.853,  # 2/2
    ('self-named', 'mixed', 'more'): 0.825,  # 1/1
    ('self-named', 'against', 'more'): 0.652,  # 0/1
    ('tag', 'both', 'two'): 0.999,  # 12/12
    ('tag', 'both', 'more'): 1.000,  # 110/110
    ('tag', 'one', 'two'): 1.000,  # 25/25
    ('tag', 'one', 'more'): 1.000,  # 151/151
    ('tag', 'mixed', 'two'): 0.990,  # 2/2
    ('tag', 'mixed', 'more'): 0.989,  # 91/92
    ('tag', 'against', 'two'): 0.822,  # 4/6
    ('tag', 'against', 'more'): 0.924,  # 98/106
    ('tag', 'none', 'two'): 0.989,  # 27/27
    ('tag', 'none', 'more'): 0.946,  # 68/72
    ('tag-pronoun', 'both', 'two'): 0.960,  # 16/16
    ('tag-pronoun', 'both', 'more'): 0.890,  # 72/81
    ('tag-pronoun', 'one', 'two'): 0.894,  # 16/17
    ('tag-pronoun', 'one', 'more'): 0.798,  # 94/118
    ('tag-pronoun', 'mixed', 'more'): 0.821,  # 46/56
    ('tag-pronoun', 'against', 'two'): 0.827,  # 5/5
    ('tag-pronoun', 'against', 'more'): 0.721,  # 56/78
    ('tag-pronoun', 'none', 'two'): 0.870,  # 20/21
    ('tag-pronoun', 'none', 'more'): 0.630,  # 51/82
    ('turn-back', 'both', 'more'): 0.885,  # 4/4
    ('turn-back', 'one', 'more'): 0.867,  # 3/3
    ('turn-back', 'mixed', 'more'): 0.843,  # 2/2
    ('turn-back', 'against', 'more'): 0.458,  # 0/3
    ('turn-taking', 'both', 'two'): 0.935,  # 76/80
    ('turn-taking', 'both', 'more'): 0.791,  # 362/458
    ('turn-taking', 'one', 'two'): 0.805,  # 30/36
    ('turn-taking', 'one', 'more'): 0.685,  # 173/253
    ('turn-taking', 'mixed', 'more'): 0.583,  # 50/86
    ('turn-taking', 'against', 'more'): 0.303,  # 5/20
    ('turn-taking', 'none', 'two'): 0.445,  # 2/4
    ('turn-taking', 'none', 'more'): 0.346,  # 11/34
    ('vocative', 'both', 'two'): 0.908,  # 8/8
    ('vocative', 'both', 'more'): 0.837,  # 31/37
    ('vocative', 'one', 'more'): 0.722,  # 21/29
    ('vocative', 'mixed', 'more'): 0.559,  # 4/8
    ('vocative', 'against', 'more'): 0.227,  # 1/11
    ('vocative', 'none', 'more'): 0.519,  # 3/7
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
        (p0, s0, _f0, _l0), (p1, s1, f1, l1), (p2, s2, f2, l2) = paras[k], paras[near], paras[far]
        if s0 != s1 or s1 != s2 or abs(p1 - p0) != 1 or abs(p2 - p1) != 1:
            return None
        between, theirs = (f1, l2) if step < 0 else (f1, f2)  # the turn between is one person's: first = last
        if None in (between, theirs) or f1 != l1 or between == theirs:
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


def voices(utterances: list[Utterance], scene_of: Callable[[int], int]) -> list[int]:
    """For each line, how many people the draft gives lines to in its scene."""
    heard: dict[int, set[str]] = {}
    for u in utterances:
        if u.speaker is not None:
            heard.setdefault(scene_of(u.start), set()).add(u.speaker)
    return [len(heard.get(scene_of(u.start), ())) for u in utterances]


def voiced(count: int) -> str:
    return "two" if count <= 2 else "more"


def confidence(evidence: str, agreement: str, scene_voices: int, fallback: float = 0.5) -> float:
    """The share of lines like this one found right (see the module docstring)."""
    for found in (TABLE.get((evidence, agreement, voiced(scene_voices))), PAIRS.get((evidence, agreement)),
                  KINDS.get(evidence)):
        if found is not None:
            return found
    return fallback


def calibrate(utterances: list[Utterance], scene_of: Callable[[int], int]) -> None:
    """Every line's agreement and voices, and its confidence from them and its evidence; a line no one says keeps
    0."""
    for u, agreement, count in zip(utterances, agreements(utterances, scene_of), voices(utterances, scene_of)):
        u.agreement, u.voices = agreement, count
        if u.speaker is not None:
            u.confidence = confidence(u.evidence, agreement, count, u.confidence)


@dataclass
class Fitted:
    overall: float
    kinds: dict[str, float]
    pairs: dict[tuple[str, str], float]
    table: dict[tuple[str, str, str], float]
    counts: dict[tuple[str, str, str], tuple[int, int]]  # (right, lines) in each cell


def fit(rows: Iterable[tuple[str, str, str, bool]], smoothing: float = SMOOTHING) -> Fitted:
    """The tables from (evidence, agreement, voices, right?) rows: each cell's share of right lines, pulled towards
    its (kind, agreement)'s by `smoothing` lines, that towards its kind's, and the kind's towards all lines'."""
    cells: dict[tuple[str, str, str], list[int]] = {}
    pairs: dict[tuple[str, str], list[int]] = {}
    kinds: dict[str, list[int]] = {}
    right = total = 0
    for evidence, agreement, voice, ok in rows:
        for counts in (cells.setdefault((evidence, agreement, voice), [0, 0]),
                       pairs.setdefault((evidence, agreement), [0, 0]), kinds.setdefault(evidence, [0, 0])):
            counts[0] += ok
            counts[1] += 1
        right += ok
        total += 1
    overall = right / total if total else 0.5

    def pulled(c: int, n: int, towards: float) -> float:
        return (c + smoothing * towards) / (n + smoothing)

    kind_share = {k: pulled(c, n, overall) for k, (c, n) in kinds.items()}
    pair_share = {key: pulled(c, n, kind_share[key[0]]) for key, (c, n) in pairs.items()}
    table = {key: pulled(c, n, pair_share[key[:2]]) for key, (c, n) in cells.items()}
    return Fitted(overall, kind_share, pair_share, table, {key: (c, n) for key, (c, n) in cells.items()})

"""Scoring `vn adapt --json` output against a gold file: quote detection recall and precision,
attribution accuracy (overall and by evidence kind) and a confusion list.

Gold: JSON lines of `start`, `end`, `speaker` (a name, a list of accepted names, or null for
"nobody in particular"), and optionally `type`, the gold's own kind of quote, tallied apart. A line `{"aliases": {"Name": ["Other name", ...]}}` adds accepted names
for every line. A predicted quote matches the gold quote it overlaps most.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from game.adapt.confidence import mark

MARKS = ("sure", "likely", "check")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold quotes matched by a prediction
    correct: int = 0  # matched and attributed right
    correct_by_words: int = 0  # right, or a name that fits only the gold speaker's names word for word (below)
    by_evidence: dict[str, list[int]] = field(default_factory=dict)  # kind -> [correct, total]
    by_type: dict[str, list[int]] = field(default_factory=dict)  # the gold's own kind of quote -> [correct, total]
    by_mark: dict[str, list[int]] = field(default_factory=dict)  # the draft's sure / likely / check -> [correct, total]
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def accuracy_by_words(self) -> float:
        return self.correct_by_words / self.found if self.found else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.correct += other.correct
        self.correct_by_words += other.correct_by_words
        for mine, theirs in ((self.by_evidence, other.by_evidence), (self.by_type, other.by_type),
                             (self.by_mark, other.by_mark)):
            for kind, (c, t) in theirs.items():
                row = mine.setdefault(kind, [0, 0])
                row[0] += c
                row[1] += t
        self.confusion.update(other.confusion)


def read_jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    """The rows of a gold or `--json` file: each a JSON object with whole-number `start` and `end` (or an aliases
    row). ValueError names the file and line of the first that is not; OSError and UnicodeDecodeError (a ValueError)
    are the reader's."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{number}: a row is a JSON object, not {type(row).__name__}")
            if "aliases" in row:
                if not isinstance(row["aliases"], dict):
                    raise ValueError(f"{path}:{number}: 'aliases' maps each name to a list of its other names")
            elif not all(isinstance(row.get(key), int) and not isinstance(row.get(key), bool) for key in ("start", "end")):
                raise ValueError(f"{path}:{number}: a line needs whole-number 'start' and 'end' (character offsets)")
            rows.append(row)
    return rows


_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|dr|st|messrs)\.", re.IGNORECASE)


def same_name(name: str) -> str:
    """A name as it is compared: lower case, one space between words, a title's full stop dropped ("Mrs Hart",
    as British texts write it, is "Mrs. Hart") and a leading article dropped ("the Queen" is "Queen", as a cast
    list writes it)."""
    words = _TITLE_DOT.sub(r"\1", name).lower().split()
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def main_name(name: str, aliases: dict[str, list[str]]) -> str:
    """The aliases table's key for a speaker the gold names by one of its aliases (a corpus may write 'Dorian
    Gray' where its character list's main name is another), else the name itself."""
    if name in aliases:
        return name
    wanted = same_name(name)
    owners = [main for main, names in aliases.items() if wanted in {same_name(n) for n in names}]
    return owners[0] if len(owners) == 1 else name


def _names(value: object, aliases: dict[str, list[str]]) -> set[str]:
    names = value if isinstance(value, list) else [value]
    out = set()
    for name in names:
        if name is None:
            continue
        out.add(same_name(str(name)))
        for alias in aliases.get(main_name(str(name), aliases), []):
            out.add(same_name(alias))
    return out


_WORD_TITLES = frozenset("mr mrs ms miss dr sir lady lord master madam madame mademoiselle monsieur".split())


def _words(name: str) -> tuple[str | None, frozenset[str]]:
    """A name's title (if any) and its other words, for matching names word by word."""
    words = same_name(name).replace(",", " ").split()
    title = words[0] if words and words[0] in _WORD_TITLES else None
    return title, frozenset(w for w in words if w not in _WORD_TITLES and w not in ("the", "a", "an"))


def _fits(said: str, name: str) -> bool:
    """'Jake' fits 'Jake Barnes', 'Miss Alice' fits 'Alice', 'Harvey Stone' fits 'Harvey'; 'Mr. Bennet' does
    not fit 'Mrs. Bennet' (two titles that differ)."""
    (t1, w1), (t2, w2) = _words(said), _words(name)
    if not w1 or not w2 or (t1 and t2 and t1 != t2):
        return False
    return w1 <= w2 or w2 <= w1


def by_words(said: str, speaker: str, aliases: dict[str, list[str]]) -> bool:
    """A predicted name that is none of the gold names but fits, word for word, the names of the gold speaker
    and of no other character in the list: a corpus's alias lists are seldom complete ('Jake' is not among
    'Jake Barnes''s in one published list). Reported beside the strict figure, never in its place."""
    if not said:
        return False
    fitting = {main for main, names in aliases.items() if any(_fits(said, n) for n in {main, *names})}
    return fitting == {speaker}


def matched(predicted: list[dict], gold_rows: list[dict]) -> tuple[int, list[tuple[dict, dict, set[str]]]]:  # type: ignore[type-arg]
    """The gold lines (aliases rows aside), and each gold line paired with the predicted line that overlaps it
    most (each predicted line used once) and the names that count as right for it (empty: nobody speaks)."""
    aliases: dict[str, list[str]] = {}
    gold = []
    for row in gold_rows:
        if "aliases" in row:
            aliases.update(row["aliases"])
        else:
            gold.append(row)
    pairs = []
    used: set[int] = set()
    for g in gold:
        best, overlap = None, 0
        for i, p in enumerate(predicted):
            if i in used:
                continue
            o = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if o > overlap:
                best, overlap = i, o
        if best is not None:
            used.add(best)
            pairs.append((g, predicted[best], _names(g.get("speaker"), aliases)))
    return len(gold), pairs


NARRATOR_ALIAS = "_narr"  # how the PDNC's character lists mark the first-person narrator among their aliases


def _the_narrator(p: dict, accepted: set[str], aliases: dict[str, list[str]]) -> bool:  # type: ignore[type-arg]
    """A line the draft gives its first-person narrator (`narrator`), whom the gold's aliases mark as the narrator
    (`_narr`): right though the excerpt never names them (the draft's `Narrator`), unless the draft gave them
    another character's name."""
    if p.get("narrator") is not True or NARRATOR_ALIAS not in accepted:
        return False
    said = same_name(p.get("speaker") or "")
    return not any(said in {same_name(n) for n in (main, *names)} and same_name(main) not in accepted
                   for main, names in aliases.items())


def _aliases(gold_rows: list[dict]) -> dict[str, list[str]]:  # type: ignore[type-arg]
    aliases: dict[str, list[str]] = {}
    for row in gold_rows:
        aliases.update(row.get("aliases", {}))
    return aliases


def _right(p: dict, accepted: set[str], aliases: dict[str, list[str]]) -> bool:  # type: ignore[type-arg]
    said = same_name(p.get("speaker") or "")
    return (said in accepted or _the_narrator(p, accepted, aliases)) if accepted else not said


def right(predicted: list[dict], gold_rows: list[dict]) -> list[tuple[dict, bool]]:  # type: ignore[type-arg]
    """Each predicted line that matches a gold line, and whether its speaker is right (as `score` counts it)."""
    _gold, pairs = matched(predicted, gold_rows)
    aliases = _aliases(gold_rows)
    return [(p, _right(p, accepted, aliases)) for _g, p, accepted in pairs]


def score(predicted: list[dict], gold_rows: list[dict]) -> Score:  # type: ignore[type-arg]
    gold, pairs = matched(predicted, gold_rows)
    aliases = _aliases(gold_rows)
    result = Score(gold=gold, predicted=len(predicted))
    for g, p, accepted in pairs:
        result.found += 1
        ok = _right(p, accepted, aliases)
        result.correct += ok
        speaker = main_name(g["speaker"], aliases) if isinstance(g.get("speaker"), str) else None
        fits = not ok and isinstance(speaker, str) and speaker in aliases and by_words(p.get("speaker") or "",
                                                                                         speaker, aliases)
        result.correct_by_words += ok or fits
        row = result.by_evidence.setdefault(p.get("evidence") or "none", [0, 0])
        row[0] += ok
        row[1] += 1
        row = result.by_mark.setdefault(mark(float(p.get("confidence") or 0.0)) if p.get("speaker") else "check",
                                        [0, 0])
        row[0] += ok
        row[1] += 1
        if g.get("type"):  # a corpus's own kinds (PDNC: Explicit, Anaphoric, Implicit)
            row = result.by_type.setdefault(str(g["type"]), [0, 0])
            row[0] += ok
            row[1] += 1
        if not ok and not fits:  # the names that fit word for word are counted apart, not listed
            gold_name = g.get("speaker") if not isinstance(g.get("speaker"), list) else g["speaker"][0]
            result.confusion[(str(gold_name), p.get("speaker") or "(none)")] += 1
    return result


def table(scores: dict[str, Score]) -> str:
    """The printed report: one row per file and a total, then evidence kinds and confusions."""
    total = Score()
    lines = [f"{'file':<28} {'gold':>5} {'pred':>5} {'recall':>7} {'precision':>9} {'attribution':>11}"
             f" {'by words':>8}"]
    for name, s in scores.items():
        total.add(s)
        lines.append(f"{name:<28} {s.gold:>5} {s.predicted:>5} {s.recall:>7.1%} {s.precision:>9.1%} "
                     f"{s.accuracy:>11.1%} {s.accuracy_by_words:>8.1%}")
    if len(scores) > 1:
        lines.append(f"{'total':<28} {total.gold:>5} {total.predicted:>5} {total.recall:>7.1%} "
                     f"{total.precision:>9.1%} {total.accuracy:>11.1%} {total.accuracy_by_words:>8.1%}")
    lines.append("(by words: also right where the name fits only the gold speaker's names word for word, as "
                 "'Jake' fits 'Jake Barnes')")
    lines.append("")
    lines.append("attribution by evidence kind:")
    for kind, (c, t) in sorted(total.by_evidence.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"  {kind:<14} {c:>4}/{t:<4} {c / t:>6.1%}")
    if total.by_type:
        lines.append("")
        lines.append("attribution by the gold's kind of quote:")
        for kind, (c, t) in sorted(total.by_type.items(), key=lambda kv: -kv[1][1]):
            lines.append(f"  {kind:<14} {c:>4}/{t:<4} {c / t:>6.1%}")
    if total.by_mark:
        lines.append("")
        lines.append("attribution by the draft's mark (share of the lines found; a line with no speaker is 'check'):")
        found = sum(t for _c, t in total.by_mark.values())
        for kind in MARKS:
            c, t = total.by_mark.get(kind, (0, 0))
            lines.append(f"  {kind:<14} {c:>4}/{t:<4} {c / t if t else 0:>6.1%}   {t / found if found else 0:>6.1%} of lines")
        wrong = sum(t - c for c, t in total.by_mark.values())
        flagged = sum(t - c for k, (c, t) in total.by_mark.items() if k != "sure")
        lines.append(f"  wrong lines marked likely or check: {flagged}/{wrong}"
                     f" {flagged / wrong if wrong else 1:.1%}")
    lines.append("")
    lines.append("confusions (gold -> predicted):" if total.confusion else "confusions: none")
    for (g, p), n in total.confusion.most_common():
        lines.append(f"  {g} -> {p}: {n}")
    return "\n".join(lines)

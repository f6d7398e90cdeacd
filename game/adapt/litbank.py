"""The LitBank corpus's quotation layer, read into a text and a gold file as `tools/adapt_eval.py` scores them.

LitBank (Bamman et al.) annotates the opening of about a hundred novels (some 2,000 words each): every quotation
(`quotations/tsv/W_brat.ann`: QUOTE rows with the quotation's tokens, ATTRIB rows naming its speaker by an entity
id such as `Tuppence-23`) and every mention of every entity (`coref/brat/W_brat.ann`). The quotations are tokenized;
the text they come from is `original/W.txt`. Nothing of the corpus is in this repository.

`convert` finds each quotation in the original (whitespace ignored on both sides, in order), cuts the text at the end
of the paragraph of the last one, and names each speaker by the proper name its mentions use most (else by its id),
with its other proper names and its descriptions (`fearful man`, from 'A fearful man, all in coarse gray') as
aliases, `_narr` for the teller of a first-person text, and a quotation broken by its speaker's own tag ('"Now
then," said Tommy, "where shall we go?"') as one line, as the other corpora count it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from game.adapt.evaluate import NARRATOR_ALIAS

_PRONOUNS = frozenset("""i me my mine myself you your he him his she her hers we us our they them their it its thou thee
thy yourself himself herself one who whom whose ye""".split())
_LEADING = frozenset("""the a an this that these those my his her our your their one some every each any no two three old
poor dear little young""".split())  # a mention opening with one of these is a description, not a name
_STRIP = frozenset("a an the this that my his her our your their its".split())  # dropped from a description's head
_PARTICLES = frozenset("of de von van la le du d' del da the".split())
_GENERIC = frozenset("""sir madam ma’am ma'am miss master mister man woman boy girl child person people friend fellow dear
darling lady gentleman""".split())  # a description too common to tell anyone
_FIRST = frozenset("i me my mine myself".split())
_CUT = re.compile(r"\s*,\s*|\s(?:with|who|whom|that|which|in|on|at|from)\s")  # 'A man with no hat' -> 'A man'


@dataclass
class Converted:
    text: str
    gold: list[dict] = field(default_factory=list)  # type: ignore[type-arg]
    aliases: dict[str, list[str]] = field(default_factory=dict)
    quotes: int = 0  # QUOTE rows
    found: int = 0  # found in the original
    missing: list[str] = field(default_factory=list)  # ids of the quotations not found


def _compact(s: str) -> tuple[str, list[int]]:
    chars, idx = [], []
    for i, ch in enumerate(s):
        if not ch.isspace():
            chars.append(ch)
            idx.append(i)
    return "".join(chars), idx


class LitbankError(ValueError):
    """A row of a quotation file that is not in the corpus's layout: its line number and what is wrong."""

    def __init__(self, line: int, what: str) -> None:
        super().__init__(f"line {line}: {what}")
        self.line, self.what = line, what


def quotations(ann: str) -> list[tuple[str, str]]:
    """(id, tokens) of each QUOTE row, in the text's order (the rows are not always in it)."""
    rows = []
    for number, line in enumerate(ann.splitlines(), 1):
        f = line.split("\t")
        if f[0] != "QUOTE":
            continue
        if len(f) < 7 or not (f[2].isdigit() and f[3].isdigit()):
            raise LitbankError(number, "a QUOTE row needs 7 tab-separated fields, the third and fourth whole numbers "
                               f"(sentence, token): {line[:60]!r}")
        rows.append((int(f[2]), int(f[3]), f[1], f[6]))
    return [(qid, words) for _s, _t, qid, words in sorted(rows)]


def find(original: str, quotes: list[tuple[str, str]]) -> list[tuple[str, int | None, int | None]]:
    """Each quotation's (id, start, end) in `original`, found in order with whitespace ignored; None if not found."""
    flat, idx = _compact(original)
    pos, out = 0, []
    for qid, words in quotes:
        q = "".join(words.split())
        k = flat.find(q, pos) if q else -1
        if k < 0:
            out.append((qid, None, None))
            continue
        out.append((qid, idx[k], idx[k + len(q) - 1] + 1))
        pos = k + len(q)
    return out


def _tidy(mention: str) -> str:
    return re.sub(r"\s+([’',.])", r"\1", " ".join(mention.split())).replace(" ’ s", "’s")


def _proper(mention: str) -> bool:
    words = mention.split()
    if not words or words[0].lower() in _LEADING or words[0].lower() in _PRONOUNS:
        return False
    caps = [w for w in words if w.lower() not in _PARTICLES]
    return bool(caps) and all(w[:1].isupper() for w in caps) and len(words) <= 5


def _name_case(s: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in s.split())


def _descriptions(found: Counter[str]) -> set[str]:
    out = set()
    for full in found:
        for m in {full, _CUT.split(full)[0].strip()}:
            words = m.split()
            while words and words[0].lower() in _STRIP:
                words = words[1:]
            if words and len(words) <= 4 and words[0].lower() not in _PRONOUNS and not _proper(m):
                out.add(" ".join(words))
    return out


def convert(original: str, quotes_ann: str, coref_ann: str) -> Converted:
    """The text (the original up to the end of the paragraph of its last quotation found) and its gold rows."""
    speaker_of = {f[1]: f[2].strip() for f in (line.split("\t") for line in quotes_ann.splitlines())
                  if f[0] == "ATTRIB" and len(f) >= 3}
    speakers = list(dict.fromkeys(speaker_of.values()))
    mentions: dict[str, Counter[str]] = {}
    for line in coref_ann.splitlines():
        f = line.split("\t")
        if len(f) >= 3 and f[1].split(" ")[0] in speakers:
            mentions.setdefault(f[1].split(" ")[0], Counter())[_tidy(f[2])] += 1
    described = {ident: _descriptions(mentions.get(ident, Counter())) for ident in speakers}
    shared = Counter(d.lower() for ds in described.values() for d in ds)
    names: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for ident in speakers:
        found = mentions.get(ident, Counter())
        props = Counter({_name_case(m): n for m, n in found.items() if _proper(m)})
        label = _name_case(re.sub(r"-\d+$", "", ident).replace("_", " ").strip())
        main = props.most_common(1)[0][0] if props else label
        if main in names.values():
            main = f"{main} ({ident})"  # two entities of one name: kept apart
        names[ident] = main
        every = set(props) | {main} | {d for d in described[ident] if shared[d.lower()] == 1}
        every = {n for n in every if n[:1].isalnum() and n.lower() not in _GENERIC}
        every |= {re.sub(r"\s*([’'])\s*", r"\1", n) for n in every}
        every |= {n.replace("’", "'") for n in every} | {n.replace("'", "’") for n in every}
        aliases[main] = sorted(every)
    located = find(original, quotations(quotes_ann))
    ends = [e for _q, s, e in located if s is not None and e is not None]
    cut = original.find("\n\n", max(ends)) if ends else -1
    text = original if cut < 0 else original[:cut]
    # the teller of a first-person text: 'I' in the narration (outside the quotation marks), and the speaker whose id
    # says so ('I-3', 'narrator-0') or who says 'I' most
    narration = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
    firsts = {i: sum(n for m, n in mentions.get(i, Counter()).items() if m.lower() in _FIRST) for i in speakers}
    labelled = [i for i in speakers if re.sub(r"-\d+$", "", i).lower() in ("i", "me", "my")
                or i.lower().startswith("narrator")]
    teller = labelled[0] if labelled else max(firsts, key=lambda i: firsts[i], default=None)
    if teller is not None and (labelled or firsts[teller] >= 10) and len(re.findall(r"\bI\b", narration)) >= 5:
        aliases[names[teller]].append(NARRATOR_ALIAS)
    out = Converted(text, aliases=aliases, quotes=len(located))
    for qid, s, e in located:
        if s is None or e is None:
            out.missing.append(qid)
            continue
        out.found += 1
        speaker = names.get(speaker_of.get(qid, ""))
        if speaker is None:
            continue
        last = out.gold[-1] if out.gold else None
        between = original[last["end"]:s] if last else ""
        if last and last["speaker"] == speaker and "\n\n" not in between and len(between) < 100 \
                and not re.search(r"[“”\"]", between):
            last["end"], last["id"] = e, f"{last['id']}+{qid}"  # one line broken by its own tag
            continue
        out.gold.append({"start": s, "end": e, "speaker": speaker, "id": qid})
    return out

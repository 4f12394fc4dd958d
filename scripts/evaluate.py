"""Score `extract` against the hand-annotated corpus in tests/evaluation/corpus/.

    python scripts/evaluate.py            # table of precision / recall / F1
    python scripts/evaluate.py --errors   # also every false and missed mention
    python scripts/evaluate.py --anaphora # extract(anaphora=True): anaphors get their own rows

A mention counts when its start, end and id all equal a gold mention's. Gold
mentions marked ``optional`` are neither rewarded nor penalised. Anaphors are scored
apart, as the guidelines say: the rows of kind "anaphora" count the predictions with
``matched_by="anaphora"`` against the gold marked ``anaphora: true`` (a wrong id or an
anaphor where the text holds none is false); the kinds "org", "country" and "all" count
only the other predictions against the other gold, so their figures mean the same with
the option on or off. Without ``--anaphora`` the gold anaphors are simply left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "evaluation" / "corpus"
_CANONICAL_ID = re.compile(r"^(?:org:[A-Z][A-Z0-9_]*|country:[A-Z]{3})$")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    canonical_id: str
    optional: bool = False
    anaphora: bool = False

    @property
    def kind(self) -> str:
        return self.canonical_id.split(":")[0]


@dataclass
class Document:
    doc_id: str
    genre: str
    lang: str
    text: str
    gold: list[Gold]


@dataclass
class Tally:
    true: int = 0
    false: int = 0
    missed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true / (self.true + self.false) if self.true + self.false else 1.0

    @property
    def recall(self) -> float:
        return self.true / (self.true + self.missed) if self.true + self.missed else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# Where a name is written joined to other words (the guidelines' "Languages and scripts"): Chinese and Japanese
# have no spaces; Arabic joins "and", "so", "in", "to", "as" in front ("وروسيا"); Tajik joins "and" after ("Эрону").
_UNSPACED = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC_JOINED_WORDS = frozenset("وفبلك\u0640")  # and the tatweel that ends the article before a Latin name ("الـIOC")
_TAJIK_AND = re.compile(r"в?у(?!\w)")


def load_corpus(folder: Path = CORPUS) -> list[Document]:
    return [load_document(path) for path in sorted(folder.glob("*.yaml"))]


def load_document(path: Path) -> Document:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = data["text"]
    gold: list[Gold] = []
    cursor = 0
    for number, entry in enumerate(data.get("mentions") or [], start=1):
        if isinstance(entry, list):
            entry = {"text": entry[0], "id": entry[1]}
        if not _CANONICAL_ID.match(str(entry["id"])):
            raise ValueError(f"{path}: mention {number} {entry['text']!r} has a malformed id {entry['id']!r}")
        start = _find(text, entry["text"], cursor, part=entry.get("part", False))
        if start < 0:
            raise ValueError(f"{path}: mention {number} {entry['text']!r} not found after offset {cursor}")
        gold.append(
            Gold(
                start,
                start + len(entry["text"]),
                entry["id"],
                entry.get("optional", False),
                entry.get("anaphora", False),
            )
        )
        # The next mention starts after this one ends (a "part" may share its word): "Bank" listed after
        # "New Development Bank" is the next "Bank", not the one inside the name.
        cursor = start + 1 if entry.get("part", False) else start + len(entry["text"])
    return Document(data["id"], data["genre"], data.get("lang", "en"), text, gold)


def _find(text: str, surface: str, cursor: int, part: bool) -> int:
    if part:
        return text.find(surface, cursor)
    pattern = re.compile(
        ("" if not surface[0].isalnum() else r"(?<!\w)")
        + re.escape(surface)
        + (r"(?!\w)" if surface[-1].isalnum() else "")
    )
    found = pattern.search(text, cursor)
    anywhere = text.find(surface, cursor)
    if found is None or (anywhere < found.start() and _joins_words(text, anywhere, surface)):
        # Chinese has no word boundaries, and Arabic and Tajik join a word to the name ("وروسيا", "Эрону"): a span
        # may sit inside a written word, and the annotation then says exactly which letters are the name.
        return anywhere
    return found.start()


def _joins_words(text: str, start: int, surface: str) -> bool:
    """Whether ``surface`` at ``start`` is a name joined to another word, which is then no part of it."""
    end = start + len(surface)
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(
        _UNSPACED.match(before) or _UNSPACED.match(after)
        or before in _ARABIC_JOINED_WORDS
        or _TAJIK_AND.match(text, end)
    )


def score(documents: list[Document], extract) -> dict[tuple[str, str], Tally]:  # noqa: ANN001 - a callable
    """Tallies keyed by (group, kind): group is "all", "non-ru", "ru" or "genre:<name>"; kind "org"/"country"/"all",
    and "anaphora" for the anaphors (kept out of "all")."""
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for document in documents:
        groups = ["all", "ru" if document.lang == "ru" else "non-ru", f"genre:{document.genre}"]
        found = [m for m in extract(document.text) if m.canonical_id]
        predicted = {(m.start, m.end, m.canonical_id) for m in found if m.matched_by != "anaphora"}
        anaphors = {(m.start, m.end, m.canonical_id) for m in found if m.matched_by == "anaphora"}
        by_span = {(g.start, g.end, g.canonical_id): g for g in document.gold}
        outcomes = []
        for key in sorted(predicted):
            gold = by_span.get(key)
            if gold is None:
                outcomes.append(("false", key, None))
            elif not (gold.optional or gold.anaphora):
                outcomes.append(("true", key, None))
        for key in sorted(anaphors):
            gold = by_span.get(key)
            if gold is None:
                outcomes.append(("false", key, "anaphora"))
            elif gold.anaphora and not gold.optional:
                outcomes.append(("true", key, "anaphora"))
            # an anaphor on a name's gold span ("the Commonwealth" of the British Empire) is neither
        for key, gold in by_span.items():
            if gold.optional:
                continue
            if gold.anaphora and key not in anaphors:
                outcomes.append(("missed", key, "anaphora"))
            elif not gold.anaphora and key not in predicted:
                outcomes.append(("missed", key, None))
        for outcome, (start, end, canonical_id), anaphora in outcomes:
            kinds = ["anaphora"] if anaphora else [canonical_id.split(":")[0], "all"]
            note = f"{outcome:6} {document.doc_id}: {document.text[start:end]!r} {canonical_id} @{start}"
            for group in groups:
                for kind in kinds:
                    tally = tallies[(group, kind)]
                    setattr(tally, outcome, getattr(tally, outcome) + 1)
                    if outcome != "true" and group == "all" and kind in ("all", "anaphora"):
                        tally.errors.append(note)
    return tallies


def report(tallies: dict[tuple[str, str], Tally]) -> str:
    lines = [f"{'group':28} {'kind':8} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>4} {'FN':>4}"]
    for (group, kind), tally in sorted(tallies.items()):
        lines.append(
            f"{group:28} {kind:8} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f} "
            f"{tally.true:5} {tally.false:4} {tally.missed:4}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list every false and missed mention")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--anaphora", action="store_true", help="extract with anaphora=True and score the anaphors")
    args = parser.parse_args()
    from orgmentions import extract

    tallies = score(load_corpus(args.corpus), lambda text: extract(text, anaphora=args.anaphora))
    print(report(tallies))
    if args.errors:
        print("\n".join(tallies[("all", "all")].errors + tallies[("all", "anaphora")].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

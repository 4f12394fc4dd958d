"""Make the README's membership charts and its member-state table from the bundled data.

    python scripts/render_membership.py            # writes the charts and updates README.md
    python scripts/render_membership.py --check    # exit 1 if README.md's table is out of date

The charts are ``docs/membership-<body>.png`` for the CSTO, the SCO and BRICS
(`orgmentions.notebook.plots.membership_timeline`), drawn up to the day their histories were last
checked, so that a rerun on another day draws the same picture. The table, between the
``member-summary`` markers of README.md, sets the states each seed names beside a body apart by
their status in it on the seed's date (`orgmentions.notebook.summaries.member_co_mentions`). The
seeds carry no date: each is dated by the latest full date written in it ("July 16, 2024").
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orgmentions
from orgmentions import knowledge
from orgmentions.io.readers import read_documents
from orgmentions.knowledge import MEMBER_STATUSES
from orgmentions.notebook.plots import membership_timeline
from orgmentions.notebook.summaries import member_co_mentions, mention_counts

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
README = ROOT / "README.md"
CHARTED = ("org:CSTO", "org:SCO", "org:BRICS")
BEGIN = "<!-- member-summary: made by scripts/render_membership.py from seeds/; do not edit by hand -->"
END = "<!-- /member-summary -->"

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: "March 3-5, 2022" is dated by its first day.
_FULL_DATE = re.compile(rf"\b({_MONTHS}) (\d{{1,2}})(?:[-–]\d{{1,2}})?, (\d{{4}})\b")


def latest_date(text: str) -> date | None:
    """The latest full English date written in ``text`` ("July 16, 2024"), or None."""
    found = [datetime.strptime(" ".join(parts), "%B %d %Y").date() for parts in _FULL_DATE.findall(text)]
    return max(found, default=None)


def dated_seeds(folder: Path = SEEDS) -> list[dict[str, Any]]:
    """The seed documents, each with a ``date`` from its own text (None where it gives none)."""
    documents = []
    for item in read_documents([folder]):
        day = latest_date(item["text"])
        documents.append({**item, "metadata": {**item["metadata"], "date": day.isoformat() if day else None}})
    return documents


def member_table(folder: Path = SEEDS) -> str:
    """A Markdown table: for each body with a complete membership history that a dated seed names,
    the states named beside it, by their status on each seed's date."""
    results = list(orgmentions.extract_many(dated_seeds(folder)))
    base = knowledge.default()
    lines = [
        "| body | seeds naming it | members named with it | observers, partners named with it "
        "| outsiders named with it |",
        "|---|---:|---|---|---:|",
    ]
    for org in mention_counts(results).canonical_id:
        # A list of current members cannot say who was in the body on a seed's earlier date.
        if not base.has_history(org) or base.blocks[org].history != "complete":
            continue
        table = member_co_mentions(results, org)
        if not table.attrs["documents"]:
            continue
        members = [
            row.name if row.relation == "member" else f"{row.name} ({row.relation})"
            for row in table.itertuples()
            if row.relation in MEMBER_STATUSES
        ]
        others = [
            f"{row.name} ({row.relation.replace('_', ' ')})"
            for row in table.itertuples()
            if row.relation not in MEMBER_STATUSES and row.relation != "outsider"
        ]
        outsiders = sum(table.relation == "outsider")
        acronym = next(iter(base.gazetteer[org].acronyms), None)
        label = getattr(acronym, "text", acronym) or base.gazetteer[org].name
        lines.append(f"| {label} | {table.attrs['documents']} | {_few(members)} | {_few(others)} | {outsiders} |")
    return "\n".join(lines)


def _few(names: list[str], shown: int = 8) -> str:
    """Names in alphabetical order, the first ``shown`` of a longer list and how many more."""
    names = sorted(names)
    if len(names) > shown:
        return ", ".join(names[:shown]) + f" and {len(names) - shown} more"
    return ", ".join(names) or "—"


def write_charts(folder: Path) -> list[Path]:
    """One membership timeline per charted body, up to the day its history was last checked."""
    base = knowledge.default()
    written = []
    for org in CHARTED:
        path = folder / f"membership-{org.removeprefix('org:').lower()}.png"
        membership_timeline(org, until=base.blocks[org].checked, path=path)
        written.append(path)
    return written


def with_table(readme: str, table: str) -> str:
    """``readme`` with the text between the markers replaced by ``table``."""
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return readme[:start] + "\n" + table + "\n" + readme[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="Only check that README.md's table is up to date.")
    parser.add_argument("--output", type=Path, default=ROOT / "docs", help="Folder for the charts (default: docs/).")
    options = parser.parse_args()
    readme = README.read_text(encoding="utf-8")
    updated = with_table(readme, member_table())
    if options.check:
        if updated != readme:
            print("README.md's member-state table is out of date: run this script without --check", file=sys.stderr)
            return 1
        return 0
    options.output.mkdir(parents=True, exist_ok=True)
    for path in write_charts(options.output):
        print(f"wrote {path}")
    README.write_text(updated, encoding="utf-8")
    print(f"wrote the member-state table into {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

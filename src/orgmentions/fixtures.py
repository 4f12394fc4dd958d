"""Generated test fixtures: every gazetteer alias in realistic contexts, and snapshots of the seeds.

Cases are built from the gazetteer alone, with the expected spans known by
construction, so they test the matcher rather than echo it. Output is
deterministic: regenerating twice gives identical bytes, and a gazetteer edit
changes exactly the lines of the cases it touches.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from orgmentions.gazetteer import Gazetteer
from orgmentions.normalise import compact
from orgmentions.schema import Alias, Entity

REGENERATE_COMMAND = "orgmentions fixtures regenerate"
CASES_DIR = "gazetteer_cases"
SNAPSHOTS_DIR = "seed_snapshots"

# The partner in compound hashtags (#Russia<alias>), and its own fallback partner.
_PARTNER = ("Russia", "country:RUS")
_PARTNER_FOR_PARTNER = ("China", "country:CHN")

# (context name, template, applies to): "{}" marks where the alias goes.
_CONTEXTS = [
    ("sentence_start", "{} said on Tuesday that the talks would continue.", "any"),
    ("mid_sentence", "Delegations from {} arrived in Geneva on Tuesday.", "any"),
    ("possessive_curly", "Officials described {}\u2019s position as firm.", "any"),
    ("possessive_straight", "Officials described {}'s position as firm.", "any"),
    ("before_punctuation", "The talks, as agreed with {}, resume; details follow.", "any"),
    ("in_quotes", "The statement called it \u201c{}\u201d in plain terms.", "any"),
]


def alias_cases(gazetteer: Gazetteer, entity: Entity) -> Iterator[dict[str, Any]]:
    """The cases for one entity: each alias in each context that fits it."""
    evidence = _evidence_name(entity)
    full_name = entity.formal_name or entity.name
    hashtag_bodies: set[str] = set()
    for alias, alias_type in entity.all_aliases():
        prefix, prefix_mentions = "", []
        # As the matcher reads it: a block given to the same letters in another language file holds here too.
        ambiguous = alias.ambiguous or next(
            (other.ambiguous for other, _ in entity.all_aliases() if other.text == alias.text and other.ambiguous), None
        )
        if ambiguous and not ambiguous.only_in_caps:
            # An ambiguous alias needs evidence; the entity's unambiguous name earlier in the text is one.
            if evidence is None:
                continue
            prefix = f"The {evidence} issued a statement.\n"
            prefix_mentions = [_expected(prefix, len("The "), evidence, entity.id)]
        for name, template, _ in _CONTEXTS:
            before, after = template.split("{}")
            text = prefix + before + alias.text + after
            start = len(prefix) + len(before)
            yield _case(entity, alias, name, text, prefix_mentions + [_expected(text, start, alias.text, entity.id)])
        if " " in alias.text:
            broken = alias.text.replace(" ", "\n", 1)
            text = prefix + "Delegations from " + broken + " arrived."
            start = len(prefix) + len("Delegations from ")
            yield _case(
                entity, alias, "line_break", text, prefix_mentions + [_expected(text, start, broken, entity.id)]
            )
        if alias_type == "acronym" and full_name != alias.text and not _is_ambiguous_name(entity, full_name):
            text = prefix + f"The {full_name} ({alias.text}) met in Geneva."
            first = len(prefix) + len("The ")
            second = first + len(full_name) + 2
            yield _case(
                entity,
                alias,
                "parenthesised_after_full_name",
                text,
                prefix_mentions
                + [_expected(text, first, full_name, entity.id), _expected(text, second, alias.text, entity.id)],
            )
        body = compact(alias.text)
        # "C.I.S." writes the hashtag of "CIS", which its own cases test (with their evidence).
        if body and alias.lang == "en" and body not in hashtag_bodies:
            hashtag_bodies.add(body)
            text = prefix + f"Read more: #{body} today."
            start = len(prefix) + len("Read more: ")
            yield _case(
                entity, alias, "hashtag", text, prefix_mentions + [_expected(text, start, "#" + body, entity.id)]
            )
            partner, partner_id = _PARTNER if entity.id != _PARTNER[1] else _PARTNER_FOR_PARTNER
            if body[0].isupper() and not (ambiguous and ambiguous.only_in_caps):
                text = prefix + f"Read more: #{partner}{body} today."
                start = len(prefix) + len("Read more: #")
                yield _case(
                    entity,
                    alias,
                    "compound_hashtag",
                    text,
                    prefix_mentions
                    + [
                        _expected(text, start, partner, partner_id),
                        _expected(text, start + len(partner), body, entity.id),
                    ],
                )


def not_mention_cases(gazetteer: Gazetteer) -> Iterator[dict[str, Any]]:
    """A not-mention in a sentence gives no mention of what it contains."""
    for not_mention in gazetteer.not_mentions:
        text = f"Reports from {not_mention.text} arrived on Tuesday."
        yield {"entity": None, "alias": not_mention.text, "context": "not_mention", "text": text, "mentions": []}


def _evidence_name(entity: Entity) -> str | None:
    """The entity's first unambiguous name, to stand as evidence before an ambiguous alias."""
    for alias, _ in entity.all_aliases():
        if alias.ambiguous is None and alias.lang == "en" and alias.case != "exact":
            return alias.text
    return None


def _is_ambiguous_name(entity: Entity, text: str) -> bool:
    return any(alias.text == text and alias.ambiguous for alias, _ in entity.all_aliases())


def _expected(text: str, start: int, surface: str, entity_id: str) -> dict[str, Any]:
    end = start + len(surface)
    assert text[start:end] == surface
    return {"start": start, "end": end, "text": surface, "canonical_id": entity_id}


def _case(entity: Entity, alias: Alias, context: str, text: str, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    return {"entity": entity.id, "alias": alias.text, "context": context, "text": text, "mentions": mentions}


def seed_snapshot(text: str) -> list[dict[str, Any]]:
    """What the snapshot of one seed records of each mention."""
    from orgmentions import extract

    fields = ("start", "end", "text", "canonical_id", "matched_by")
    return [{field: getattr(mention, field) for field in fields} for mention in extract(text)]


def render_fixtures(gazetteer: Gazetteer, seeds: Path | None, only: list[Path] | None = None) -> dict[str, str]:
    """Every fixture file's relative path and exact content.

    ``only``: make cases for the entities and not-mentions of these gazetteer files alone
    (they must be among the gazetteer's sources; the others are loaded for references).
    ``seeds``: a folder of ``*.txt`` documents to snapshot, or None for no snapshots.
    """
    files: dict[str, str] = {}
    chosen = [path.resolve() for path in only] if only else None
    by_source: dict[str, list[Entity]] = {}
    for path in gazetteer.sources:
        if chosen is None or path.resolve() in chosen:
            by_source[path.stem] = []
    for entity in sorted(gazetteer, key=lambda e: e.id):
        stem = gazetteer.origins[entity.id].stem
        if stem in by_source:
            by_source[stem].append(entity)
    for stem, entities in by_source.items():
        lines = [_line(case) for entity in entities for case in alias_cases(gazetteer, entity)]
        files[f"{CASES_DIR}/{stem}.jsonl"] = "".join(lines)
    not_mentions = not_mention_cases(gazetteer)
    if chosen is not None:
        from orgmentions.gazetteer import _parse

        own = {item.text for path in chosen for item in _parse(path).not_mentions}
        not_mentions = (case for case in not_mentions if case["alias"] in own)
    files[f"{CASES_DIR}/not_mentions.jsonl"] = "".join(_line(case) for case in not_mentions)
    for seed in sorted(seeds.glob("*.txt")) if seeds is not None else []:
        snapshot = {"seed": seed.name, "mentions": seed_snapshot(seed.read_text(encoding="utf-8"))}
        files[f"{SNAPSHOTS_DIR}/{seed.stem}.json"] = json.dumps(snapshot, ensure_ascii=False, indent=1) + "\n"
    return files


def _line(case: dict[str, Any]) -> str:
    return json.dumps(case, ensure_ascii=False, sort_keys=True) + "\n"


def regenerate_fixtures(
    output: Path, seeds: Path | None, gazetteer: Gazetteer | None = None, only: list[Path] | None = None
) -> list[Path]:
    """Write all fixture files under ``output``; return their paths. Stale files of ours are removed."""
    gazetteer = gazetteer or Gazetteer.load(only)
    files = render_fixtures(gazetteer, seeds, only)
    written = []
    for folder in (CASES_DIR, SNAPSHOTS_DIR):
        for stale in (output / folder).glob("*"):
            if f"{folder}/{stale.name}" not in files:
                stale.unlink()
    for relative, content in files.items():
        path = output / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written

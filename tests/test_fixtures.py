"""Every generated gazetteer case and every seed snapshot; and the fixtures are current."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, TESTS
from orgmentions import Gazetteer, extract
from orgmentions.fixtures import CASES_DIR, REGENERATE_COMMAND, SNAPSHOTS_DIR, render_fixtures

FIXTURES = TESTS / "fixtures"


def _case_files() -> list[Path]:
    return sorted((FIXTURES / CASES_DIR).glob("*.jsonl"))


def _cases_by_entity() -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for path in _case_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            grouped.setdefault(case["entity"] or "not_mentions", []).append(case)
    return grouped


CASES = _cases_by_entity()


def test_fixtures_are_current() -> None:
    expected = render_fixtures(Gazetteer.load(), SEEDS)
    stale = [
        name
        for name, content in expected.items()
        if not (FIXTURES / name).is_file() or (FIXTURES / name).read_text(encoding="utf-8") != content
    ]
    extra = [str(p.relative_to(FIXTURES)) for p in FIXTURES.glob("*/*") if str(p.relative_to(FIXTURES)) not in expected]
    assert not stale and not extra, (
        f"test fixtures are stale ({', '.join(stale + extra)}); run `{REGENERATE_COMMAND}` from the repository root"
    )


def test_there_are_cases_for_every_entity() -> None:
    assert len(CASES) > 200
    assert sum(len(cases) for cases in CASES.values()) > 5000


@pytest.mark.parametrize("entity_id", sorted(CASES))
def test_gazetteer_cases(entity_id: str) -> None:
    failures = []
    for case in CASES[entity_id]:
        got = [
            {"start": m.start, "end": m.end, "text": m.text, "canonical_id": m.canonical_id}
            for m in extract(case["text"])
        ]
        if got != case["mentions"]:
            failures.append(f"{case['alias']!r} [{case['context']}] {case['text']!r}: got {got}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("snapshot", sorted((FIXTURES / SNAPSHOTS_DIR).glob("*.json")), ids=lambda p: p.stem)
def test_seed_snapshots(snapshot: Path) -> None:
    recorded = json.loads(snapshot.read_text(encoding="utf-8"))
    text = (SEEDS / recorded["seed"]).read_text(encoding="utf-8")
    got = [
        {"start": m.start, "end": m.end, "text": m.text, "canonical_id": m.canonical_id, "matched_by": m.matched_by}
        for m in extract(text)
    ]
    assert got == recorded["mentions"], f"seed output changed; if intended, run `{REGENERATE_COMMAND}`"


def test_seed_snapshots_hold_the_obvious_mentions() -> None:
    # The snapshots are regenerated from the code, so check them against what a reader sees in the seeds.
    ids = {
        m["canonical_id"]
        for path in (FIXTURES / SNAPSHOTS_DIR).glob("*.json")
        for m in json.loads(path.read_text(encoding="utf-8"))["mentions"]
    }
    for wanted in [
        "org:CELAC",
        "org:UNGA",
        "org:UN",
        "country:KGZ",
        "org:EAEU",
        "org:CIS",
        "org:CSTO",
        "org:SCO",
        "org:BRICS",
        "org:UNION_STATE",
        "org:CICA",
        "org:EEC",
        "country:AZE",
        "country:ARM",
    ]:
        assert wanted in ids


def test_regenerating_twice_gives_identical_files(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "orgmentions.cli",
        "fixtures",
        "regenerate",
        "--output",
        str(tmp_path / "a"),
        "--seeds",
        str(SEEDS),
    ]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    subprocess.run(
        command[:-4] + ["--output", str(tmp_path / "b"), "--seeds", str(SEEDS)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert first == second and len(first) >= 5

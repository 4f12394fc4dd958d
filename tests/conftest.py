from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(autouse=True, scope="session")
def _gazetteer_cache_of_this_session(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The tests' validated gazetteers go to a folder of this session, not the user's cache."""
    import os

    os.environ["ORGMENTIONS_CACHE_DIR"] = str(tmp_path_factory.mktemp("gazetteer-cache"))


def expected_spans(text: str, expected: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Where each expected mention (its text and id) is in ``text``, looked for in order after the previous one."""
    spans, position = [], 0
    for surface, canonical_id in expected:
        start = text.index(surface, position)
        spans.append((start, start + len(surface), canonical_id))
        position = start + len(surface)
    return spans

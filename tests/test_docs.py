"""The specification kept in the repository is the project's shared one."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

GUIDELINES = ROOT / "docs" / "mention-guidelines.md"


def shared_guidelines():
    """The shared file: ``../shared/`` beside this checkout or beside one of its parent folders."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "mention-guidelines.md"
        if candidate.is_file():
            return candidate
    return None


def test_the_guidelines_are_in_the_repository() -> None:
    text = GUIDELINES.read_text(encoding="utf-8")
    assert text.startswith("# What counts as a mention")
    assert "compound hashtag" in text


def test_the_guidelines_match_the_shared_file() -> None:
    shared = shared_guidelines()
    if shared is None:
        pytest.skip("../shared/mention-guidelines.md is not reachable from this checkout (no shared folder here)")
    assert GUIDELINES.read_bytes() == shared.read_bytes(), "docs/mention-guidelines.md differs: copy it again"


def test_gazetteer_comments_point_at_files_a_reader_has() -> None:
    # countries.yaml is edited elsewhere; its header is not checked here yet.
    header = (ROOT / "gazetteers" / "organisations.yaml").read_text(encoding="utf-8").split("\nentities:")[0]
    comments = [line for line in header.splitlines() if line.lstrip().startswith("#")]
    assert not [line for line in comments if re.search(r"(?<![\w.])/(work|tmp|home|root|Users)/", line)]
    assert not [line for line in comments if "report that came with" in line]

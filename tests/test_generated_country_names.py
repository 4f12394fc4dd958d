"""The committed country names of the added languages are exactly what the generating script writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip(
    "babel",
    minversion="2.19.0",
    reason="babel 2.19.0 (the `test` extra) is needed to regenerate the CLDR country names",
)

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "generate_country_names.py"


def test_the_script_reproduces_the_committed_country_names() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    assert "15 of 15 files as generated" in result.stderr

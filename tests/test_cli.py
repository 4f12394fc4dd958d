"""The gazetteer commands, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
from orgmentions.cli import app

runner = CliRunner()


def test_validate_bundled() -> None:
    result = runner.invoke(app, ["gazetteer", "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: ")
    assert "195 countries" in result.output


def test_validate_broken_file_exits_with_one_line() -> None:
    result = runner.invoke(app, ["gazetteer", "validate", str(DATA / "broken_gazetteers" / "unknown_field.yaml")])
    assert result.exit_code == 1
    assert "unknown_field.yaml:5" in result.output and "acronym" in result.output


def test_show_prints_the_entry() -> None:
    result = runner.invoke(app, ["gazetteer", "show", "org:CSTO"])
    assert result.exit_code == 0
    assert "id: org:CSTO" in result.output and "CSTO" in result.output and "ОДКБ" in result.output


def test_show_unknown_id() -> None:
    result = runner.invoke(app, ["gazetteer", "show", "org:NOPE"])
    assert result.exit_code == 1 and "org:NOPE" in result.output


def test_list_by_kind() -> None:
    result = runner.invoke(app, ["gazetteer", "list", "--kind", "organisation"])
    lines = result.output.splitlines()
    assert "org:CSTO\tCollective Security Treaty Organization" in lines
    assert all(line.startswith("org:") for line in lines)


def test_installed_command_runs_from_another_directory(tmp_path) -> None:
    # The console script and the bundled gazetteers work outside the source tree.
    bindir = Path(sys.executable).parent
    out = subprocess.run(
        [str(bindir / "orgmentions"), "gazetteer", "show", "org:CSTO"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Collective Security Treaty Organization" in out


def test_installed_package_carries_its_gazetteers(tmp_path) -> None:
    # In an installed (non-editable) package the gazetteers live inside it, not in a source tree.
    import orgmentions

    package = Path(orgmentions.__file__).resolve().parent
    if (package.parents[1] / "pyproject.toml").is_file():
        pytest.skip("running from a source checkout (editable install); CI installs the wheel")
    code = "from orgmentions.gazetteer import bundled_gazetteer_dir as d; print(d())"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert Path(out.stdout.strip()) == package / "gazetteers"
    assert sorted(p.name for p in (package / "gazetteers").glob("*.yaml")) == ["countries.yaml", "organisations.yaml"]

"""The gazetteer commands, as a user runs them."""

from __future__ import annotations

import json
import re
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


def test_show_lists_the_names_by_language() -> None:
    import yaml

    result = runner.invoke(app, ["gazetteer", "show", "country:KAZ"])
    names = yaml.safe_load(result.output)["names"]
    assert result.exit_code == 0 and next(iter(names)) == "en"
    assert {"Қазақстан", "Қазақстан Республикасы"} <= set(names["kk"])
    assert names["de"] == ["Kasachstan", "Republik Kasachstan"] and "Ҷумҳурии Қазоқистон" in names["tg"]


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
    repository = Path(__file__).resolve().parents[1] / "gazetteers"
    shipped = sorted(str(p.relative_to(package / "gazetteers")) for p in (package / "gazetteers").rglob("*.yaml"))
    assert shipped == sorted(str(p.relative_to(repository)) for p in repository.rglob("*.yaml"))
    assert "languages/kk/countries.yaml" in shipped and "knowledge/memberships-eurasia.yaml" in shipped


# --- extract and render as users run them (issue: what a new user hits) -----------------

SOURCE_ROOT = str(Path(__file__).resolve().parents[1] / "src")


def _cli(args: list[str], cwd: Path, **options) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONPATH": SOURCE_ROOT}
    command = [sys.executable, "-m", "orgmentions.cli", *args]
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run(command, cwd=cwd, env=env, text=True, timeout=120, **streams)


def test_a_model_that_is_not_installed_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("The CSTO met.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "s.txt"), "--model", "en_core_web_nonexistent"])
    assert result.exit_code == 1
    assert result.output.startswith("orgmentions: [E021] The spaCy pipeline 'en_core_web_nonexistent'")
    assert "Traceback" not in result.output and len(result.output.splitlines()) == 1


def test_standard_input_is_read_with_a_dash_or_dev_stdin(tmp_path: Path) -> None:
    dash = _cli(["extract", "-"], tmp_path, input="The CSTO met in Minsk.")
    assert dash.returncode == 0, dash.stderr
    assert json.loads(dash.stdout)["mentions"][0]["canonical_id"] == "org:CSTO"
    jsonl = _cli(["extract", "-"], tmp_path, input='{"id": "j1", "text": "The CIS met."}\n')
    assert json.loads(jsonl.stdout)["doc_id"] == "j1"
    dev = _cli(["extract", "/dev/stdin", "--input-format", "text"], tmp_path, input="The CSTO met.")
    assert dev.returncode == 0, dev.stderr
    assert json.loads(dev.stdout)["mentions"][0]["canonical_id"] == "org:CSTO"


def test_a_folder_is_read_in_every_format_and_skipped_files_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("The CSTO met.", encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": "j1", "text": "Armenia met."}\n', encoding="utf-8")
    (folder / "c.csv").write_text("id,text\nc1,Russia met.\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = _cli(["extract", str(folder), "--format", "csv"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert {"a.txt", "j1", "c1"} <= {line.split(",")[0] for line in result.stdout.splitlines()[1:]}
    assert "1 file(s) not in a format read here were skipped (1 .pdf)" in result.stderr


def test_output_without_the_text(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("The CSTO met. " * 100, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "s.txt"), "--no-text"])
    record = json.loads(result.stdout)
    assert "text" not in record and len(record["mentions"]) == 100


def test_a_summary_line_goes_to_a_terminal(tmp_path: Path) -> None:
    import os
    import pty

    (tmp_path / "s.txt").write_text("The CSTO and the CIS met.", encoding="utf-8")
    leader, follower = pty.openpty()
    try:
        result = _cli(["extract", str(tmp_path / "s.txt"), "--no-progress"], tmp_path, stderr=follower)
        os.close(follower)
        shown = os.read(leader, 4096).decode()
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert re.search(r"orgmentions: 1 documents, 2 mentions in \d+\.\d s", shown)


def test_a_failed_run_leaves_the_previous_output_not_a_partial_file(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    good = '{"id": "ok", "text": "The CSTO."}\n'
    records.write_text(good * 600 + "not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("yesterday's results\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(records), "--output", str(out)])
    assert result.exit_code == 1 and "line 601" in result.output
    assert out.read_text(encoding="utf-8") == "yesterday's results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "records.jsonl"]


@pytest.mark.parametrize("kind, prefix", [("organization", "org:"), ("org", "org:"), ("countries", "country:")])
def test_list_takes_the_usual_spellings_of_a_kind(kind: str, prefix: str) -> None:
    result = runner.invoke(app, ["gazetteer", "list", "--kind", kind])
    lines = result.output.splitlines()
    assert result.exit_code == 0 and len(lines) > 20 and all(line.startswith(prefix) for line in lines)


def test_list_refuses_an_unknown_kind() -> None:
    result = runner.invoke(app, ["gazetteer", "list", "--kind", "orgz"])
    assert result.exit_code == 1 and "[E050] Unknown kind 'orgz'" in result.output


def test_validate_refuses_an_empty_file_and_a_lower_case_acronym(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "validate", str(empty)])
    assert result.exit_code == 1 and "[E048]" in result.output and "empty.yaml" in result.output
    lower = tmp_path / "lower.yaml"
    lower.write_text(
        "entities:\n  - id: org:ZZTEST\n    name: Zed Test Organisation\n"
        "    category: regional_organisation\n    acronyms: [zzt]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["gazetteer", "validate", str(lower)])
    assert result.exit_code == 1
    assert f"[E049] {lower}:5: acronym 'zzt' of org:ZZTEST has no capital letter" in result.output


def test_show_finds_an_entity_by_its_acronym() -> None:
    result = runner.invoke(app, ["gazetteer", "show", "CSTO"])
    assert result.exit_code == 0 and "id: org:CSTO" in result.output


def test_fixtures_regenerate_outside_the_project_refuses_then_serves_the_users_gazetteer(tmp_path: Path) -> None:
    refused = _cli(["fixtures", "regenerate"], tmp_path)
    assert refused.returncode == 1 and "[E051]" in refused.stderr
    assert list(tmp_path.iterdir()) == []
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "entities:\n  - id: org:ZZTEST\n    name: Zed Test Organisation\n"
        "    category: regional_organisation\n    acronyms: [ZZTO]\n",
        encoding="utf-8",
    )
    made = _cli(["fixtures", "regenerate", "mine.yaml", "--output", "my_fixtures"], tmp_path)
    assert made.returncode == 0, made.stderr
    cases = (tmp_path / "my_fixtures" / "gazetteer_cases" / "mine.jsonl").read_text(encoding="utf-8")
    assert "org:ZZTEST" in cases and "org:CSTO" not in cases
    assert sorted(p.name for p in (tmp_path / "my_fixtures" / "gazetteer_cases").iterdir()) == [
        "mine.jsonl",
        "not_mentions.jsonl",
    ]
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "thesis.tex").write_text("\\documentclass{article}", encoding="utf-8")
    crowded = _cli(["fixtures", "regenerate", "mine.yaml", "--output", "elsewhere"], tmp_path)
    assert crowded.returncode == 1 and "it holds other things (thesis.tex)" in crowded.stderr


def test_help_shows_plain_metavars() -> None:
    import importlib.metadata

    major, minor = (int(part) for part in importlib.metadata.version("typer").split(".")[:2])
    if (major, minor) >= (0, 29):
        pytest.skip("typer 0.29 prints <bool> and <list[...]> whatever the metavars; pyproject pins typer<0.29")
    for command in (["extract", "--help"], ["render", "--help"], ["gazetteer", "list", "--help"]):
        result = runner.invoke(app, command, terminal_width=120)
        assert result.exit_code == 0
        assert "<bool>" not in result.output and "<list[" not in result.output
        assert "PATH..." in result.output or "KIND" in result.output


def test_extract_with_only_the_users_gazetteer(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "entities:\n  - id: org:ZZTEST\n    name: Zed Test Organisation\n"
        "    category: regional_organisation\n    acronyms: [ZZTO]\n",
        encoding="utf-8",
    )
    (tmp_path / "s.txt").write_text("The ZZTO and Russia met.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "s.txt"), "-g", str(mine), "--no-bundled"])
    assert [m["canonical_id"] for m in json.loads(result.stdout)["mentions"]] == ["org:ZZTEST"]

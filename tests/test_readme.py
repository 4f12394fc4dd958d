"""Every Python block of the README runs as written, each in a fresh namespace.

The files a block names as placeholders (``my_orgs.yaml``, ``export/result.json``, the
model ``en_core_web_sm``, which cannot be downloaded here) are real files this test
provides in a temporary folder, which is also where the blocks write their output.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import DATA, ROOT

README = ROOT / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.S | re.M)

# A stand-in for a statistical pipeline: spaCy loads it by name like any installed model.
STAND_IN_MODEL = '''
import spacy


def load(**overrides):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Lavrov"}])
    return nlp
'''


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(DATA / "gazetteers" / "extra_orgs.yaml", tmp_path / "my_orgs.yaml")
    (tmp_path / "my_gazetteers").mkdir()
    shutil.copy(DATA / "gazetteers" / "minimal.yaml", tmp_path / "my_gazetteers")
    for folder in ("export", "tests/data/telegram"):
        (tmp_path / folder).mkdir(parents=True)
        shutil.copy(DATA / "telegram" / "result.json", tmp_path / folder)
    site = tmp_path / "site-packages"
    (site / "en_core_web_sm").mkdir(parents=True)
    (site / "en_core_web_sm" / "__init__.py").write_text(STAND_IN_MODEL, encoding="utf-8")
    (site / "en_core_web_sm-0.0.0.dist-info").mkdir()
    (site / "en_core_web_sm-0.0.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: en_core_web_sm\nVersion: 0.0.0\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{n}" for n in range(1, len(BLOCKS) + 1)])
def test_readme_block_runs_as_written(block: str, workspace: Path) -> None:
    if "pyspark" in block:
        pytest.skip("needs pyspark and Java 17: tests/test_spark.py makes the same calls (pytest -m spark)")
    if "orgmentions.dask" in block:
        pytest.importorskip("distributed")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block, str(README), "exec"), {"__name__": "__readme__"})
    # What a block prints is what its comments say it prints.
    comments = {line.removeprefix("# ").rstrip() for line in block.splitlines() if line.startswith("# ")}
    for line in printed.getvalue().splitlines():
        assert line in comments, f"printed {line!r}, which the README does not show"


def _render_membership():
    spec = importlib.util.spec_from_file_location("render_membership", ROOT / "scripts" / "render_membership.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_member_state_table_is_the_one_the_seeds_give_today() -> None:
    script = _render_membership()
    readme = README.read_text(encoding="utf-8")
    assert script.with_table(readme, script.member_table()) == readme, "run python scripts/render_membership.py"
    # The CSTO row: the seeds dated 2024-2025 name Armenia while its participation was frozen.
    [csto] = [line for line in readme.splitlines() if line.startswith("| CSTO |")]
    assert "Armenia (frozen)" in csto


def test_seeds_are_dated_by_the_latest_full_date_they_give() -> None:
    script = _render_membership()
    text = "A visit on March 3-5, 2022; the agreement of February 25, 2021; an undated 2023 plan."
    assert script.latest_date(text) == date(2022, 3, 3)
    assert script.latest_date("No date here, only 2024.") is None
    dates = {item["id"]: item["metadata"]["date"] for item in script.dated_seeds()}
    # The CELAC statement: "who met in New York on September 29, 2015".
    assert dates["000_82c349e14367fb89.txt"] == "2015-09-29"


def test_the_membership_charts_are_made_from_the_bundled_data(tmp_path: Path) -> None:
    written = _render_membership().write_charts(tmp_path)
    assert [path.name for path in written] == ["membership-csto.png", "membership-sco.png", "membership-brics.png"]
    for path in written:
        assert path.read_bytes().startswith(b"\x89PNG") and (ROOT / "docs" / path.name).exists()

"""The README's notebook section, run headless in a real Jupyter kernel (nbclient).

Each statement of the block is a cell of its own, as a user steps through it, and the
kernel is fresh: no ``%matplotlib inline``, nothing imported beforehand.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
from pathlib import Path

import pytest

import orgmentions
from conftest import DATA, ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

SECTION = re.search(r"^### In a notebook\n(.*?)^#", (ROOT / "README.md").read_text(encoding="utf-8"), re.S | re.M)


def notebook_cells() -> list[str]:
    assert SECTION is not None, "the README has no 'In a notebook' section"
    [block] = re.findall(r"^```python\n(.*?)^```", SECTION.group(1), flags=re.S | re.M)
    return [ast.get_source_segment(block, statement) for statement in ast.parse(block).body]


@pytest.mark.slow
def test_the_readme_notebook_shows_charts_as_images_and_the_render_as_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tests/data/telegram").mkdir(parents=True)
    shutil.copy(DATA / "telegram" / "result.json", tmp_path / "tests/data/telegram")
    # The kernel is another process: it imports the package under test from where this test did.
    source = str(Path(orgmentions.__file__).resolve().parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")])))
    monkeypatch.delenv("MPLBACKEND", raising=False)
    cells = notebook_cells()
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell) for cell in cells])
    nbclient.NotebookClient(notebook, timeout=120, resources={"metadata": {"path": str(tmp_path)}}).execute()

    shown = {}
    for cell in notebook.cells:
        assert not [output for output in cell.outputs if output.output_type in ("error", "stream")], cell.source
        types = [sorted(output.get("data", {})) for output in cell.outputs if output.output_type == "execute_result"]
        call = re.match(r"(\w+)\(", cell.source)
        if call:
            shown[call.group(1)] = types
    assert shown["render"] == [["text/html", "text/plain"]]
    assert shown["bar_chart"] == [["image/png", "text/plain"]]
    assert shown["monthly_chart"] == [["image/png", "text/plain"]]
    assert shown["mention_counts"] == [["text/html", "text/plain"]]
    assert (tmp_path / "mentions_per_month.png").is_file() and (tmp_path / "out.html").is_file()
    print(shown)

"""Files -> results (`orgmentions.io.results.load_results`), kept out of the views that show them."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import orgmentions
from orgmentions.io.results import load_results
from orgmentions.io.writers import write_results

NOTEBOOK = Path(orgmentions.__file__).parent / "notebook"


def test_load_results_reads_result_files_and_extracts_documents(tmp_path: Path) -> None:
    texts = {"one": "The CSTO met in Moscow.", "two": "Russia & the #SCO."}
    results = [orgmentions.extract(text, doc_id=key) for key, text in texts.items()]
    results_file = tmp_path / "results.jsonl"
    write_results(results, results_file, format="jsonl")
    documents_file = tmp_path / "documents.jsonl"
    documents_file.write_text(
        "\n".join(json.dumps({"id": key, "text": text, "date": "2024-07-04"}) for key, text in texts.items()) + "\n",
        encoding="utf-8",
    )
    # Records with nothing but text would also pass as results without mentions; they are documents.
    bare_file = tmp_path / "bare.jsonl"
    bare_file.write_text(json.dumps({"text": texts["one"]}) + "\n", encoding="utf-8")
    (tmp_path / "three.txt").write_text(texts["one"], encoding="utf-8")

    assert list(load_results([results_file])) == results
    extracted = list(load_results([documents_file, tmp_path / "three.txt"]))
    assert [document.mentions for document in extracted] == [r.mentions for r in results] + [results[0].mentions]
    assert extracted[0].metadata == {"date": "2024-07-04"}
    assert extracted[2].doc_id == "three.txt"
    [bare] = load_results(bare_file)
    assert bare.mentions == results[0].mentions


def test_load_results_fails_early_on_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_results([tmp_path / "results.jsonl", tmp_path / "missing.txt"])


@pytest.mark.parametrize("module", sorted(NOTEBOOK.glob("*.py")), ids=lambda path: path.name)
def test_the_views_read_no_files(module: Path) -> None:
    """Rendering, summaries and plots take results; reading files and extracting is the CLI's job."""
    imported = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert not {name for name in imported if name.startswith("orgmentions.io")}

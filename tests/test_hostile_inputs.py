"""Hostile and unlucky inputs: dying workers, files that harm, records that break readers.

Every file is made by the test in ``tmp_path``; the module runs in seconds.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import orgmentions
from orgmentions import Extractor
from orgmentions.errors import ExtractionError

SOURCE_ROOT = str(Path(orgmentions.__file__).resolve().parents[1])
STATEMENT = "The CSTO and the Eurasian Economic Union met in Minsk; Armenia stayed away."


def _run_script(path: Path, *, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SOURCE_ROOT}
    command = [sys.executable, "-"] if stdin is not None else [sys.executable, str(path)]
    return subprocess.run(command, input=stdin, cwd=path.parent, env=env, capture_output=True, text=True, timeout=60)


def _killing_workers(at: set[int], count: int) -> Iterator[tuple[str, str]]:
    """Documents; on reaching each number in ``at``, every worker process is killed."""
    for number in range(1, count + 1):
        if number in at:
            for worker in multiprocessing.active_children():
                os.kill(worker.pid, signal.SIGKILL)
        yield STATEMENT, f"doc-{number}"


# --- worker processes ---------------------------------------------------------------


def test_a_worker_killed_once_is_replaced_and_no_document_is_lost() -> None:
    results = list(Extractor().extract_many(_killing_workers({40}, 80), n_process=2, batch_size=2))
    assert [r.doc_id for r in results] == [f"doc-{n}" for n in range(1, 81)]
    assert all(r.canonical_ids == ["org:CSTO", "org:EAEU", "country:ARM"] for r in results)


def test_workers_killed_twice_fail_naming_the_batch_instead_of_hanging() -> None:
    with pytest.raises(ExtractionError, match=r"\[E040\].* batch \d+ \(documents \d+ to \d+ \(ids 'doc-"):
        list(Extractor().extract_many(_killing_workers({40, 70}, 120), n_process=2, batch_size=2))


def test_an_unguarded_script_fails_at_once_saying_what_to_do(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from orgmentions import extract_many\n"
        "print(sum(len(r) for r in extract_many(['The CSTO met.'] * 20, n_process=2, batch_size=5)))\n",
        encoding="utf-8",
    )
    run = _run_script(script)
    assert run.returncode == 1
    assert "[E041]" in run.stderr and 'if __name__ == "__main__":' in run.stderr
    assert "[E042]" in run.stderr.splitlines()[-1]


def test_a_guarded_script_runs_in_two_processes(tmp_path: Path) -> None:
    script = tmp_path / "guarded.py"
    script.write_text(
        "from orgmentions import extract_many\n"
        "if __name__ == '__main__':\n"
        "    print(sum(len(r) for r in extract_many(['The CSTO met.'] * 20, n_process=2, batch_size=5)))\n",
        encoding="utf-8",
    )
    run = _run_script(script)
    assert (run.returncode, run.stdout.strip()) == (0, "20"), run.stderr


def test_a_script_from_standard_input_fails_at_once_saying_what_to_do(tmp_path: Path) -> None:
    code = "from orgmentions import extract_many\nlist(extract_many(['The CSTO met.'] * 20, n_process=2))\n"
    run = _run_script(tmp_path / "stdin", stdin=code)
    assert run.returncode == 1
    assert "[E042]" in run.stderr and "save it to a file" in run.stderr

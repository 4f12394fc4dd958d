"""The validated gazetteers kept on disk between processes (`orgmentions.cache`)."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from orgmentions import Gazetteer
from orgmentions.gazetteer import _load_cached

ROOT = Path(__file__).resolve().parents[1]
_ORGS = """\
entities:
  - id: org:CSTO
    name: Collective Security Treaty Organization
    category: military_alliance
    acronyms:
      - text: ODKB
        ambiguous:
          senses: [a trade mark]
          cues: [Summit]
          against: [{against}]
"""


def _load_in_a_new_process(folder: Path, cache: str) -> str:
    code = (
        "import warnings; warnings.simplefilter('always');"
        "from orgmentions import Gazetteer;"
        f"print(len(Gazetteer.load([{str(folder)!r}], include_bundled=False)))"
    )
    env = {**os.environ, "ORGMENTIONS_CACHE_DIR": cache, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip() + "\n" + done.stderr


def test_a_second_process_reads_the_stored_gazetteer_and_its_warnings(tmp_path: Path) -> None:
    (tmp_path / "gaz").mkdir()
    (tmp_path / "gaz" / "orgs.yaml").write_text(_ORGS.format(against="Summit"), encoding="utf-8")
    cache = tmp_path / "cache"
    first = _load_in_a_new_process(tmp_path / "gaz", str(cache))
    [stored] = cache.glob("gazetteer-*.pickle")
    second = _load_in_a_new_process(tmp_path / "gaz", str(cache))
    assert first.startswith("1\n") and "[W002]" in first
    assert second.startswith("1\n") and "[W002]" in second  # given again, from the store
    assert list(cache.glob("gazetteer-*.pickle")) == [stored]


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    orgs = tmp_path / "orgs.yaml"
    orgs.write_text(_ORGS.format(against="Ltd"), encoding="utf-8")
    before = Gazetteer.load([tmp_path], include_bundled=False)
    orgs.write_text(_ORGS.format(against="Ltd").replace("Collective Security", "Kollektive Sicherheit"), "utf-8")
    _load_cached.cache_clear()  # as a new process would be
    after = Gazetteer.load([tmp_path], include_bundled=False)
    assert before["org:CSTO"].name.startswith("Collective") and after["org:CSTO"].name.startswith("Kollektive")


def test_a_damaged_store_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("ORGMENTIONS_CACHE_DIR", str(cache))
    (tmp_path / "orgs.yaml").write_text(_ORGS.format(against="Ltd"), encoding="utf-8")
    Gazetteer.load([tmp_path], include_bundled=False)
    [stored] = cache.glob("gazetteer-*.pickle")
    stored.write_bytes(b"not a pickle")
    _load_cached.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(Gazetteer.load([tmp_path], include_bundled=False)) == 1


@pytest.mark.parametrize("setting", ["off", ""])
def test_the_store_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    monkeypatch.setenv("ORGMENTIONS_CACHE_DIR", setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    (tmp_path / "orgs.yaml").write_text(_ORGS.format(against="Ltd"), encoding="utf-8")
    assert len(Gazetteer.load([tmp_path], include_bundled=False)) == 1
    assert not (tmp_path / "xdg").exists()


def test_an_unwritable_store_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ORGMENTIONS_CACHE_DIR", str(blocker / "cache"))  # a folder inside a file: cannot exist
    (tmp_path / "orgs.yaml").write_text(_ORGS.format(against="Ltd"), encoding="utf-8")
    assert len(Gazetteer.load([tmp_path], include_bundled=False)) == 1


def _extract_in_a_new_process(folder: Path, cache: Path, text: str) -> str:
    code = (
        "import sys; from orgmentions import Extractor;"
        f"extractor = Extractor([{str(folder)!r}], include_bundled=False);"
        f"print([(m.text, m.canonical_id, m.evidence is not None) for m in extractor.extract({text!r}).mentions])"
    )
    env = {**os.environ, "ORGMENTIONS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_a_second_process_finds_with_the_stored_matcher_what_the_first_found(tmp_path: Path) -> None:
    (tmp_path / "gaz").mkdir()
    (tmp_path / "gaz" / "orgs.yaml").write_text(_ORGS.format(against="Ltd"), encoding="utf-8")
    cache = tmp_path / "cache"
    text = "ODKB Ltd sells tea.\n\nThe ODKB Summit opened in Minsk."
    first = _extract_in_a_new_process(tmp_path / "gaz", cache, text)
    [stored] = cache.glob("matcher-*.pickle")
    stored_at = stored.stat().st_mtime_ns
    second = _extract_in_a_new_process(tmp_path / "gaz", cache, text)
    assert first == second
    assert first == "[('ODKB', 'org:CSTO', True)]\n"  # the summit's, with its evidence; the company's is vetoed
    assert stored.stat().st_mtime_ns == stored_at  # read, not built again


def test_an_edited_module_of_the_library_builds_the_matcher_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from orgmentions import cache

    files, stamps = (Path("orgs.yaml"),), ((1, 2),)
    before = cache._key(files, stamps)
    monkeypatch.setattr(cache, "_code_stamps", lambda: [("matcher.py", 3, 4)])
    assert cache._key(files, stamps) != before


def _in_new_processes(tmp_path: Path, code: str) -> Callable[[], str]:
    """A way to run ``code`` in a new process, again and again, with the test gazetteer folder at GAZ and one store."""
    (tmp_path / "gaz").mkdir()
    (tmp_path / "gaz" / "orgs.yaml").write_text(_ORGS.format(against="Ltd"), encoding="utf-8")
    code = code.replace("GAZ", repr(str(tmp_path / "gaz")))
    env = {**os.environ, "ORGMENTIONS_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT / "src")}
    return lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_extraction_reads_only_the_matcher_and_the_gazetteer_when_asked_for(tmp_path: Path) -> None:
    run = _in_new_processes(tmp_path, (
        "from orgmentions import Extractor;"
        "extractor = Extractor([GAZ], include_bundled=False);"
        "found = [m.name for m in extractor.extract('The ODKB Summit opened.').mentions];"
        "print(found, extractor._gazetteer is None, len(extractor.gazetteer), extractor._gazetteer is not None)"
    ))
    run()  # builds and stores
    assert run().split() == ["['Collective", "Security", "Treaty", "Organization']", "True", "1", "True"]


def test_a_stored_matcher_finds_without_loading_what_validates_gazetteers(tmp_path: Path) -> None:
    # The schemas and YAML are a tenth of a cold start; a process that only extracts must not pay for them.
    run = _in_new_processes(tmp_path, (
        "import sys; from orgmentions import Extractor;"
        "found = Extractor([GAZ], include_bundled=False).extract('The ODKB Summit.').mentions;"
        "print(len(found), sorted(m for m in ('yaml', 'orgmentions.schema', 'orgmentions.gazetteer') if m in sys.modules))"
    ))
    assert run() == "1 ['orgmentions.gazetteer', 'orgmentions.schema', 'yaml']\n"  # the first builds it
    assert run() == "1 []\n"

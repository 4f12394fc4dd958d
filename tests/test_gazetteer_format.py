"""docs/gazetteer-format.md and docs/gazetteer.schema.json are what the script writes, and the schema fits."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "generate_gazetteer_format.py"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("generate_gazetteer_format", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def json_schema(generator) -> dict:
    return json.loads(generator.render_json_schema())


def test_the_committed_format_files_are_current(generator) -> None:
    for path, text in generator.generate().items():
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        assert committed == text, f"{path.name} is stale: run python scripts/generate_gazetteer_format.py"


def test_every_field_of_the_file_models_is_in_the_reference(generator) -> None:
    page = (ROOT / "docs" / "gazetteer-format.md").read_text(encoding="utf-8")
    for model in generator.MODELS:
        section = page.split(f"\n### {model.__name__}\n", 1)[1].split("\n### ", 1)[0]
        for name, field in model.model_fields.items():
            assert f"| `{name}` |" in section, f"{model.__name__}.{name} is missing from the reference"
            assert field.description and field.description.replace("|", "\\|") in section


def bundled_gazetteer_files() -> list[Path]:
    folder = ROOT / "gazetteers"
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("languages/*/*.yaml"))


@pytest.mark.parametrize("path", bundled_gazetteer_files(), ids=lambda path: path.name)
def test_every_bundled_gazetteer_file_fits_the_json_schema(path: Path, json_schema: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in jsonschema.Draft202012Validator(
        json_schema
    ).iter_errors(document)]
    assert not errors, errors[:5]


@pytest.mark.parametrize(
    ("entry", "what"),
    [
        ({"id": "org:CSTO", "name": "CSTO", "category": "military_alliance", "acronym": ["CSTO"]}, "a misspelt field"),
        ({"id": "CSTO", "name": "CSTO", "category": "military_alliance"}, "an id without its prefix"),
        ({"id": "org:CSTO", "name": "CSTO", "category": "alliance"}, "an unknown category"),
        ({"id": "org:CSTO", "name": "CSTO", "category": "forum", "names": [{"txt": "CSTO"}]}, "an alias without text"),
        ({"id": "org:CSTO", "name": "CSTO", "category": "forum", "names": [""]}, "an empty alias"),
    ],
)
def test_the_json_schema_rejects_what_the_loader_rejects(entry: dict, what: str, json_schema: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json_schema)
    assert list(validator.iter_errors({"entities": [entry]})), f"the schema accepts {what}"
    from orgmentions.schema import GazetteerFile

    with pytest.raises(ValueError):
        GazetteerFile.model_validate({"entities": [entry]})

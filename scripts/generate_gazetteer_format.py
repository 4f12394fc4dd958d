"""Generate the gazetteer format's reference and JSON Schema from the pydantic models.

Writes ``docs/gazetteer-format.md`` (every field of the file models of
``src/orgmentions/schema.py`` with its type, default and description, after worked examples)
and ``docs/gazetteer.schema.json`` (``GazetteerFile.model_json_schema()``, where a plain string
is also accepted wherever the loader reads one as ``{text: <string>}``). The examples are loaded
with the real loader on every run, so an example that stops loading stops the script.

    python scripts/generate_gazetteer_format.py            # rewrite both files
    python scripts/generate_gazetteer_format.py --check    # exit 1 with a diff if they differ

To change the reference, change the descriptions in ``schema.py`` (or the prose here) and
run the script again.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
import types
import warnings
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_files import write_or_check  # noqa: E402
sys.path.insert(0, str(ROOT / "src"))  # document this tree's models, not an installed copy

from orgmentions import schema  # noqa: E402
from orgmentions.gazetteer import Gazetteer  # noqa: E402

MARKDOWN = ROOT / "docs" / "gazetteer-format.md"
JSON_SCHEMA = ROOT / "docs" / "gazetteer.schema.json"
WIDTH = 100  # prose lines; tables stay one row per field

#: The models in the order a reader meets them, from the top of a file down.
MODELS: list[type[BaseModel]] = [
    schema.GazetteerFile,
    schema.Entity,
    schema.Alias,
    schema.Ambiguity,
    schema.Phrase,
    schema.NotMention,
    schema.AliasSupplement,
    schema.Anaphora,
    schema.AnaphoraLanguage,
    schema.AnaphorNoun,
]


def shorthand_models() -> set[type[BaseModel]]:
    """Models the loader also reads from a plain string (``Annotated[Model, BeforeValidator(_text_or_mapping)]``)."""
    found = set()
    for value in vars(schema).values():
        if get_origin(value) is Annotated:
            model, *metadata = get_args(value)
            if any(isinstance(m, BeforeValidator) and m.func is schema._text_or_mapping for m in metadata):
                found.add(model)
    return found


# --- Examples: each is a complete file, loaded with the real loader -----------------------------

#: (heading, prose, file name, YAML, whether the bundled gazetteers load beside it)
EXAMPLES: list[tuple[str, str, str, str, bool]] = [
    (
        "An entity, with case and lower-case policies",
        "Names match with a capital first letter and the rest in any case; acronyms match as "
        "written. `case: exact` keeps a name's letters as written. `lower:` says whether an alias "
        "also counts written wholly in lower case, as informal posts write it: `always`, `never`, "
        "or `with_evidence` (judged like an ambiguous alias).",
        "my_orgs.yaml",
        """\
        entities:
          - id: org:CSTO
            name: Collective Security Treaty Organization
            category: military_alliance
            founded: 2002
            names:
              - Collective Security Treaty Organization
              - Organization of the Collective Security Treaty   # literal translation in Russian-English texts
              - {text: Организация Договора о коллективной безопасности, lang: ru}
            acronyms:
              - {text: CSTO, lower: always}        # "csto" in posts; no everyday word
              - {text: ОДКБ, lang: ru, lower: always}
          - id: country:ISL
            name: Iceland
            category: un_member
            names:
              - {text: Iceland, lower: with_evidence}   # "iceland" in lower case only with evidence
              - {text: Ísland, lang: is, case: exact}      # the Icelandic name, only as written
        """,
        False,
    ),
    (
        "An ambiguous alias: cues, cue sets, vetoes, word sets",
        "An alias with another plausible sense counts only with evidence from the document: a "
        "`cues` phrase near it, a phrase of a word set named in `cue_sets` near it, a `related` "
        "entity anywhere, another linked mention near it, or an unambiguous mention of the same "
        "entity anywhere. An `against` phrase (or one of an `against_sets` word set) near it "
        "vetoes it. Cues and vetoes match in any case unless `case: exact`. Word sets are "
        "shared by every loaded file.",
        "my_orgs.yaml",
        """\
        word_sets:
          post_soviet_states: [Russia, Kazakhstan, Belarus, Kyrgyzstan, Armenia, Moscow, Minsk, Astana]
          tech_products: [benchmark, benchmarks, controls, scanner, software]
        entities:
          - id: org:EAEU
            name: Eurasian Economic Union
            category: economic_union
            names: [Eurasian Economic Union]
          - id: org:CIS
            name: Commonwealth of Independent States
            category: regional_organisation
            names: [Commonwealth of Independent States]
            acronyms:
              - text: CIS
                ambiguous:
                  senses:
                    - Center for Internet Security (CIS Benchmarks)
                    - cis isomers in chemistry
                  cues: [Commonwealth, Executive Committee, {text: SNG, case: exact}]
                  cue_sets: [post_soviet_states]
                  against: [Center for Internet Security, isomer, isomers]
                  against_sets: [tech_products]
                  related: [org:EAEU]
        """,
        False,
    ),
    (
        "Not-mentions",
        "A longer name that contains an alias but names something else. Next to the entity it "
        "protects, or at the top level of a file for any entity.",
        "my_countries.yaml",
        """\
        entities:
          - id: country:GIN
            name: Guinea
            formal_name: Republic of Guinea
            category: un_member
            names: [Guinea]
            not_mentions:
              - Guinea pig
              - {text: Papua New Guinea, note: another state}
        not_mentions:
          - {text: Nueva Guinea, lang: es, note: a town in Nicaragua}
        """,
        False,
    ),
    (
        "A supplement file: names for entities of another file",
        "A language file adds aliases to entities defined elsewhere (here, the bundled ones); the "
        "file's `lang` applies to every alias that gives none.",
        "my_italian_names.yaml",
        """\
        lang: it
        aliases:
          - id: org:CSTO
            names: [Organizzazione del Trattato di Sicurezza Collettiva]
            acronyms: [OTSC]
          - id: country:KAZ
            names: [Kazakistan]
        """,
        True,
    ),
    (
        "Spelling variants",
        "Pairs substituted both ways inside names, so that a name is listed in one spelling only.",
        "my_orgs.yaml",
        """\
        spelling_variants:
          - [isation, ization]
          - [Co-operation, Cooperation]
        entities:
          - id: org:OTS
            name: Organization of Turkic States
            category: regional_organisation
            names: [Organisation of Turkic States]   # also finds "Organization of Turkic States"
        """,
        False,
    ),
]


def checked_examples() -> list[tuple[str, str, str, str]]:
    """The examples, each loaded on its own by `Gazetteer.load`; a failure or a loader warning stops the script."""
    rendered = []
    with tempfile.TemporaryDirectory() as folder:
        for heading, prose, name, text, with_bundled in EXAMPLES:
            yaml_text = textwrap.dedent(text)
            path = Path(folder) / heading.replace(" ", "_").replace(":", "").replace(",", "")[:40] / name
            path.parent.mkdir()
            path.write_text(yaml_text, encoding="utf-8")
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                Gazetteer.load([path], include_bundled=with_bundled)
            rendered.append((heading, prose, name, yaml_text))
    return rendered


# --- The reference tables -----------------------------------------------------------------------


def type_label(annotation: Any, shorthand: set[type[BaseModel]]) -> str:
    origin = get_origin(annotation)
    arguments = get_args(annotation)
    if origin is Annotated:
        return type_label(arguments[0], shorthand)
    if origin in (Union, types.UnionType):
        kept = [argument for argument in arguments if argument is not type(None)]
        if all(get_origin(argument) is Literal for argument in kept):
            return type_label(Literal[tuple(value for argument in kept for value in get_args(argument))], shorthand)
        return " or ".join(type_label(argument, shorthand) for argument in kept)
    if origin is Literal:
        return "one of " + ", ".join(f"`{value}`" for value in arguments)
    if origin is list:
        return f"list of {type_label(arguments[0], shorthand)}"
    if origin is dict:
        return f"mapping of {type_label(arguments[0], shorthand)} to {type_label(arguments[1], shorthand)}"
    if origin is tuple:
        return "pair [" + ", ".join(type_label(argument, shorthand) for argument in arguments) + "]"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        link = f"[{annotation.__name__}](#{annotation.__name__.lower()})"
        return f"{link} (or a string: its `text`)" if annotation in shorthand else link
    return {str: "string", int: "integer", bool: "true/false"}.get(annotation, str(annotation))


def constraints(field: FieldInfo) -> str:
    said = []
    for item in field.metadata:
        if isinstance(item, annotated_types.MinLen):
            said.append("not empty")
        elif isinstance(item, annotated_types.Ge):
            said.append(f"≥ {item.ge}")
        elif isinstance(item, annotated_types.Le):
            said.append(f"≤ {item.le}")
        elif getattr(item, "pattern", None):
            said.append(f"matches `{item.pattern}`")
    return f" ({', '.join(said)})" if said else ""


def default_label(field: FieldInfo) -> str:
    if field.is_required():
        return "**required**"
    if field.default is None:
        return "not set"
    return f"`{json.dumps(field.default, ensure_ascii=False)}`"


def model_section(model: type[BaseModel], shorthand: set[type[BaseModel]]) -> list[str]:
    lines = [f"### {model.__name__}", "", textwrap.fill(" ".join((model.__doc__ or "").split()), WIDTH), ""]
    if model in shorthand:
        lines += ["Written as a plain string, it stands for `{text: <string>}`.", ""]
    lines += ["| field | type | default | description |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        description = (field.description or "").replace("|", "\\|")
        type_text = (type_label(field.annotation, shorthand) + constraints(field)).replace("|", "\\|")
        lines.append(f"| `{name}` | {type_text} | {default_label(field)} | {description} |")
    return lines + [""]


def undocumented_fields() -> list[str]:
    return [
        f"{model.__name__}.{name}"
        for model in MODELS
        for name, field in model.model_fields.items()
        if not field.description
    ]


INTRODUCTION = """\
# The gazetteer file format

<!-- Generated by scripts/generate_gazetteer_format.py from src/orgmentions/schema.py: do not edit by
hand; change the models' descriptions (or the script) and run the script. -->

A gazetteer is a YAML file of entities (organisations and sovereign states), the aliases that
name them, and the rules that tell an ambiguous alias's sense from its others. The bundled
files are in `gazetteers/`; your own files load beside them
(`Extractor(gazetteers="my_orgs.yaml")`, `orgmentions extract -g my_orgs.yaml`) or instead of
them (`include_bundled=False`, `--no-bundled`). Check a file with
`orgmentions gazetteer validate my_orgs.yaml`: errors name the file, line, entry and field.

How files combine: ids are unique over all the files loaded together; `word_sets` are shared by
all of them (a name defined twice is an error); `aliases` entries add to entities of any loaded
file; each file's `lang` applies only to its own aliases. Unknown keys are errors, so a misspelt
field never goes unnoticed. Strings are stripped of surrounding whitespace.

[`gazetteer.schema.json`](gazetteer.schema.json) is the same format as JSON Schema, for editors
that check YAML as you type (with the YAML language server, put
`# yaml-language-server: $schema=<path or URL of gazetteer.schema.json>` on the first line). It
checks the shape of a file; what only the loader checks (ids referred to exist, no alias shared
by two entities unless both mark it `ambiguous`, the category fits the id) is reported by `orgmentions gazetteer validate`.

## Examples

Each example is a complete file that the loader accepts as it stands (the script that writes
this page loads each one).
"""


def render_markdown() -> str:
    undocumented = undocumented_fields()
    if undocumented:
        raise SystemExit(f"error: fields without a description in schema.py: {', '.join(undocumented)}")
    shorthand = shorthand_models()
    lines = [INTRODUCTION]
    for heading, prose, name, yaml_text in checked_examples():
        lines += [f"### {heading}", "", textwrap.fill(prose, WIDTH), "", f"`{name}`:", "", "```yaml"]
        lines += [yaml_text.rstrip("\n"), "```", ""]
    lines += ["## Reference", "", "Every field of every part of a file, from the top down.", ""]
    for model in MODELS:
        lines += model_section(model, shorthand)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_json_schema() -> str:
    document = schema.GazetteerFile.model_json_schema()
    shorthand_refs = {f"#/$defs/{model.__name__}" for model in shorthand_models()}

    def accept_strings(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("$ref") in shorthand_refs and len(node) == 1:
                return {"anyOf": [{"type": "string", "minLength": 1}, node]}
            return {key: accept_strings(value) for key, value in node.items()}
        if isinstance(node, list):
            return [accept_strings(value) for value in node]
        return node

    document = accept_strings(document)
    header = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": "Generated by scripts/generate_gazetteer_format.py from src/orgmentions/schema.py; do not edit.",
    }
    return json.dumps(header | document, indent=2, ensure_ascii=False) + "\n"


def generate() -> dict[Path, str]:
    return {MARKDOWN: render_markdown(), JSON_SCHEMA: render_json_schema()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files; exit 1 on a difference")
    args = parser.parse_args(argv)
    outputs = generate()
    return write_or_check(outputs, ROOT, args.check)


if __name__ == "__main__":
    sys.exit(main())

"""Every user-facing error message, with a code, in one place.

Each message names what was wrong, where it came from, and how to fix it.
"""

from __future__ import annotations


class Errors:
    E001 = "[E001] {path}: not a YAML file this library can read: {reason}"
    E002 = "[E002] {location}: {field}: {message}"
    E003 = "[E003] {location}: duplicate id {entity_id!r}; it is already defined at {first}. Keep one entry."
    E004 = (
        "[E004] {location}: alias {alias!r} of {entity_id} is also claimed by {other_id} at {other}. "
        "Give it to one entity, or make one of them a distinct spelling."
    )
    E005 = "[E005] {location}: parent {parent!r} of {entity_id} is not defined in any gazetteer file."
    E006 = "[E006] {location}: related id {related!r} in the ambiguity of {alias!r} is not defined."
    E007 = "[E007] {path}: no gazetteer files (*.yaml) found there."
    E008 = "[E008] Expected text as str, got {type_name}{where}."
    E009 = "[E009] {location}: alias {alias!r} of {entity_id} is listed twice. Remove one."
    E010 = "[E010] No entity with id {entity_id!r}. Try `orgmentions gazetteer list`."
    E011 = "[E011] {location}: alias {alias!r} of {entity_id} contains no letters or digits to match on."
    E012 = "[E012] {location}: spelling variant pair {pair!r} must be two different non-empty strings."
    E013 = "[E013] Item {number}: a mapping needs a 'text' key; it has {keys}."

    E014 = (
        "[E014] {path}: cannot tell how to read this ({reason}). Give .txt files or folders of them, "
        ".jsonl/.ndjson, .csv, or a Telegram Desktop export (JSON with a 'messages' list), "
        "or choose the format with --input-format ({formats})."
    )
    E015 = "[E015] Unknown {what} format {name!r}; choose one of: {choices}."
    E016 = "[E016] {location}: {problem}"
    E017 = "[E017] {path}: {problem}"
    E018 = "[E018] {path}: not a Telegram Desktop export: {problem}"
    E019 = "[E019] No such file or folder: {path}"
    E020 = "[E020] Parquet is written to a file: give a path (--output FILE), not {given}."
    E021 = (
        "[E021] The spaCy pipeline {name!r} could not be loaded ({reason}). Install it (official models "
        "come from GitHub: `python -m spacy download NAME`, or pip install a model package), or pass a "
        "loaded pipeline or a path to one."
    )
    E022 = "[E022] Item {number}: expected a str, a (text, doc_id) pair or a mapping, got {type_name}."

    E023 = (
        "[E023] {location}: aliases given for {entity_id!r}, which no gazetteer file defines. "
        "Define the entity (entities: - id: ...) or fix the id."
    )
    E024 = "[E024] {location}: word set {name!r} used by the ambiguity of {alias!r} is not defined; known: {known}."
    E025 = "[E025] {location}: word set {name!r} is defined twice; the first is at {first}. Keep one."

    E090 = (
        "[E090] {location}: anaphora {field}: {entity_id!r} is not defined in any gazetteer file. "
        "Fix the id or define the entity."
    )
    E091 = (
        "[E091] {location}: anaphor {text!r} is in language {lang!r}, which has no entry under anaphora: languages: "
        "(known: {known}). Add one (its determiners) or fix the lang."
    )
    E092 = "[E092] {location}: anaphora settings for language {lang!r} are given twice; the first is at {first}. Keep one."


class Warnings:
    W001 = (
        "[W001] {location}: {alias!r} has {phrase!r} among its vetoes, which matches the alias itself, "
        "so every use of it is vetoed. Remove it, or write it with case: exact if only one case is another sense."
    )
    W002 = "[W002] {location}: {phrase!r} is both a cue and a veto of {alias!r}; a veto always wins. Keep one."


class GazetteerError(ValueError):
    """A gazetteer file is unreadable or invalid. The message names file, line, entry and field."""


class InputError(ValueError):
    """A document or input file is malformed. The message names the file and record."""

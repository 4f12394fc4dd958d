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
        "Give it to one entity, make one of them a distinct spelling, or, where two bodies really share the "
        "letters, mark it `ambiguous` in both (judging then takes the one the text supports)."
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
    E070 = (
        "[E070] The documents have no {role} column {column!r} (they have {columns}); "
        "name the right one with {option}=."
    )
    E071 = (
        "[E071] Row {row}{document}: column {column!r} holds {type_name}, not text. Drop or fill such rows, "
        "or skip them with errors='skip' (the CLI: --skip-bad) and count them with bad_text_count."
    )
    E072 = (
        "[E072] Kept column {column!r} has the name of a mention column; rename it before extracting "
        "(e.g. df.rename(columns={{{column!r}: 'doc_{column}'}}))."
    )
    E073 = "[E073] Unknown errors={value!r}; choose one of: {choices}."
    E074 = "[E074] {what} needs {packages}; install it with: pip install 'orgmentions[{extra}]'"
    E075 = (
        "[E075] {path}: --dask reads Parquet and JSONL input (.parquet files or folders of them, .jsonl); "
        "convert this input, or run without --dask."
    )
    E076 = "[E076] --dask writes a folder of Parquet partitions: give --output FOLDER{given}."
    E077 = "[E077] {path}: text column {column!r} is of type {type_name}; a text column must hold strings."
    E078 = "[E078] Item {number}: {problem}"

    # E040-E059: reliability (worker processes, hostile files, outputs).
    E040 = (
        "[E040] A worker process stopped while extracting batch {batch} (documents {first} to {last}{ids}) with "
        "n_process={n_process}, and again when the batch was retried in a fresh pool: a worker was killed or "
        "ran out of memory. Try fewer processes or a smaller batch_size, or run these documents with "
        "n_process=1 to see their error."
    )
    E041 = (
        "[E041] extract_many(n_process>1) was called while a worker process was importing {script}: the "
        "script has no `if __name__ == \"__main__\":` guard. Worker processes import the script again, so "
        "put the code that extracts under that guard (or use n_process=1)."
    )
    E042 = (
        "[E042] The worker processes of extract_many(n_process={n_process}) stopped before finishing a batch. "
        "{cause}"
    )
    E044 = (
        "[E044] The text{where} holds a lone surrogate (U+{code:04X}) at character {position}: half of a "
        "character, which no output can hold. Fix the text where it was made (a JSON \\ud800-style escape, a "
        "UTF-16 string cut in two); texts are refused rather than changed, so offsets stay the caller's."
    )
    E045 = (
        "[E045] The metadata{where} must be a mapping with str keys (a dict), not {found}. Pass "
        "metadata={{'key': value, ...}}."
    )
    E046 = (
        "[E046] extract_many takes an iterable of documents, not a single {type_name}: pass [text] for one "
        "document, or use extract(text)."
    )
    E047 = (
        "[E047] The output {output} is the input {given} (or inside it): writing it would destroy what is "
        "being read. Choose another --output."
    )
    E048 = "[E048] {path}: defines nothing (no entities, not-mentions or spelling variants). Is it the right file?"
    E049 = (
        "[E049] {location}: acronym {alias!r} of {entity_id} has no capital letter; acronyms match as written, "
        "and a lower-case word is not read as an acronym, so it would never match. Write it in capitals, or "
        "list it under names."
    )
    E050 = "[E050] Unknown kind {kind!r}; choose one of: {choices}."
    E051 = (
        "[E051] Not writing fixtures to {output}: {reason}. Name the folder with --output (it is made if "
        "missing), and the gazetteer files to make fixtures for as arguments."
    )
    E052 = (
        "[E052] {location}: the YAML anchor here, with the other aliases (*name) of this file, repeats more "
        "than {limit:,} nodes; aliases that multiply a file are refused. Write the values in place."
    )
    E053 = (
        "[E053] {location}: key {key!r} appears twice in the same mapping (first at line {first}); YAML keeps "
        "only the last, silently. Merge the two into one."
    )
    E043 = "[E043] Result {number} (doc_id {doc_id!r}) cannot be written: {problem}. Nothing of it was written."
    E060 = (
        "[E060] Item {number}{where}: the text must be a str, not {type_name}{hint}. Give every item a text, "
        "or pass skip_bad=True to extract_many to skip such items with a warning."
    )

    # orgmentions.knowledge: memberships, structure and identifiers (gazetteers/knowledge/).
    E080 = "[E080] {location}: {entry}: {field}: {message}"
    E081 = "[E081] {location}: {entry}: {field}: unknown {what} id {value!r}. Use an id defined in the gazetteers (`orgmentions gazetteer list`)."
    E082 = "[E082] {location}: {entry}: to: the period ends ({end}) before it starts ({start}). Swap or fix the dates."
    E083 = (
        "[E083] {location}: {entry}: the period {period} overlaps {other} of the same state in the same body "
        "(at {other_location}). A state has one status at a time: end one period where the next begins."
    )
    E084 = "[E084] {location}: {entry}: source: the event has no source. Give a URL or a citation, or a key of the block's `sources:`."
    E085 = "[E085] {location}: {entry}: {field}: {value!r} is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD."
    E086 = "[E086] Not a date: {value!r}. Give a date, a datetime or an ISO string (YYYY-MM-DD)."
    E087 = "[E087] {location}: {entry}: {field}: {value!r} is listed twice (first at {first}). Keep one."
    E100 = (
        "[E100] {location}: {entry}: from: the event has no start date, but the block's history is complete. "
        "Give `from:` (YYYY, YYYY-MM or YYYY-MM-DD), or mark the block `history: current` if only today's members are known."
    )
    E101 = (
        "[E101] {location}: {entry}: every_member_of: a rule stands only for today's members. "
        "Use it in a `history: current` block, or write the complete history event by event."
    )
    E102 = (
        "[E102] {location}: {entry}: every_member_of: org: {value!r} has no listed members to take (no membership "
        "block, or one that is itself a rule). Name a body whose members are listed (org:UN), or list the states as events."
    )
    E103 = (
        "[E103] {location}: {entry}: except: {value!r} is not a member of {reference} on {checked}, so there is nothing "
        "to except. Drop it from `except:`, or fix the id."
    )
    E104 = (
        "[E104] {location}: {entry}: except: the exception {value!r} has no source. Give a URL or a citation, "
        "or a key of the block's `sources:`."
    )

    # Identifiers (gazetteers/knowledge/identifiers*.yaml), helper session "qid": E110-E119.
    E110 = (
        "[E110] {location}: {entry}: wikidata: {qid} is also the QID of {other} (at {other_location}). "
        "A QID names one item: check both against their sources and keep the right one."
    )
    E111 = (
        "[E111] {location}: {entry}: wikidata: {qid} disagrees with the entity file's `wikidata: {entity_qid}` "
        "({entity_file}). Both must name the same item: correct the wrong one, with its source."
    )
    E112 = (
        "[E112] {location}: {entry}: give either `wikidata:` (a checked QID) or `no_wikidata:` (why there is "
        "none), not {given}."
    )
    E113 = (
        "[E113] {org} has no membership history in gazetteers/knowledge/, so its members on a date are unknown "
        "(every state would count as an outsider). Bodies with one: {known}."
    )

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

    W020 = "[W020] extract_many skipped {count} item(s) without a usable text; the first: {first}"


class GazetteerError(ValueError):
    """A gazetteer file is unreadable or invalid. The message names file, line, entry and field."""


class InputError(ValueError):
    """A document or input file is malformed. The message names the file and record."""


class ExtractionError(RuntimeError):
    """Extraction could not finish (a worker process died). The message names the batch and its documents."""
class SkippedItemsWarning(UserWarning):
    """`extract_many(..., skip_bad=True)` skipped items without a usable text; the message gives the count."""

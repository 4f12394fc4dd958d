"""The command line: each command parses its options and calls an importable function."""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path

import typer

from orgmentions.errors import Errors, ExtractionError, GazetteerError, InputError

app = typer.Typer(help="Find mentions of international organisations and countries in text.", no_args_is_help=True)
gazetteer_app = typer.Typer(help="Inspect and validate gazetteers.", no_args_is_help=True)
fixtures_app = typer.Typer(help="Generated test fixtures.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(fixtures_app, name="fixtures")


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    csv = "csv"
    telegram = "telegram"
    parquet = "parquet"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"


#: What a command reports as one line and exit status 1 rather than a traceback: every coded error
#: of the library is one of these (InputError and GazetteerError are ValueErrors).
_USER_ERRORS = (ValueError, TypeError, OSError, ImportError, ExtractionError)

#: The spellings `gazetteer list --kind` takes for each kind.
_KINDS = {
    "organisation": "organisation",
    "organisations": "organisation",
    "organization": "organisation",
    "organizations": "organisation",
    "org": "organisation",
    "orgs": "organisation",
    "country": "country",
    "countries": "country",
}


def _fail(message: str) -> None:
    typer.echo(f"orgmentions: {message}", err=True)
    raise typer.Exit(code=1)


def _load(paths: list[Path], include_bundled: bool):  # noqa: ANN202 - returns a Gazetteer
    from orgmentions.gazetteer import Gazetteer

    try:
        return Gazetteer.load(paths, include_bundled=include_bundled)
    except _USER_ERRORS as error:
        _fail(str(error))


@gazetteer_app.command("validate")
def validate(
    paths: list[Path] = typer.Argument(
        None, metavar="[PATH]...", help="Gazetteer files or folders (default: the bundled ones)."
    ),
    bundled: bool = typer.Option(True, metavar=" ", help="Validate PATHs together with the bundled gazetteers."),
) -> None:
    """Load and validate gazetteers; print a summary, or the errors with file and line."""
    gazetteer = _load(paths or [], include_bundled=bundled or not paths)
    problems = _never_matching(gazetteer)
    if problems:
        _fail("\n".join(problems))
    kinds: dict[str, int] = {}
    aliases = 0
    for entity in gazetteer:
        kinds[entity.kind] = kinds.get(entity.kind, 0) + 1
        aliases += len(entity.all_aliases())
    plural = {"country": "countries", "organisation": "organisations"}
    summary = ", ".join(f"{count} {plural.get(kind, kind)}" for kind, count in sorted(kinds.items()))
    typer.echo(
        f"OK: {len(gazetteer)} entities ({summary}), {aliases} aliases, "
        f"{len(gazetteer.not_mentions)} not-mentions from {len(gazetteer.sources)} files"
    )


def _never_matching(gazetteer) -> list[str]:  # noqa: ANN001 - a Gazetteer
    """What loads but would never match: a file that defines nothing, an acronym without capitals."""
    from orgmentions.gazetteer import Located, _parse

    problems = []
    with_entities = {path.resolve() for path in gazetteer.origins.values()}
    for path in gazetteer.sources:
        if path.resolve() not in with_entities:
            parsed = _parse(path)
            defines = parsed.not_mentions or parsed.spelling_variants or parsed.aliases or parsed.word_sets
            if not defines and parsed.anaphora is None:
                problems.append(Errors.E048.format(path=path))
    for index, entity in enumerate(gazetteer):
        for number, alias in enumerate(entity.acronyms):
            # Scripts without capitals in use (Chinese; Georgian, whose Mtavruli capitals texts never write) are fine.
            cased = [char for char in alias.text if char.upper() != char and not "\u10d0" <= char <= "\u10ff"]
            if cased and not any(char.isupper() for char in alias.text):
                origin = gazetteer.origins.get(entity.id)
                entry = _entry_index(gazetteer, entity.id)
                location = Located(origin, ("entities", entry, "acronyms", number)) if origin else entity.id
                problems.append(
                    Errors.E049.format(location=location, alias=alias.text, entity_id=entity.id)
                )
    return problems


def _entry_index(gazetteer, entity_id: str) -> int:  # noqa: ANN001 - a Gazetteer
    origin = gazetteer.origins[entity_id]
    same_file = [entity.id for entity in gazetteer if gazetteer.origins.get(entity.id) == origin]
    return same_file.index(entity_id)


@gazetteer_app.command("list")
def list_entities(
    kind: str | None = typer.Option(
        None, metavar="KIND", help="Only organisations (organisation, organization, org) or countries (country)."
    ),
    paths: list[Path] = typer.Option(
        [], "--gazetteer", "-g", metavar="PATH", help="Extra gazetteer files or folders."
    ),
) -> None:
    """List entity ids and preferred names."""
    wanted = None
    if kind is not None:
        wanted = _KINDS.get(kind.strip().lower())
        if wanted is None:
            _fail(Errors.E050.format(kind=kind, choices="organisation (organization, org), country (countries)"))
    for entity in _load(paths, include_bundled=True):
        if wanted is None or entity.kind == wanted:
            typer.echo(f"{entity.id}\t{entity.name}")


@gazetteer_app.command("show")
def show(
    entity_id: str = typer.Argument(
        ..., metavar="ID_OR_NAME", help="A canonical id (org:CSTO), or a name or acronym that names one entity (CSTO)."
    ),
    paths: list[Path] = typer.Option(
        [], "--gazetteer", "-g", metavar="PATH", help="Extra gazetteer files or folders."
    ),
    on: str | None = typer.Option(None, "--on", metavar="DATE", help="Also list the members on this date (YYYY-MM-DD)."),
) -> None:
    """Print one entity as YAML, its names and acronyms grouped by language."""
    import yaml

    gazetteer = _load(paths, include_bundled=True)
    entity = gazetteer.get(entity_id)
    if entity is None:
        named = gazetteer.named_by(entity_id)
        if len(named) == 1:
            entity = named[0]
        elif named:
            _fail(f"{entity_id!r} names several entities: {', '.join(e.id for e in named)}. Give one of these ids.")
        else:
            _fail(Errors.E010.format(entity_id=entity_id))
    data = entity.model_dump(exclude_defaults=True)
    for field in ("names", "acronyms"):
        if field in data:
            data[field] = _by_language(data[field])
    typer.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).rstrip())
    _print_identifiers(entity.id)
    if on is not None:
        _print_members(entity.id, on, None)


def _by_language(aliases: list[dict]) -> dict[str, list]:
    """Aliases grouped under their language, English first, then by tag; an alias with nothing but its text
    and language is shown as its text."""
    grouped: dict[str, list] = {}
    for alias in aliases:
        rest = {key: value for key, value in alias.items() if key != "lang"}
        grouped.setdefault(alias.get("lang") or "en", []).append(rest["text"] if rest.keys() == {"text"} else rest)
    return {lang: grouped[lang] for lang in sorted(grouped, key=lambda lang: (lang != "en", lang))}


def _print_identifiers(entity_id: str) -> None:
    """The checked QID (or why there is none) and, for a country, its codes: from gazetteers/knowledge/."""
    import dataclasses

    import yaml

    from orgmentions import knowledge

    base = knowledge.default()
    if entity_id not in base.gazetteer:
        return  # an entity of the caller's own files: the bundled identifiers say nothing of it
    codes = {key: value for key, value in dataclasses.asdict(base.codes(entity_id)).items() if value is not None}
    typer.echo(yaml.safe_dump({"identifiers": codes}, allow_unicode=True, sort_keys=False).rstrip())


@gazetteer_app.command("members")
def members(
    entity_id: str = typer.Argument(..., help="An organisation id, e.g. org:BRICS."),
    on: str | None = typer.Option(None, "--on", help="The date (YYYY-MM-DD; default today)."),
    status: str | None = typer.Option(None, help="Only these statuses, e.g. member,partner."),
) -> None:
    """List the states in an organisation on a date, with their status and source."""
    _print_members(entity_id, on, status)


def _print_members(entity_id: str, on: str | None, status: str | None) -> None:
    from orgmentions import knowledge

    try:
        base = knowledge.default()
        day = knowledge.as_date(on)
        found = base.members(entity_id, day, status)
        block = base.blocks.get(entity_id)
    except (GazetteerError, KeyError) as error:
        _fail(str(error.args[0]) if isinstance(error, KeyError) else str(error))
    if block is None:
        _fail(f"no membership data for {entity_id}")
    typer.echo(f"members of {entity_id} on {day} ({block.history} history, checked {block.checked}):")
    # A source is printed once, under the list, and each state points to it: most states share one.
    sources: dict[str, int] = {}
    for period in sorted(found, key=lambda p: (knowledge.STATUSES.index(p.status), base.gazetteer[p.state].name)):
        declared = "" if period.formal else " (declared)"
        number = sources.setdefault(period.source, len(sources) + 1)
        typer.echo(f"  {base.gazetteer[period.state].name}\t{period.state}\t{period.status}{declared}"
                   f"\tsince {period.since}\t[{number}]")
    typer.echo(f"{len(found)} states")
    if sources:
        typer.echo("sources:")
        for source, number in sources.items():
            typer.echo(f"  [{number}] {source}")


@fixtures_app.command("regenerate")
def regenerate(
    gazetteers: list[Path] = typer.Argument(
        None, metavar="[GAZETTEER]...", help="Gazetteer files to make cases for (default: the bundled ones)."
    ),
    output: Path | None = typer.Option(
        None,
        metavar="FOLDER",
        help="Folder to write to (default: tests/fixtures, only inside the orgmentions source tree).",
    ),
    seeds: Path | None = typer.Option(
        None, metavar="FOLDER", help="Folder of .txt documents to snapshot (default: seeds/ inside the source tree)."
    ),
) -> None:
    """Write test cases for every alias of the gazetteers named (and snapshots of seed documents)."""
    from orgmentions.fixtures import CASES_DIR, SNAPSHOTS_DIR, regenerate_fixtures

    in_project = _in_source_tree(Path.cwd())
    if output is None:
        if not in_project:
            _fail(Errors.E051.format(output="tests/fixtures", reason="this folder is not the orgmentions source tree"))
        output = Path("tests/fixtures")
    if seeds is None and in_project and not gazetteers:
        seeds = Path("seeds")
    if output.exists() and not output.is_dir():
        _fail(Errors.E051.format(output=output, reason="it is a file, not a folder"))
    strangers = [p.name for p in output.iterdir() if p.name not in (CASES_DIR, SNAPSHOTS_DIR)] if output.exists() else []
    if strangers:
        reason = f"it holds other things ({', '.join(sorted(strangers)[:5])}); fixtures go to a folder of their own"
        _fail(Errors.E051.format(output=output, reason=reason))
    try:
        written = regenerate_fixtures(output, seeds, only=list(gazetteers) if gazetteers else None)
    except _USER_ERRORS as error:
        _fail(str(error))
    for path in written:
        typer.echo(f"wrote {path}")


def _in_source_tree(folder: Path) -> bool:
    pyproject = folder / "pyproject.toml"
    if not pyproject.is_file() or not (folder / "gazetteers").is_dir():
        return False
    return 'name = "orgmentions"' in pyproject.read_text(encoding="utf-8", errors="replace")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(
        ...,
        metavar="PATH...",
        help="Text files, JSONL/CSV files, a Telegram export (result.json or its folder), folders of these, "
        "or - for standard input.",
    ),
    input_format: InputFormat = typer.Option(InputFormat.auto, metavar="FORMAT", help="How to read PATHs."),
    output_format: OutputFormat = typer.Option(
        OutputFormat.jsonl, "--format", metavar="FORMAT", help="jsonl, csv, tsv or parquet."
    ),
    output: Path | None = typer.Option(None, metavar="FILE", help="Output file (default: standard output)."),
    text_field: str = typer.Option("text", metavar="NAME", help="JSONL/CSV field holding the text."),
    id_field: str = typer.Option("id", metavar="NAME", help="JSONL/CSV field holding the document id."),
    model: str | None = typer.Option(
        None, metavar="PIPELINE", help="An installed spaCy pipeline to add unlinked entities."
    ),
    n_process: int = typer.Option(1, min=1, metavar="N", help="Worker processes."),
    skip_bad: bool = typer.Option(False, metavar=" ", help="Skip malformed records with a warning instead of stopping."),
    gazetteers: list[Path] = typer.Option(
        [], "--gazetteer", "-g", metavar="PATH", help="Extra gazetteer files or folders."
    ),
    bundled: bool = typer.Option(True, metavar=" ", help="Use the bundled gazetteers besides the -g ones."),
    progress: bool | None = typer.Option(
        None, metavar=" ", help="Progress bar on stderr (default: when stderr is a terminal)."
    ),
    anaphora: bool = typer.Option(
        False, "--anaphora", metavar=" ", help="Also resolve 'the Organization', 'the bloc', 'Союза' (matched_by anaphora)."
    ),
    include_text: bool = typer.Option(
        True, "--text/--no-text", metavar=" ", help="Write each document's text in JSONL output."
    ),
    raw_cells: bool = typer.Option(
        False, metavar=" ", help="CSV/TSV: write cells as they are, without neutralising spreadsheet formulas."
    ),
    dask: str | None = typer.Option(
        None,
        metavar="SCHEDULER",
        help="Run on Dask: a scheduler address (tcp://host:8786), or 'local' for --n-process local workers. "
        "Reads Parquet; writes Parquet partitions to --output FOLDER.",
    ),
) -> None:
    """Extract mentions from documents and write one record per document (JSONL) or per mention (CSV/TSV/Parquet)."""
    from orgmentions.extractor import Extractor
    from orgmentions.io.files import refuse_overwriting_inputs
    from orgmentions.io.readers import SkippedFilesWarning, SkippedRecordsWarning, read_documents
    from orgmentions.io.writers import write_results

    if dask is not None:
        try:
            from orgmentions.engines.dask import extract_files

            options = {"text_col": text_field, "id_col": id_field, "gazetteers": gazetteers, "model": model,
                       "anaphora": anaphora}  # fmt: skip
            skipped = extract_files(
                paths, output, output_format.value, scheduler=dask, n_workers=n_process, skip_bad=skip_bad,
                include_bundled=bundled or not gazetteers, **options,
            )  # fmt: skip
        except _USER_ERRORS as error:
            _fail(str(error))
        if skipped:
            typer.echo(f"orgmentions: warning: skipped {skipped} row(s) without text", err=True)
        return
    if output_format is OutputFormat.parquet and output is None:
        _fail("--format parquet needs --output FILE")
    started = time.perf_counter()
    tally = _Tally()
    try:
        if output is not None:
            refuse_overwriting_inputs(output, paths)
        extractor = Extractor(gazetteers or None, include_bundled=bundled or not gazetteers, nlp=model, anaphora=anaphora)
        documents = read_documents(
            paths, input_format=input_format.value, text_field=text_field, id_field=id_field, skip_bad=skip_bad
        )
        show_progress = sys.stderr.isatty() if progress is None else progress
        results = extractor.extract_many(documents, n_process=n_process, progress=show_progress)
        with warnings.catch_warnings(record=True) as skipped:
            warnings.simplefilter("always", SkippedRecordsWarning)
            warnings.simplefilter("always", SkippedFilesWarning)
            write_results(
                tally.counted(results),
                output,
                format=output_format.value,
                raw_cells=raw_cells,
                include_text=include_text,
            )
        for warning in skipped:
            typer.echo(f"orgmentions: warning: {warning.message}", err=True)
    except _USER_ERRORS as error:
        _fail(str(error))
    if sys.stderr.isatty():
        seconds = time.perf_counter() - started
        typer.echo(
            f"orgmentions: {tally.documents:,} documents, {tally.mentions:,} mentions in {seconds:.1f} s",
            err=True,
        )


class _Tally:
    """Counts documents and mentions on their way to the writer, for the summary line."""

    def __init__(self) -> None:
        self.documents = 0
        self.mentions = 0

    def counted(self, results: Iterable) -> Iterator:  # type: ignore[type-arg]
        for result in results:
            self.documents += 1
            self.mentions += len(result.mentions)
            yield result


@app.command()
def render(
    paths: list[Path] = typer.Argument(
        ..., metavar="PATH...", help="Documents to read, as for `extract`, or a JSONL file of results."
    ),
    output: Path = typer.Option(Path("orgmentions.html"), metavar="FILE", help="HTML file to write."),
    input_format: InputFormat = typer.Option(InputFormat.auto, metavar="FORMAT", help="How to read PATHs."),
    text_field: str = typer.Option("text", metavar="NAME", help="JSONL/CSV field holding the text."),
    id_field: str = typer.Option("id", metavar="NAME", help="JSONL/CSV field holding the document id."),
) -> None:
    """Write a standalone HTML page showing every mention of every document."""
    from orgmentions.io.files import refuse_overwriting_inputs, replaced_on_success
    from orgmentions.io.results import load_results
    from orgmentions.notebook.rendering import write_html

    try:
        refuse_overwriting_inputs(output, paths)
        results = load_results(paths, input_format=input_format.value, text_field=text_field, id_field=id_field)
        with replaced_on_success(output) as temporary:
            write_html(results, temporary)
    except _USER_ERRORS as error:
        _fail(str(error))
    typer.echo(f"wrote {output}")


if __name__ == "__main__":
    app()

"""The command line: each command parses its options and calls an importable function."""

from __future__ import annotations

import sys
import warnings
from enum import Enum
from pathlib import Path

import typer

from orgmentions.errors import GazetteerError, InputError

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


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"


def _fail(message: str) -> None:
    typer.echo(f"orgmentions: {message}", err=True)
    raise typer.Exit(code=1)


def _load(paths: list[Path], include_bundled: bool):  # noqa: ANN202 - returns a Gazetteer
    from orgmentions.gazetteer import Gazetteer

    try:
        return Gazetteer.load(paths, include_bundled=include_bundled)
    except GazetteerError as error:
        _fail(str(error))


@gazetteer_app.command("validate")
def validate(
    paths: list[Path] = typer.Argument(None, help="Gazetteer files or folders (default: the bundled ones)."),
    bundled: bool = typer.Option(True, help="Validate PATHs together with the bundled gazetteers."),
) -> None:
    """Load and validate gazetteers; print a summary, or the errors with file and line."""
    gazetteer = _load(paths or [], include_bundled=bundled or not paths)
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


@gazetteer_app.command("list")
def list_entities(
    kind: str | None = typer.Option(None, help="Only 'organisation' or 'country'."),
    paths: list[Path] = typer.Option([], "--gazetteer", "-g", help="Extra gazetteer files or folders."),
) -> None:
    """List entity ids and preferred names."""
    for entity in _load(paths, include_bundled=True):
        if kind is None or entity.kind == kind:
            typer.echo(f"{entity.id}\t{entity.name}")


@gazetteer_app.command("show")
def show(
    entity_id: str = typer.Argument(..., help="A canonical id, e.g. org:CSTO."),
    paths: list[Path] = typer.Option([], "--gazetteer", "-g", help="Extra gazetteer files or folders."),
    on: str | None = typer.Option(None, "--on", help="Also list the members on this date (YYYY-MM-DD)."),
) -> None:
    """Print one entity as YAML."""
    import yaml

    gazetteer = _load(paths, include_bundled=True)
    try:
        entity = gazetteer[entity_id]
    except KeyError as error:
        _fail(error.args[0])
    data = entity.model_dump(exclude_defaults=True)
    typer.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).rstrip())
    if on is not None:
        _print_members(entity_id, on, None)


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
    for period in sorted(found, key=lambda p: (knowledge.STATUSES.index(p.status), base.gazetteer[p.state].name)):
        declared = "" if period.formal else " (declared)"
        typer.echo(f"  {base.gazetteer[period.state].name}\t{period.state}\t{period.status}{declared}"
                   f"\tsince {period.start}\t{period.source}")
    typer.echo(f"{len(found)} states")


@fixtures_app.command("regenerate")
def regenerate(
    output: Path = typer.Option(Path("tests/fixtures"), help="Folder to write the fixtures to."),
    seeds: Path = typer.Option(Path("seeds"), help="Folder of seed documents for the snapshots."),
) -> None:
    """Write the gazetteer test cases and the seed snapshots."""
    from orgmentions.fixtures import regenerate_fixtures

    written = regenerate_fixtures(output, seeds)
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Text files, folders, JSONL/CSV files or a Telegram export."),
    input_format: InputFormat = typer.Option(InputFormat.auto, help="How to read PATHs."),
    output_format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", help="Output format."),
    output: Path | None = typer.Option(None, help="Output file (default: standard output)."),
    text_field: str = typer.Option("text", help="JSONL/CSV field holding the text."),
    id_field: str = typer.Option("id", help="JSONL/CSV field holding the document id."),
    model: str | None = typer.Option(None, help="An installed spaCy pipeline to add unlinked entities."),
    n_process: int = typer.Option(1, min=1, help="Worker processes."),
    skip_bad: bool = typer.Option(False, help="Skip malformed records with a warning instead of stopping."),
    gazetteers: list[Path] = typer.Option([], "--gazetteer", "-g", help="Extra gazetteer files or folders."),
    progress: bool | None = typer.Option(None, help="Progress bar on stderr (default: when stderr is a terminal)."),
) -> None:
    """Extract mentions from documents and write one record per document (JSONL) or per mention (CSV/TSV/Parquet)."""
    from orgmentions.extractor import Extractor
    from orgmentions.io.readers import SkippedRecordsWarning, read_documents
    from orgmentions.io.writers import write_results

    if output_format is OutputFormat.parquet and output is None:
        _fail("--format parquet needs --output FILE")
    try:
        extractor = Extractor(gazetteers or None, nlp=model)
        documents = read_documents(
            paths, input_format=input_format.value, text_field=text_field, id_field=id_field, skip_bad=skip_bad
        )
        show_progress = sys.stderr.isatty() if progress is None else progress
        results = extractor.extract_many(documents, n_process=n_process, progress=show_progress)
        with warnings.catch_warnings(record=True) as skipped:
            warnings.simplefilter("always", SkippedRecordsWarning)
            write_results(results, output, format=output_format.value)
        for warning in skipped:
            typer.echo(f"orgmentions: warning: {warning.message}", err=True)
    except (GazetteerError, InputError, FileNotFoundError, ImportError, OSError) as error:
        _fail(str(error))


@app.command()
def render(
    paths: list[Path] = typer.Argument(..., help="Documents to read, as for `extract`, or a JSONL file of results."),
    output: Path = typer.Option(Path("orgmentions.html"), help="HTML file to write."),
    input_format: InputFormat = typer.Option(InputFormat.auto, help="How to read PATHs."),
    text_field: str = typer.Option("text", help="JSONL/CSV field holding the text."),
    id_field: str = typer.Option("id", help="JSONL/CSV field holding the document id."),
) -> None:
    """Write a standalone HTML page showing every mention of every document."""
    from orgmentions.notebook.rendering import load_results, write_html

    try:
        results = load_results(paths, input_format=input_format.value, text_field=text_field, id_field=id_field)
        written = write_html(results, output)
    except (GazetteerError, InputError, FileNotFoundError, ImportError, OSError) as error:
        _fail(str(error))
    typer.echo(f"wrote {written}")


if __name__ == "__main__":
    app()

"""The ``newsdossier`` command. Each command parses options, calls one library function and prints.

Stdout carries only data (the export); messages, progress and errors go to stderr.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import replace

import click

from . import __version__
from .config import DEFAULT_SETTINGS
from .errors import NewsdossierError
from .export import export as export_dossier
from .export import validate
from .pipeline import build as build_dossier
from .report import write_report
from .store import connect, counts


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdossier")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn news articles about one event into a cross-checked dossier (SQLite, JSON, HTML)."""
    level = logging.DEBUG if verbose >= 2 else logging.INFO if verbose == 1 else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose == 0:  # failures are printed once, as one line each, by the command itself
        logging.getLogger("newsdossier.pipeline").setLevel(logging.ERROR)
    ctx.obj = {"quiet": quiet, "verbose": verbose}


def db_option(required: bool = True):
    return click.option("--db", "db", required=required, type=click.Path(dir_okay=False),
                        help="The SQLite dossier file.")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option()
@click.option("--batch-size", type=click.IntRange(1), default=DEFAULT_SETTINGS.batch_size, show_default=True,
              help="Paragraphs per spaCy batch.")
@click.option("--processes", type=click.IntRange(1), default=DEFAULT_SETTINGS.n_process, show_default=True,
              help="Processes for spaCy.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_SETTINGS.max_bytes, show_default=True,
              help="Inputs larger than this are refused.")
@click.pass_context
def build(ctx: click.Context, paths: tuple[str, ...], db: str, batch_size: int, processes: int, max_bytes: int) -> None:
    """Read articles and add what is new to the dossier.

    PATHS are files (.txt .md .html .htm .json .jsonl .warc .warc.gz), folders (read
    recursively), globs, or - for standard input. Articles already in the
    dossier (same text) are skipped; exact copies from other outlets are
    recorded as copies. Entities and findings are recomputed over the whole
    dossier. Each bad input gets one line on stderr; the exit code is 1 if any
    input failed.
    """
    settings = replace(DEFAULT_SETTINGS, batch_size=batch_size, n_process=processes, max_bytes=max_bytes)
    quiet = ctx.obj["quiet"]
    try:
        if quiet:
            report = build_dossier(paths, db, settings=settings)
        else:
            report = _build_with_progress(paths, db, settings)
    except NewsdossierError as error:
        raise click.ClickException(str(error)) from None
    for failure in report.failures:
        click.echo(f"error: {failure.source}: {failure.reason}", err=True)
    for source in report.title_only:
        click.echo(f"warning: {source}: no article text left after cleaning; only its title is read", err=True)
    if not quiet:
        click.echo(
            f"{db}: {len(report.added)} added, {len(report.duplicates)} copies of stored articles, "
            f"{len(report.skipped)} already stored, {len(report.failures)} failed",
            err=True,
        )
    if report.failures:
        ctx.exit(1)


def _build_with_progress(paths, db, settings):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        read = bar.add_task("reading", total=None)
        stored = bar.add_task("annotating and storing", total=None)

        def progress(event: str, source: str) -> None:
            bar.advance(read if event == "read" else stored)

        return build_dossier(paths, db, settings=settings, progress=progress)


@cli.command()
@db_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write the JSON here instead of stdout.")
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation (0 for one line).")
@click.option("--no-validate", is_flag=True, help="Skip checking the export against the JSON Schema.")
def export(db: str, output: str, indent: int, no_validate: bool) -> None:
    """Write the dossier as JSON (schema newsdossier/1, see docs/SCHEMA.md)."""
    try:
        data = export_dossier(db)
        if not no_validate:
            validate(data)
    except NewsdossierError as error:
        raise click.ClickException(str(error)) from None
    text = json.dumps(data, ensure_ascii=False, indent=indent or None)
    with click.open_file(output, "w", encoding="utf-8", atomic=output != "-") as handle:
        handle.write(text + "\n")


@cli.command()
@db_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="The file to write.  [default: report.html, or report.md with --format md]")
@click.option("--format", "format_", type=click.Choice(["html", "md"]), default=None,
              help="html: one self-contained page (opens offline in any browser); md: Markdown for notes.  "
                   "[default: md for an output ending in .md, else html]")
@click.pass_context
def report(ctx: click.Context, db: str, output: str | None, format_: str | None) -> None:
    """Write a report of the dossier: key figures, findings, timeline, people, quotes, terms, sources."""
    if format_ is None:
        format_ = "md" if output and output.lower().endswith((".md", ".markdown")) else "html"
    output = output or f"report.{format_}"
    try:
        path = write_report(db, output, format=format_)
    except NewsdossierError as error:
        raise click.ClickException(str(error)) from None
    if not ctx.obj["quiet"]:
        click.echo(f"report written to {path}", err=True)


@cli.command()
@db_option()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str, as_json: bool) -> None:
    """Print how many rows each table of the dossier holds."""
    try:
        conn = connect(db, create=False)
        table_counts = counts(conn)
        conn.close()
    except NewsdossierError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps(table_counts, indent=2))
        return
    width = max(map(len, table_counts))
    for table, count in table_counts.items():
        click.echo(f"{table:<{width}}  {count:>8,}")

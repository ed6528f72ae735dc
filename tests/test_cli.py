from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsdossier.cli import cli
from newsdossier.export import validate

from .test_pipeline import ARTICLE_A, ARTICLE_B

ROOT = Path(__file__).resolve().parent.parent


def run(*args, input=None):
    return CliRunner().invoke(cli, list(map(str, args)), input=input, catch_exceptions=False)


def test_build_export_report_stats(tmp_path, write):
    folder = tmp_path / "in"
    write("in/a.txt", ARTICLE_A)
    write("in/b.txt", ARTICLE_B)
    dossier = tmp_path / "d.db"
    built = run("build", folder, "--db", dossier)
    assert built.exit_code == 0, built.output
    assert "2 added" in built.stderr
    exported = run("export", "--db", dossier)
    data = json.loads(exported.stdout)
    validate(data)
    assert len(data["documents"]) == 2
    out = tmp_path / "x.json"
    assert run("export", "--db", dossier, "-o", out).exit_code == 0
    assert json.loads(out.read_text())["schema"] == "newsdossier/1"
    assert run("report", "--db", dossier, "-o", tmp_path / "r.html").exit_code == 0
    assert "<!DOCTYPE html>" in (tmp_path / "r.html").read_text()
    assert run("report", "--db", dossier, "-o", tmp_path / "notes.md").exit_code == 0  # format from the suffix
    assert (tmp_path / "notes.md").read_text().startswith("# News dossier")
    assert run("report", "--db", dossier, "--format", "md", "-o", tmp_path / "notes.txt").exit_code == 0
    assert "## Key figures" in (tmp_path / "notes.txt").read_text()
    stats = run("stats", "--db", dossier, "--json")
    assert json.loads(stats.stdout)["documents"] == 2


def test_bad_files_get_one_line_each_and_exit_1_while_good_ones_are_stored(tmp_path, write):
    good = write("good.txt", ARTICLE_B)
    empty = write("empty.txt", "")
    binary = write("photo.html", b"\xff\xd8\xff\xe0JFIF")
    result = run("build", good, empty, binary, tmp_path / "missing.md", "--db", tmp_path / "d.db")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {empty}: empty file (nothing but whitespace)",
        f"error: {binary}: binary file (a JPEG image), not text",
        f"error: {tmp_path / 'missing.md'}: no such file or folder",
    ]
    assert "1 added" in result.stderr
    assert json.loads(run("stats", "--db", tmp_path / "d.db", "--json").stdout)["documents"] == 1


def test_stdin_and_quiet(tmp_path):
    result = run("--quiet", "build", "-", "--db", tmp_path / "d.db", input=ARTICLE_A)
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(run("stats", "--db", tmp_path / "d.db", "--json").stdout)["documents"] == 1


def test_missing_or_foreign_dossier_is_a_clear_error(tmp_path):
    result = run("export", "--db", tmp_path / "nope.db")
    assert result.exit_code == 1 and "no such dossier" in result.stderr
    (tmp_path / "junk.db").write_text("not sqlite " * 50)
    result = run("stats", "--db", tmp_path / "junk.db")
    assert result.exit_code == 1 and "not a usable SQLite dossier" in result.stderr


def test_every_command_is_documented_and_the_reference_is_current():
    import runpy

    readme = (ROOT / "README.md").read_text()
    reference = (ROOT / "docs" / "CLI.md").read_text()
    generated = runpy.run_path(str(ROOT / "scripts" / "cli_reference.py"))["reference"]()
    assert reference == generated, "docs/CLI.md is stale: run python scripts/cli_reference.py"
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        assert f"newsdossier {name}" in reference, f"docs/CLI.md lacks {name}"
    assert "make demo" in readme and "make test" in readme


def test_a_page_kept_for_its_headline_alone_is_named_on_stderr(tmp_path, write):
    playlist = "1:29 Police respond to shooting on 17th Avenue\n\n1:15 Prosecutor says killer's story 'didn't add up'"
    stub = write("stub.json", json.dumps({"title": "4 injured by gunfire in Sacramento", "text": playlist}))
    built = run("build", stub, "--db", tmp_path / "d.db")
    assert built.exit_code == 0, built.output
    assert f"warning: {stub}: no article text left after cleaning; only its title is read" in built.stderr
    assert "1 added" in built.stderr

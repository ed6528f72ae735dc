"""Write docs/CLI.md from the commands' own --help text (run: python scripts/cli_reference.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from newsdossier.cli import cli

TARGET = Path(__file__).resolve().parent.parent / "docs" / "CLI.md"


def reference() -> str:
    runner = CliRunner()
    parts = [
        "# CLI reference\n",
        "Generated from `--help` by `python scripts/cli_reference.py`; a test checks it is current.\n",
    ]
    for args in ([], *([name] for name in cli.commands)):
        title = " ".join(["newsdossier", *args])
        text = runner.invoke(cli, [*args, "--help"], prog_name="newsdossier", terminal_width=100).output
        parts.append(f"## `{title}`\n\n```\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    TARGET.write_text(reference(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")

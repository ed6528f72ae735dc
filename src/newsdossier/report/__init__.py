"""Report: the dossier as one self-contained HTML file, or as Markdown for notes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..export import export
from .html import render_html
from .markdown import render_markdown

FORMATS = {"html": render_html, "md": render_markdown}

__all__ = ["FORMATS", "render_html", "render_markdown", "write_report"]


def write_report(database: str | os.PathLike[str] | sqlite3.Connection, output: str | os.PathLike[str],
                 format: str = "html") -> Path:
    """Render the dossier as ``format`` ("html" or "md") and write it to ``output``; returns the path written."""
    if format not in FORMATS:
        raise ValueError(f"unknown report format {format!r}; choose one of {', '.join(FORMATS)}")
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = FORMATS[format](export(database))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # never leave half a report behind
    return path

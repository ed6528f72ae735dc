from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsdossier.store import connect

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "veloria-unrest"
CORPORA = ROOT.parent / "shared" / "corpora"


def load_evaluation(name: str) -> ModuleType:
    """Import a scorer from evaluation/ (a folder of scripts, not a package) by its file name."""
    spec = importlib.util.spec_from_file_location(f"evaluation_{name}", ROOT / "evaluation" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def extracted_claims(text: str, nlp, published: str | None = "2026-05-20") -> list:
    """The numeric claims the claims extractor reads in one invented text (an article of that text alone), each checked
    to span its own words."""
    from newsdossier.annotate import annotate
    from newsdossier.clean import content_hash
    from newsdossier.config import DEFAULT_SETTINGS
    from newsdossier.extract.claims import extract_claims
    from newsdossier.records import Article

    article = Article(id="doc-1", content_hash=content_hash(text), source="t", text=text, published=published)
    ((_, parts),) = annotate([article], nlp)
    found = list(extract_claims(article, parts, DEFAULT_SETTINGS))
    for claim in found:
        assert text[claim.start:claim.end] == claim.text
    return found


@pytest.fixture(scope="session")
def nlp():
    from newsdossier.annotate import load_nlp

    return load_nlp()


@pytest.fixture
def conn() -> sqlite3.Connection:
    """An in-memory dossier at the latest schema."""
    connection = connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture
def write(tmp_path: Path):
    """write("name.txt", text_or_bytes) -> path of a new input file."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write

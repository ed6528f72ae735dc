"""newsdossier: turn a pile of news articles about one event into a cross-checked, source-traced dossier.

Public API::

    import newsdossier
    report = newsdossier.build(["articles/"], db="event.db")
    data = newsdossier.export("event.db")          # the newsdossier/1 JSON contract, as a dict
    newsdossier.write_report("event.db", "report.html")
"""

from __future__ import annotations

import logging

from .config import Settings
from .errors import NewsdossierError
from .export import SCHEMA, export, validate
from .pipeline import build
from .records import BuildReport
from .report import write_report

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "BuildReport",
    "NewsdossierError",
    "Settings",
    "build",
    "export",
    "validate",
    "write_report",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

"""Store: the SQLite dossier. ``db.py`` is the only module that writes SQL."""

from .db import connect, counts, transaction

__all__ = ["connect", "counts", "transaction"]

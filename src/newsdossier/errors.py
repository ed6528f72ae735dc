"""Exceptions raised by newsdossier.

The tree::

    NewsdossierError
    ├── InputError            one input (file, record, stdin) cannot be used
    │   ├── EmptyInputError       nothing but whitespace, or no text after cleaning
    │   ├── BinaryInputError      not text (NUL bytes, a known binary signature)
    │   ├── InputTooLargeError    over Settings.max_bytes
    │   ├── EncodingError         bytes that no encoding check could read
    │   └── MalformedInputError   JSON that does not parse, a record with no text, HTML with no main text
    ├── StoreError            the SQLite dossier cannot be opened, migrated or written
    └── SchemaError           an export that does not match the JSON contract

The library raises; only ``cli.py`` turns these into messages and exit codes.
Every message names the input and says what went wrong.
"""

from __future__ import annotations


class NewsdossierError(Exception):
    """Base class of every error newsdossier raises on purpose."""


class InputError(NewsdossierError):
    """One input cannot be used. ``source`` names it; ``reason`` says why in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class InputTooLargeError(InputError):
    pass


class EncodingError(InputError):
    pass


class MalformedInputError(InputError):
    pass


class StoreError(NewsdossierError):
    pass


class SchemaError(NewsdossierError):
    pass

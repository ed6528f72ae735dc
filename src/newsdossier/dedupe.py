"""Near-duplicate articles: syndicated copies with light edits, re-posts, updated versions.

Exact copies (same cleaned text) are folded by content hash before this
stage. Here each article's text gets a MinHash signature (datasketch, 128
permutations over word 5-shingles), and an LSH index finds stored articles
whose estimated Jaccard similarity reaches the threshold (0.8 by default: a
changed figure or an added paragraph stays above it, a different article on
the same event stays far below). A near-duplicate is stored as its own
document — its edits may carry a revised figure — but linked to the first
version (``duplicate_of``), and later stages count the pair as one voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
#: datasketch's hashing scheme, pinned: stored signatures are only comparable under the same scheme.
SCHEME = "affine32"
SHINGLE = 5
THRESHOLD = 0.8
WORD = re.compile(r"\w+")


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes (what the dossier stores)."""
    words = WORD.findall(text.lower())
    size = SHINGLE if len(words) >= SHINGLE * 4 else 2
    shingles = {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64).tobytes()


def _minhash(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint64).copy(), scheme=SCHEME)


@dataclass(frozen=True, slots=True)
class Match:
    document: str
    similarity: float


class NearDuplicateIndex:
    """The signatures of the stored documents, queried for each new one. Links always point at the first version."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}
        self._root: dict[str, str] = {}

    def add(self, document: str, blob: bytes, duplicate_of: str | None = None) -> None:
        if document in self._hashes:
            return
        minhash = _minhash(blob)
        self._hashes[document] = minhash
        self._root[document] = self._root.get(duplicate_of, duplicate_of) if duplicate_of else document
        self._lsh.insert(document, minhash)

    def query(self, blob: bytes) -> Match | None:
        """The stored document this text nearly duplicates (its first version), or None."""
        minhash = _minhash(blob)
        best: Match | None = None
        for candidate in self._lsh.query(minhash):
            similarity = minhash.jaccard(self._hashes[candidate])
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = Match(document=self._root[candidate], similarity=round(similarity, 3))
        return best

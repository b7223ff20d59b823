"""Argon2id parameters: what Hjulet writes, what tests use, and the caps on what it reads.

Plain data, apart from the key-slot code and its cryptography library, so the
app's first screen can name the parameters without loading either.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters: memory in KiB, passes, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True)
class KdfCaps:
    """Bounds that Argon2id parameters read from a file must respect."""

    max_memory_kib: int
    max_iterations: int
    max_lanes: int

    def allows(self, params: KdfParams) -> bool:
        """True if ``params`` are well-typed and within these bounds."""
        m, t, p = params.memory_kib, params.iterations, params.lanes
        if not all(type(v) is int for v in (m, t, p)):
            return False
        return (
            1 <= p <= self.max_lanes
            and 1 <= t <= self.max_iterations
            and 8 * p <= m <= self.max_memory_kib
        )


PRODUCT_KDF = KdfParams(memory_kib=262144, iterations=3, lanes=4)
FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)  # tests only
# Nothing above what this version writes (PRODUCT_KDF): a file asking for more was
# not written by Hjulet and is refused before any derivation (UnsupportedKdf).
KDF_CAPS = KdfCaps(
    max_memory_kib=PRODUCT_KDF.memory_kib,
    max_iterations=PRODUCT_KDF.iterations,
    max_lanes=PRODUCT_KDF.lanes,
)

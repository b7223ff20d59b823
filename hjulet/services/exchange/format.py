"""The export format's name and version, and the caps that bound what a file may cost."""

from __future__ import annotations

from hjulet.core.bounds import Limits

EXPORT_FORMAT = "hjulet-export"
# 2: children carry address_form; 3: conversations carry guardian_views; 4: entries carry
# child_decided; 5: consents carry sole_custody; 6: a consent may be an other
# caregiver's (given_by "other_caregiver"); older files import unchanged
EXPORT_VERSION = 6

# Caps: a hostile file costs bounded time and memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_CHILDREN = 10_000
MAX_CONVERSATIONS = 1_000  # per child
MAX_CONSENTS = 200  # per child
MAX_RECIPIENTS = 50
MAX_ACTIONS = 200
MAX_DEFINITIONS = 1_000
MAX_LANGUAGES = 8
MAX_PROBLEMS = 500
MAX_DEFINITION_BYTES = 1_000_000
# Checked on the raw bytes before JSON parsing, so a file inside the size cap cannot
# make the parser recurse or build hundreds of millions of objects. A real export
# nests under ten levels and spends about 16 bytes per item (10 when written without
# indentation); the bounds allow half of that density, and at most 8 million items,
# which keeps an import under 1 GiB at the 256 MiB cap whatever the file's shape
# (measured in tests/test_proof_bounded.py).
MAX_DEPTH = 48
MAX_ITEMS = 8_000_000
MIN_BYTES_PER_ITEM = 8


def json_limits(size: int) -> Limits:
    items = min(MAX_ITEMS, max(250_000, size // MIN_BYTES_PER_ITEM))
    return Limits(max_depth=MAX_DEPTH, max_containers=items // 4, max_tokens=items)

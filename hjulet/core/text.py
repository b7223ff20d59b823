"""Cleaning text that people type: names, codes and free comments.

Unicode NFC; no control characters (newlines and tabs only in multi-line
text); no bidirectional override/embedding/isolate controls, which could make a
name display as something else; length limits with a clear error.
"""

from __future__ import annotations

import unicodedata

from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.problems import P

# Explicit directional formatting characters (UAX #9): embeddings, overrides, isolates.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Invisible characters that hide or disguise text. Kept on purpose: ZWJ U+200D (emoji
# need it) and ZWNJ U+200C, which Persian and Dari spelling requires ("می‌خواهم": the
# letters on each side must not join; without it a word prints misspelt).
INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad")


def first_strong_is_rtl(text: str) -> bool | None:
    """Direction of the first strong character (UAX #9 P2): True for R/AL, None if none.

    Characters between an isolate initiator (LRI, RLI, FSI) and its matching PDI are
    skipped, as the rule says: an isolated name does not decide its sentence."""
    depth = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth:
            continue
        elif kind in ("R", "AL"):
            return True
        elif kind == "L":
            return False
    return None


def _keep(ch: str, multiline: bool) -> bool:
    if ch in BIDI_CONTROLS or ch in INVISIBLE:
        return False
    if multiline and ch in "\n\t":
        return True
    category = unicodedata.category(ch)
    return category not in ("Cc", "Cs", "Co", "Cn") or ch in "\u200c\u200d"


def clean(text: str, *, multiline: bool = False) -> str:
    """NFC text without control, bidi-override or invisible characters."""
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Every character ``isprintable`` accepts is kept (the bidi controls and the
    # invisible ones are format characters, which it refuses), so printable text
    # needs no look at each character: the common case, checked in C.
    if (text.replace("\n", "").replace("\t", "") if multiline else text).isprintable():
        out = text
    else:
        out = "".join(ch for ch in text if _keep(ch, multiline))
    return out.strip() if not multiline else out.strip("\n\t ")


def checked(text: str, field: str, max_len: int, *, multiline: bool = False) -> str:
    """``clean`` plus a length limit; raises InvalidInput naming the field."""
    if not isinstance(text, str):
        raise InvalidInput(Problem(field, P.TEXT))
    value = clean(text, multiline=multiline)
    if len(value) > max_len:
        raise InvalidInput(Problem(field, P.TOO_LONG, n=max_len))
    return value


def looks_like_personnummer(text: str) -> bool:
    """True if the text holds something shaped like a Swedish personal identity number."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) not in (10, 12):
        return False
    stripped = text.replace("-", "").replace("+", "").replace(" ", "")
    return any(
        stripped[i : i + len(digits)] == digits for i in range(len(stripped) - len(digits) + 1)
    )

"""Keep PySide6 from holding the source text of every module imported after it.

PySide6 supports opt-in per-module switches (``from __feature__ import
snake_case``). To know which modules might use them, it hooks every import made
after PySide6 is loaded and reads the new module's whole source through
``inspect.getsource``, which keeps every line in ``linecache`` for the life of
the process. For Hjulet that is the source of SQLAlchemy, the vault and every
window module: about 20 MiB of resident memory after unlocking (measured on
2,000 children: 143 MiB with the scan, 122 MiB without), and a file read per
module on the way to the first screen. A frozen build carries no sources, so
only a Python install pays it.

Hjulet selects no ``__feature__``, so every module's answer is the same: no
feature (PySide's value 0). :func:`skip_feature_scan` records that answer for
each module as it is imported, without reading its source. It replaces one
function of PySide's support package; when that package looks different (another
PySide version) it changes nothing and says so.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

FEATURE_MODULE = "shibokensupport.feature"
NO_FEATURE = 0  # PySide's "no feature selected" for a module


def skip_feature_scan() -> bool:
    """Record "no feature" for each newly imported module instead of reading its source.

    Call after PySide6 is imported. Returns False (and changes nothing) if this
    PySide6 has no such scan to replace.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    table: Any = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(table, dict) or not hasattr(feature, "feature_imported"):
        log.info("PySide6's import scan not found: left as it is")
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name not in table:
            table[name] = NO_FEATURE

    feature.feature_imported = feature_imported  # type: ignore[attr-defined]
    return True

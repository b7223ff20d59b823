"""Export and import children as documented, versioned JSON (docs/export-format.md).

Export writes everything about the chosen children (child, conversations with the
frozen definition and scale copies they used, entries, consents, SIP plan; never
the audit log) to a JSON file, or encrypted into the backup container.

Import reads the whole file first and validates everything (size caps, types,
lengths, dates, enum values, references, definitions through core's own
validators) and lists every problem with where and what, e.g.
``children[2].conversations[0].entries[3].answer: level 7 is outside 1..4``; on
any problem nothing is written. Child codes that are already in the vault are
problems too: never merged silently. Otherwise the import is one transaction.

The package holds one job per module: ``format`` (name, version, caps), ``export``,
``read`` (bytes to parsed data), ``validate`` and ``importing``.
"""

from __future__ import annotations

from hjulet.services.exchange.export import (
    ExportInfo,
    build_export,
    export_children,
    export_then_delete,
)
from hjulet.services.exchange.format import EXPORT_FORMAT, EXPORT_VERSION, MAX_FILE_BYTES
from hjulet.services.exchange.importing import ImportResult, import_children, import_valid
from hjulet.services.exchange.read import is_encrypted, parse_export_bytes, read_export
from hjulet.services.exchange.validate import ValidExport, validate_export

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_FILE_BYTES",
    "ExportInfo",
    "ImportResult",
    "ValidExport",
    "build_export",
    "export_children",
    "export_then_delete",
    "import_children",
    "import_valid",
    "is_encrypted",
    "parse_export_bytes",
    "read_export",
    "validate_export",
]

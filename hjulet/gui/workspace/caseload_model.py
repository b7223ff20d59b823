"""The caseload as a Qt table model over ChildSummary rows, with a filter proxy."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from hjulet.core.model import AgeTier, ChildSummary
from hjulet.core.sharing import ConsentStatus
from hjulet.gui.language_names import language_in_ui
from hjulet.gui.table_model import (
    DISPLAY,
    SORT,
    RowsFilter,
    SortedRowsModel,
    search_text,
)

COLUMNS = (
    "code",
    "name",
    "language",
    "age_tier",
    "conversations",
    "last",
    "follow_up",
    "consent",
    "retention",
)
# consent, least covered first when sorted ascending
CONSENT_ORDER = {
    ConsentStatus.NONE: 0,
    ConsentStatus.ONE_GUARDIAN: 1,
    ConsentStatus.ENDING_SOON: 2,
    ConsentStatus.VALID: 3,
}
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Roles as plain ints: data() is asked thousands of times per repaint, and an enum
# attribute look-up per call is a good part of its cost.
_CHILD_ID = int(CHILD_ID_ROLE)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RETENTION = COLUMNS.index("retention")
_CONVERSATIONS = COLUMNS.index("conversations")


def tier_text(tier: AgeTier) -> str:
    return {
        AgeTier.YOUNG: QCoreApplication.translate("Caseload", "Young (faces)"),
        AgeTier.MIDDLE: QCoreApplication.translate("Caseload", "Middle (words)"),
        AgeTier.TEEN: QCoreApplication.translate("Caseload", "Teen (words + numbers)"),
    }[tier]


def consent_text(status: ConsentStatus) -> str:
    return {
        ConsentStatus.VALID: QCoreApplication.translate("Caseload", "Valid"),
        ConsentStatus.ENDING_SOON: QCoreApplication.translate("Caseload", "Ending soon"),
        ConsentStatus.ONE_GUARDIAN: QCoreApplication.translate("Caseload", "One guardian only"),
        ConsentStatus.NONE: QCoreApplication.translate("Caseload", "None"),
    }[status]


def _date(d: date | None) -> str:
    return d.isoformat() if d else "–"


class CaseloadModel(SortedRowsModel[ChildSummary]):
    """One row per child. Holds the rows only while the vault is open (``clear`` on lock).

    Sorts itself (``SortedRowsModel``); its filter is ``CaseloadFilter``.
    """

    COLUMNS = COLUMNS
    # every role value() answers; the view asks about a dozen per cell and most get None
    ANSWERED = frozenset({DISPLAY, SORT, _CHILD_ID, _FONT, _DECORATION, _TOOLTIP, _ALIGNMENT})
    COLLATED = (1, 2)  # the name and the language, alphabetically in the UI language

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []  # casefolded "code\nname" per row, for the filter
        self._consent: dict[int, ConsentStatus] = {}
        self._language_names: dict[str, str] = {}
        self._consent_texts: dict[ConsentStatus, str] = {}
        self.today = date.today()
        self._tiers = list(AgeTier)

    def set_rows(
        self, rows: list[ChildSummary], consent: dict[int, ConsentStatus] | None = None
    ) -> None:
        """``consent``: each child's consent status (missing: none)."""
        self._consent = dict(consent or {})
        self._consent_texts = {status: consent_text(status) for status in ConsentStatus}
        self.today = date.today()
        super().set_rows(rows)

    def sort_keys(self, r: ChildSummary) -> tuple[Any, ...]:
        return (
            r.child.code,
            r.child.name,
            self._language(r),
            self._tiers.index(r.child.age_tier),
            r.conversations,
            (r.last_conversation or date.min).toordinal(),
            (r.next_follow_up or date.max).toordinal(),
            CONSENT_ORDER[self.consent(r)],
            (r.child.retention_until or date.max).toordinal(),
        )

    def rows_set(self) -> None:
        # the filter matches code, name, language and consent status as shown
        self._keys = [
            f"{r.child.code}\n{r.child.name}\n{self._language(r)}\n"
            f"{self._consent_texts[self.consent(r)]}".casefold()
            for r in self._rows
        ]

    def permute(self, order: list[int]) -> None:
        super().permute(order)
        self._keys = [self._keys[i] for i in order]

    def cell_texts(self, rows: list[ChildSummary]) -> list[tuple[str, ...]]:
        """Every row's cell texts, in COLUMNS order (a new column: a new entry in
        COLUMNS and in the tuple below). Translations are looked up once per set,
        not per row: 20,000 children are 20,000 tuples of plain strings."""
        tiers = {tier: tier_text(tier) for tier in AgeTier}
        archived = QCoreApplication.translate("Caseload", "%1 (archived)")
        past = QCoreApplication.translate("Caseload", "%1 – past")
        today = self.today
        texts: list[tuple[str, ...]] = []
        for r in rows:
            c = r.child
            keep = _date(c.retention_until)
            if c.retention_until is not None and c.retention_until < today:
                keep = past.replace("%1", keep)
            texts.append(
                (
                    c.code,
                    archived.replace("%1", c.name) if c.archived else c.name,
                    self._language(r),
                    tiers[c.age_tier],
                    str(r.conversations),
                    _date(r.last_conversation),
                    _date(r.next_follow_up),
                    self._consent_texts[self.consent(r)],
                    keep,
                )
            )
        return texts

    def retranslate(self) -> None:
        """Column titles and cell texts again, in the language now installed."""
        self._language_names.clear()
        self._consent_texts = {status: consent_text(status) for status in ConsentStatus}
        self.refresh_texts()

    def consent(self, r: ChildSummary) -> ConsentStatus:
        return self._consent.get(r.child.id or -1, ConsentStatus.NONE)

    def _language(self, r: ChildSummary) -> str:
        code = r.child.languages[0] if r.child.languages else "sv"
        name = self._language_names.get(code)
        if name is None:
            name = self._language_names[code] = language_in_ui(code)
        return name

    def is_archived(self, row: int) -> bool:
        return self._rows[row].child.archived

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def search_keys(self) -> list[str]:
        """Every row's search key, in row order (for a filter's one pass)."""
        return self._keys

    def archived_rows(self) -> list[bool]:
        return [r.child.archived for r in self._rows]

    def row_for_child(self, child_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.child.id == child_id:
                return n
        return -1

    def is_overdue(self, row: int) -> bool:
        keep = self._rows[row].child.retention_until
        return keep is not None and keep < self.today

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Caseload", "Code"),
            QCoreApplication.translate("Caseload", "Name or initials"),
            QCoreApplication.translate("Caseload", "Child's language"),
            QCoreApplication.translate("Caseload", "Age group"),
            QCoreApplication.translate("Caseload", "Conversations"),
            QCoreApplication.translate("Caseload", "Last conversation"),
            QCoreApplication.translate("Caseload", "Next follow-up"),
            QCoreApplication.translate("Caseload", "Consent"),
            QCoreApplication.translate("Caseload", "Keep until"),
        )

    def value(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` answers for the cell at ``row``, ``column`` (any role)."""
        if not 0 <= row < len(self._cells):
            return None
        if role == DISPLAY:  # the hot path: precomputed text
            return self._cells[row][column]
        if role == SORT:  # sorting 2,000 rows asks this ~40,000 times
            return self._sort[row][column]
        if role == _CHILD_ID:
            return self._rows[row].child.id
        if role == _FONT:
            if not self._rows[row].child.archived:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == _DECORATION and column == _RETENTION:
            if self.is_overdue(row) and QApplication.instance() is not None:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            return None
        if role == _TOOLTIP and column == _RETENTION:
            if self.is_overdue(row):
                return QCoreApplication.translate(
                    "Caseload",
                    "The keep-until date has passed: export what must be kept, then delete.",
                )
            return None
        if role == _ALIGNMENT and column == _CONVERSATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CaseloadFilter(RowsFilter):
    """Filter-as-you-type over code, name, language and consent (case-insensitive);
    hides archived children unless asked. Sorting is forwarded to the source model
    and cells are answered from the accepted rows (see ``RowsFilter``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show_archived = True

    def set_show_archived(self, on: bool) -> None:
        if on == self._show_archived:
            return
        with self.refilter():
            self._show_archived = on

    def set_needle(self, text: str) -> None:
        needle = search_text(text).replace("\n", " ")
        if needle == self._needle:
            return
        with self.refilter():
            self._needle = needle

    @property
    def needle(self) -> str:
        return self._needle

    def accept_rows(self, model: CaseloadModel) -> list[bool]:
        """One pass over the precomputed search keys for the current needle."""
        needle, keys = self._needle, model.search_keys()
        accepted = [needle in k for k in keys] if needle else [True] * len(keys)
        if not self._show_archived:
            archived = model.archived_rows()
            accepted = [a and not arch for a, arch in zip(accepted, archived, strict=True)]
        return accepted

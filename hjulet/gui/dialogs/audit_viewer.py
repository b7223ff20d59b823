"""The vault's audit log: who did what to which child code, and whether the chain holds."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import AuditAction, AuditEvent, ConsentGiver, Viewpoint, scale_change_ids
from hjulet.gui.language_names import ui_language
from hjulet.gui.table_model import RowsFilter, SortedRowsModel, search_text


def action_text(action: AuditAction) -> str:
    return {
        AuditAction.CREATED: QCoreApplication.translate("Audit", "Vault created"),
        AuditAction.OPENED: QCoreApplication.translate("Audit", "Vault opened"),
        AuditAction.CHANGED_PASSPHRASE: QCoreApplication.translate("Audit", "Passphrase changed"),
        AuditAction.RECOVERED: QCoreApplication.translate(
            "Audit", "Recovered with the recovery key"
        ),
        AuditAction.CHILD_ADDED: QCoreApplication.translate("Audit", "Child added"),
        AuditAction.CHILD_CHANGED: QCoreApplication.translate("Audit", "Child changed"),
        AuditAction.CHILD_ARCHIVED: QCoreApplication.translate(
            "Audit", "Child archived or restored"
        ),
        AuditAction.CHILD_DELETED: QCoreApplication.translate("Audit", "Child deleted"),
        AuditAction.CONVERSATION_STARTED: QCoreApplication.translate(
            "Audit", "Conversation started"
        ),
        AuditAction.CONVERSATION_DELETED: QCoreApplication.translate(
            "Audit", "Conversation deleted"
        ),
        AuditAction.SCALE_CHANGED: QCoreApplication.translate(
            "Audit", "Conversation moved to another scale"
        ),
        AuditAction.CONSENT_RECORDED: QCoreApplication.translate("Audit", "Consent recorded"),
        AuditAction.CONSENT_WITHDRAWN: QCoreApplication.translate("Audit", "Consent withdrawn"),
        AuditAction.CONCERN_SHOWN: QCoreApplication.translate("Audit", "Routine for concern shown"),
        AuditAction.PRINTED: QCoreApplication.translate("Audit", "Printed"),
        AuditAction.EXPORTED: QCoreApplication.translate("Audit", "Exported"),
        AuditAction.IMPORTED: QCoreApplication.translate("Audit", "Imported"),
        AuditAction.BACKED_UP: QCoreApplication.translate("Audit", "Backed up"),
        AuditAction.RESTORED: QCoreApplication.translate("Audit", "Restored from backup"),
    }.get(action, action.value)


def detail_text(detail: str, action: AuditAction | None = None) -> str:
    """Known non-personal details in words; anything else as stored."""
    scales = scale_change_ids(detail) if action is AuditAction.SCALE_CHANGED else None
    if scales is not None:
        old, new = scales
        return f"{scale_name(old)} → {scale_name(new)}"  # from → to, by the scales' names
    words = {
        ConsentGiver.CHILD.value: QCoreApplication.translate("Audit", "the child"),
        ConsentGiver.GUARDIAN_1.value: QCoreApplication.translate("Audit", "guardian 1"),
        ConsentGiver.GUARDIAN_2.value: QCoreApplication.translate("Audit", "guardian 2"),
        ConsentGiver.OTHER_CAREGIVER.value: QCoreApplication.translate(
            "Audit", "the other caregiver"
        ),
        "archived": QCoreApplication.translate("Audit", "archived"),
        "restored": QCoreApplication.translate("Audit", "restored"),
        # what was printed, and how things left or came in (stored in English, shown translated)
        "summary": QCoreApplication.translate("Audit", "SIP summary"),
        "child-copy": QCoreApplication.translate("Audit", "the child's copy"),
        "blank": QCoreApplication.translate("Audit", "blank wheel"),
        "routine shown": QCoreApplication.translate("Audit", "routine shown"),
        "new recovery key": QCoreApplication.translate("Audit", "new recovery key"),
        "json-encrypted": QCoreApplication.translate("Audit", "JSON, encrypted"),
        # the family's own view: a guardian's view started, a guardian's copy printed
        Viewpoint.GUARDIAN.value: QCoreApplication.translate("Audit", "a guardian's view"),
        "guardian-copy": QCoreApplication.translate("Audit", "a guardian's copy"),
    }
    return words.get(detail, detail)


@lru_cache(maxsize=2)
def _scale_names(lang: str) -> dict[str, str]:
    return {scale_id: scale.name_in(lang) for scale_id, scale in load_catalog().scales.items()}


def scale_name(scale_id: str) -> str:
    """A scale by its name in the UI language; one Hjulet does not ship, by its id."""
    return _scale_names(ui_language()).get(scale_id, scale_id)


COLUMNS = ("at", "actor", "action", "code", "detail")


class AuditModel(SortedRowsModel[AuditEvent]):
    """One row per audit entry; sorts itself (``SortedRowsModel``), newest first by default.

    A vault's log grows by a line per opening, print and export for years, so the
    cells are made once per load and the filter (``AuditFilter``) answers them
    from its accepted rows, as the caseload does.
    """

    COLUMNS = COLUMNS
    COLLATED = (1, 2, 4)  # who, what and the detail, alphabetically in the UI language

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Audit", "When"),
            QCoreApplication.translate("Audit", "Who"),
            QCoreApplication.translate("Audit", "What"),
            QCoreApplication.translate("Audit", "Child code"),
            QCoreApplication.translate("Audit", "Detail"),
        )

    def event_at(self, row: int) -> AuditEvent:
        return self._rows[row]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions: dict[AuditAction, str] = {}
        self._details: dict[tuple[str, AuditAction], str] = {}  # (stored, action) -> shown

    def set_rows(self, rows: list[AuditEvent]) -> None:
        self._actions = {a: action_text(a) for a in AuditAction}
        self._details = {}
        super().set_rows(rows)

    def _detail(self, e: AuditEvent) -> str:
        """The detail as shown (a log holds few distinct ones: each is worded once)."""
        key = (e.detail, e.action)
        text = self._details.get(key)
        if text is None:
            text = self._details[key] = detail_text(e.detail, e.action)
        return text

    def sort_keys(self, e: AuditEvent) -> tuple[Any, ...]:
        # "when" sorts by the log's own order (its id), never by a clock that may jump;
        # the texts by what the column shows, not by what the log stores
        return (e.id, e.actor, self._actions[e.action], e.child_code, self._detail(e))

    def cell_texts(self, rows: list[AuditEvent]) -> list[tuple[str, ...]]:
        self._actions = {a: action_text(a) for a in AuditAction}
        self._details = {}  # the UI language may have changed (refresh_texts)
        return [
            (
                e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                e.actor,
                self._actions[e.action],
                e.child_code,
                self._detail(e),
            )
            for e in rows
        ]


class AuditFilter(RowsFilter):
    """By child code (part of it, any case) and by action; one pass per change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.action: AuditAction | None = None

    def set_code(self, text: str) -> None:
        with self.refilter():
            self.code = search_text(text)

    def set_action(self, action: AuditAction | None) -> None:
        with self.refilter():
            self.action = action

    def accept_rows(self, model: AuditModel) -> list[bool]:
        code, action = self.code, self.action
        return [
            (action is None or e.action is action) and (not code or code in e.child_code.casefold())
            for e in model.rows()
        ]


class AuditDialog(QDialog):
    """Read-only view of the audit log with filters and the chain check."""

    def __init__(self, vault: services.Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(900, 560)
        self.model = AuditModel(self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Child code"))
        self.code.setClearButtonEnabled(True)
        self.code.setAccessibleName(self.tr("Filter by child code"))
        self.code.textChanged.connect(self.proxy.set_code)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Filter by action"))
        self.action.addItem(self.tr("All actions"), None)
        for a in AuditAction:
            self.action.addItem(action_text(a), a.value)
        self.action.currentIndexChanged.connect(self._action_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Child code")))
        filters.addWidget(self.code, 1)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action, 1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chain_icon = QLabel()
        self.chain = QLabel()
        self.chain.setObjectName("auditChainState")
        self.chain.setWordWrap(True)
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain_icon)
        chain_row.addWidget(self.chain, 1)
        note = QLabel(
            self.tr(
                "The log records who opened, changed, printed, exported or deleted what. It "
                "never holds what was said. Each entry is chained to the one before, so a "
                "changed or removed entry shows."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(chain_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.load(vault)

    def load(self, vault: services.Vault) -> None:
        self.model.set_rows(services.list_audit(vault))
        broken = services.verify_audit(vault)
        self.intact = broken is None
        style = QApplication.style()
        if broken is None:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            text = self.tr("The chain checks out: no entry has been changed or removed.")
        else:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            text = self.tr(
                "The chain is broken at entry %1: the log has been changed outside Hjulet."
            ).replace("%1", str(broken))
        self.chain_icon.setPixmap(icon.pixmap(22, 22))
        self.chain.setText(text)

    def _action_changed(self, _index: int) -> None:
        value = self.action.currentData()
        self.proxy.set_action(AuditAction(value) if value else None)

    def clear(self) -> None:
        self.model.clear()

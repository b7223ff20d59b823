"""One child's page: conversations over time, comparison, timeline, SIP, consent.

Hooks for the conversation screen: ``start_conversation_requested(child_id)``
and ``open_conversation_requested(conversation_id)``; the main window connects
them. The page never shows totals, targets or other children.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.model import Child, Conversation
from hjulet.gui.language_names import language_name
from hjulet.gui.screen_fit import PageTabs
from hjulet.gui.table_model import RowsModel
from hjulet.gui.workspace.caseload_model import tier_text
from hjulet.gui.workspace.compare_view import CONVERSATION_ID_ROLE, CompareView, TimelineView
from hjulet.gui.workspace.consent_register import ConsentPanel, SharingIndicator
from hjulet.gui.workspace.sip_panel import SipPanel

Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(RowsModel[Conversation]):
    """A child's conversations, newest first."""

    COLUMNS = ("date", "place", "language")

    def arrange(self, rows: list[Conversation]) -> list[Conversation]:
        return sorted(rows, key=lambda c: (c.held_on, c.id or 0), reverse=True)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ChildPage", "Date"),
            QCoreApplication.translate("ChildPage", "Place"),
            QCoreApplication.translate("ChildPage", "Language"),
        )

    def conversation_at(self, row: int) -> Conversation:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == CONVERSATION_ID_ROLE:
            return c.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.COLUMNS[index.column()]
            if column == "language":
                return language_name(c.language)
            return c.held_on.isoformat() if column == "date" else c.place
        return None


class ChildPage(QWidget):
    """Everything about one child, for the professional."""

    back_requested = Signal()
    edit_requested = Signal(int)
    start_conversation_requested = Signal(int)  # child id
    open_conversation_requested = Signal(int)  # conversation id

    def __init__(self, language: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.vault: services.Vault | None = None
        self.child: Child | None = None
        self.conversations: list[Conversation] = []

        self.back = QPushButton(self.tr("← Caseload"))
        self.back.setToolTip(self.tr("Back to the caseload (Alt+Left)"))
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit child…"))
        self.edit_button.clicked.connect(self._edit)
        self.start_button = QPushButton(self.tr("Start a conversation"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addSpacing(8)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        head.addLayout(titles, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.start_button)
        self.sharing = SharingIndicator()

        # each page scrolls on its own: a short page never scrolls for a long one's sake
        self.tabs = PageTabs()
        # conversations: the list beside the comparison
        self.list_model = ConversationListModel(self)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.doubleClicked.connect(self._open_index)
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.clicked.connect(self._open_selected)
        # as narrow as its columns: every pixel it leaves is the comparison's, whose
        # wheels need about 310 px each for their names at 150 % (a fixed 300 px
        # left them 290 and "Ansvar…")
        left = QWidget()
        self.list_holder = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Conversations, newest first")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.open_button)
        self.compare = CompareView(language)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.compare)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 900])
        self.tabs.add_page(split, self.tr("Conversations and comparison"))
        self.timeline = TimelineView(language)
        self.tabs.add_page(self.timeline, self.tr("Timeline per area"))
        self.sip = SipPanel()
        self.tabs.add_page(self.sip, self.tr("SIP preparation"))
        self.consent = ConsentPanel()
        self.consent.changed.connect(self._consent_changed)
        self.tabs.add_page(self.consent, self.tr("Consent"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.sharing)
        layout.addWidget(self.tabs, 1)

    # -- state ---------------------------------------------------------------------
    @property
    def child_id(self) -> int | None:
        return self.child.id if self.child else None

    @property
    def sharing_blocked(self) -> bool:
        """True when no valid consent covers the child's answers (one guardian's alone does not)."""
        return self.sharing.blocked

    def load(self, vault: services.Vault, child_id: int) -> None:
        self.vault = vault
        self.child = services.get_child(vault, child_id)
        self.conversations = services.list_conversations(vault, child_id)
        self._show_child()
        self.list_model.set_rows(self.conversations)
        self._fit_list()
        # the family's own views first, so the wheels and the timeline can show them
        from hjulet.services.guardians import guardian_views_for_child

        by_conv = guardian_views_for_child(vault, child_id)
        self.compare.set_guardian_views(by_conv)
        self.timeline.set_guardian_views(by_conv)
        self.compare.set_conversations(self.conversations)
        self.timeline.set_conversations(self.conversations)
        self.sip.set_child(vault, child_id)
        self.consent.set_child(vault, child_id)

    def _fit_list(self) -> None:
        """The list's least width: its columns' texts whole (a long list's scroll bar
        may take the last column's end: the comparison's names come first)."""
        header = self.list.horizontalHeader()
        header.setStretchLastSection(False)  # the last column's own width, too
        self.list.resizeColumnsToContents()
        need = header.length() + 2 * self.list.frameWidth()
        header.setStretchLastSection(True)
        self.list_holder.setMinimumWidth(max(need, self.open_button.sizeHint().width()))

    def reload(self) -> None:
        if self.vault is not None and self.child is not None and self.child.id is not None:
            self.load(self.vault, self.child.id)

    def _show_child(self) -> None:
        c = self.child
        if c is None:
            self.title.clear()
            self.details.clear()
            return
        self.title.setText(
            QCoreApplication.translate("ChildPage", "%1 – %2")
            .replace("%1", c.code)
            .replace("%2", c.name)
            if c.name
            else c.code
        )
        keep = (
            c.retention_until.isoformat()
            if c.retention_until
            else QCoreApplication.translate("ChildPage", "not set")
        )
        text = (
            self.tr("Age group: %1. Conversations: %2. Keep until: %3.")
            .replace("%1", tier_text(c.age_tier))
            .replace("%2", str(len(self.conversations)))
            .replace("%3", keep)
        )
        if c.archived:
            text = self.tr("Archived. %1").replace("%1", text)
        self.details.setText(text)

    def _consent_changed(self) -> None:
        self.sharing.set_consents(self.consent.consents())

    def flush(self) -> None:
        """Save anything still pending (SIP typing) before the vault closes."""
        self.sip.flush()

    def clear(self) -> None:
        """Empty every view and model (on lock)."""
        self.sip.flush()
        self.sip.set_child(None, None)
        self.consent.set_child(None, None)
        self.list_model.clear()
        self.compare.clear()
        self.timeline.clear()
        self.sharing.set_consents([])
        self.vault = None
        self.child = None
        self.conversations = []
        self._show_child()

    # -- actions -----------------------------------------------------------------
    def _start(self) -> None:
        if self.child is not None and self.child.id is not None:
            self.start_conversation_requested.emit(self.child.id)

    def _edit(self) -> None:
        if self.child is not None and self.child.id is not None:
            self.edit_requested.emit(self.child.id)

    def _open_index(self, index: QModelIndex) -> None:
        conv_id = index.data(CONVERSATION_ID_ROLE)
        if conv_id is not None:
            self.open_conversation_requested.emit(int(conv_id))

    def _open_selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])
        elif self.list_model.rowCount():
            self._open_index(self.list_model.index(0, 0))

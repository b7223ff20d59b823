"""The professional's main window: the open vault's caseload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import __version__, services
from hjulet.app.context import AppContext
from hjulet.app.idle import IdleWatcher
from hjulet.app.tasks import run_in_background
from hjulet.gui.caseload_model import CaseloadFilter, CaseloadModel
from hjulet.gui.errors import show_error
from hjulet.gui.unlock_dialog import UnlockDialog


class MainWindow(QMainWindow):
    """Holds the open vault (through services only) and its views."""

    vault_opened = Signal()
    vault_locked = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.vault: services.Vault | None = None
        self.vault_path: Path | None = None
        self.setWindowTitle(self.tr("Hjulet"))
        self.resize(1200, 760)
        geometry = ctx.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.locked_page = self._build_locked_page()
        self.caseload_page = self._build_caseload_page()
        self.stack.addWidget(self.locked_page)
        self.stack.addWidget(self.caseload_page)
        self._build_menus()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        self.idle = IdleWatcher(ctx.settings.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.show_locked()

    # -- building ------------------------------------------------------------
    def _build_locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.locked_label = QLabel(self.tr("No vault is open. Open a vault from the File menu."))
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_label.setWordWrap(True)
        layout.addStretch()
        layout.addWidget(self.locked_label)
        layout.addStretch()
        return page

    def _build_caseload_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by code or name…"))
        self.filter_edit.setAccessibleName(self.tr("Filter children"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_needle)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Children"))
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open vault…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_vault)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Hjulet"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- vault lifecycle ---------------------------------------------------------
    def choose_vault(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a vault folder"))
        if folder:
            self.ask_unlock(Path(folder))

    def ask_unlock(self, path: Path) -> UnlockDialog:
        dialog = UnlockDialog(path, self)
        dialog.unlocked.connect(lambda vault: self.set_vault(vault, path))
        dialog.open()
        return dialog

    def open_with_passphrase(self, path: Path, passphrase: str) -> None:
        """Unlock in the background (scripted starts and the demo)."""
        self.statusBar().showMessage(self.tr("Unlocking…"))
        run_in_background(
            lambda: services.open_vault(path, passphrase),
            lambda vault: self.set_vault(vault, path),
            self._unlock_failed,
        )

    def open_demo(self, path: Path, passphrase: str) -> None:
        """Open the demo vault of fictional children, creating it the first time."""
        self.statusBar().showMessage(self.tr("Preparing the demo vault of fictional children…"))
        catalog, kdf = self.ctx.catalog, self.ctx.kdf

        def work() -> services.Vault:
            from hjulet.services.demo import DEMO_NAME, populate_demo

            if path.exists():
                return services.open_vault(path, passphrase)
            vault, _recovery = services.create_vault(path, passphrase, name=DEMO_NAME, kdf=kdf)
            populate_demo(vault, catalog)
            return vault

        run_in_background(work, lambda vault: self.set_vault(vault, path), self._unlock_failed)

    def first_run(self) -> None:
        """No vault known yet: say how to begin."""
        self.locked_label.setText(
            self.tr("Welcome to Hjulet. Open a vault from the File menu to begin.")
        )
        self.show_locked()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        show_error(self, exc, no_windows=self.ctx.no_err_windows)

    def set_vault(self, vault: services.Vault, path: Path) -> None:
        if self.vault is not None and self.vault is not vault:
            self.vault.close()
        self.vault = vault
        self.vault_path = path
        self.ctx.settings.remember_vault(path)
        self.refresh()
        self.stack.setCurrentWidget(self.caseload_page)
        self.lock_action.setEnabled(True)
        self.idle.start()
        self.statusBar().clearMessage()
        self.filter_edit.setFocus()
        self.vault_opened.emit()

    def refresh(self) -> None:
        if self.vault is None:
            return
        rows = services.list_children(self.vault)
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("%1 — %n child(ren)", "", len(rows)).replace("%1", self.vault.name)
        )

    def lock(self) -> None:
        """Clear every view, close the database, drop the keys."""
        self.model.clear()
        self.filter_edit.clear()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.idle.stop()
        self.show_locked()
        self.vault_locked.emit()

    def show_locked(self) -> None:
        self.stack.setCurrentWidget(self.locked_page)
        self.lock_action.setEnabled(False)
        self.status.setText(self.tr("Locked"))

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from sqlalchemy import __version__ as sa_version

        QMessageBox.about(
            self,
            self.tr("About Hjulet"),
            self.tr(
                "Hjulet %1\nA conversation aid for the child's best wheel.\n\n"
                "PySide6 %2, SQLAlchemy %3.\nNo network, no cloud: everything stays in "
                "your encrypted vault."
            )
            .replace("%1", __version__)
            .replace("%2", pyside_version)
            .replace("%3", sa_version),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_geometry("main", self.saveGeometry())
        self.ctx.settings.sync()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        event.accept()

    def quit_later(self, ms: int) -> None:
        QTimer.singleShot(ms, self.close)

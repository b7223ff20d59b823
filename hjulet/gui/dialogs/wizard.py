"""First-run wizard: welcome (language first, what Hjulet is, the demo), name the
vault, choose its folder, choose a passphrase, keep the recovery key (shown,
printable, two groups typed back), who prepares the summaries and the wheel.

The vault is created (slow key derivation, off the GUI thread) when the user
leaves the passphrase page; from then on there is no going back or cancelling:
the recovery key must be kept before the wizard finishes.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hjulet import services
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.core.catalog import DEFAULT_DEFINITION, Catalog
from hjulet.gui.dialogs.recovery import RecoveryKeyView, StrengthMeter, recovery_key_font
from hjulet.gui.dialogs.settings import ProfileFields, definition_combo, language_combo
from hjulet.gui.errors import message_for
from hjulet.services.vault_folder import (
    BLOCKING_RISKS,
    FolderRisk,
    folder_risks,
    suggested_folder_name,
)


def risk_text(risk: FolderRisk) -> str:
    return {
        FolderRisk.CLOUD_SYNC: QCoreApplication.translate(
            "Wizard",
            "This folder looks like it is synced to a cloud service (OneDrive, Dropbox, Google "
            "Drive, iCloud…). The vault is encrypted, but copies would leave this computer and "
            "syncing can damage an open database. Choose a folder that is not synced.",
        ),
        FolderRisk.NETWORK: QCoreApplication.translate(
            "Wizard",
            "This folder is on a network share. Databases on shares can be damaged when the "
            "network drops, and others may be able to copy the files. Choose a folder on this "
            "computer.",
        ),
        FolderRisk.REMOVABLE: QCoreApplication.translate(
            "Wizard",
            "This folder is on a removable drive (USB stick, memory card), which is easily "
            "lost. Choose a folder on this computer and make backups instead.",
        ),
        FolderRisk.NOT_EMPTY: QCoreApplication.translate(
            "Wizard", "This folder already holds files. A new vault needs an empty or new folder."
        ),
        FolderRisk.NOT_A_FOLDER: QCoreApplication.translate(
            "Wizard", "This is a file, not a folder."
        ),
    }[risk]


def normalise_group(text: str) -> str:
    """A typed key group as the key prints it (case, spaces, O/0 and I/L/1 forgiven)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


class WelcomePage(QWizardPage):
    """What Hjulet is, in the user's language (chosen first), then: demo or own vault."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Hjulet"))
        self.language = language_combo(language)
        self.language.setAccessibleName(self.tr("Language of Hjulet"))
        what = QLabel(
            self.tr(
                "Hjulet is a conversation aid for the child's best wheel. You sit with a "
                "child, the child shows how each of the eight areas of life feels, and "
                "their own words are kept. Hjulet prints a summary that carries the "
                "child's voice to the SIP meeting."
            )
        )
        what.setWordWrap(True)
        where = QLabel(
            self.tr(
                "Everything is kept in an encrypted vault on this computer. Hjulet never "
                "uses the network."
            )
        )
        where.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Look at the demo first…"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.setToolTip(
            self.tr("A vault of fictional children, to try everything without real data")
        )
        next_step = QLabel(self.tr("To start for real, create your own vault: choose Next."))
        next_step.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language of Hjulet"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(what)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(next_step)
        layout.addStretch()


class NamePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Name your vault"))
        self.setSubTitle(
            self.tr("A vault is an encrypted folder that holds your children's conversations.")
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: School counsellor Vingåker"))
        self.name.setAccessibleName(self.tr("Name of the vault"))
        self.name.setMaxLength(200)
        self.registerField("name*", self.name)
        secrecy = QLabel(
            self.tr(
                "Keep one vault per profession. A school nurse's health notes and a school "
                "counsellor's notes are under different secrecy rules (OSL chapters 25 and 23) "
                "and must never share one vault, even at the same school. If you work in two "
                "roles, make two vaults."
            )
        )
        secrecy.setWordWrap(True)
        secrecy.setObjectName("secrecyNote")
        icon = QLabel()
        icon.setPixmap(
            QApplication.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            .pixmap(24, 24)
        )
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(secrecy, 1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch()


class FolderPage(QWizardPage):
    def __init__(self, default_parent: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_parent = default_parent
        self.setTitle(self.tr("Choose where the vault lives"))
        self.setSubTitle(
            self.tr(
                "Choose a folder on this computer that is not synced to a cloud service and "
                "not on a network share."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Folder of the vault"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.icon = QLabel()
        self.warning = QLabel()
        self.warning.setObjectName("folderWarning")
        self.warning.setWordWrap(True)
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        warn_row.addWidget(self.warning, 1)
        self.accept_risk = QCheckBox(self.tr("I understand the risk and want to use this folder"))
        self.accept_risk.hide()
        self.accept_risk.toggled.connect(self.completeChanged)
        self.path.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(warn_row)
        layout.addWidget(self.accept_risk)
        layout.addStretch()
        self.risks: list[FolderRisk] = []

    def initializePage(self) -> None:
        if not self.path.text():
            name = str(self.field("name") or "")
            self.path.setText(str(self.default_parent / suggested_folder_name(name)))
        self._check()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the vault"), str(self.default_parent)
        )
        if folder:
            name = suggested_folder_name(str(self.field("name") or ""))
            chosen = Path(folder)
            # an empty folder can hold the vault; otherwise make one inside it
            if chosen.exists() and any(chosen.iterdir()):
                chosen = chosen / name
            self.path.setText(str(chosen))

    def _check(self) -> None:
        text = self.path.text().strip()
        self.risks = folder_risks(text) if text else []
        if self.risks:
            self.warning.setText("\n\n".join(risk_text(r) for r in self.risks))
            blocking = any(r in BLOCKING_RISKS for r in self.risks)
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if blocking
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            self.icon.setPixmap(QApplication.style().standardIcon(pixmap).pixmap(24, 24))
            self.icon.show()
            self.accept_risk.setVisible(not blocking)
        else:
            self.warning.setText(
                self.tr("This folder is fine: local, empty or new.") if text else ""
            )
            self.icon.setPixmap(
                QApplication.style()
                .standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
                .pixmap(24, 24)
            )
            self.icon.setVisible(bool(text))
            self.accept_risk.hide()
            self.accept_risk.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        if not text or not Path(text).is_absolute():
            return False
        if any(r in BLOCKING_RISKS for r in self.risks):
            return False
        return not self.risks or self.accept_risk.isChecked()

    def folder(self) -> Path:
        return Path(self.path.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase unlocks the vault. Nobody can reset it for you: if it is lost, "
                "only the recovery key (next page) opens the vault."
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        self.meter = StrengthMeter()
        self.mismatch = QLabel()
        self.mismatch.setObjectName("passphraseMismatch")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)
        layout.addStretch()
        self.passphrase.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the vault"))

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _check(self) -> None:
        name = str(self.field("name") or "")
        self.meter.update_for(self.passphrase.text(), avoid=(name,) if name else ())
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            self.mismatch.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.mismatch.clear()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._check()

    def isComplete(self) -> bool:
        return self.meter.strength.acceptable and self.passphrase.text() == self.repeat.text()


class RecoveryKeyPage(QWizardPage):
    """Asks for the vault on entry (the wizard creates it off the GUI thread), then
    shows its recovery key (:meth:`show_key`) or why it failed (:meth:`show_failure`)."""

    create_requested = Signal()  # entered: create the vault now
    restart_requested = Signal()  # creating failed and the user starts again

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is ever forgotten, this key opens the vault. It is shown "
                "only now."
            )
        )
        self.busy_label = QLabel(self.tr("Creating the vault and protecting its key…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy_label.setWordWrap(True)
        self.key_view = RecoveryKeyView()
        self.key_view.hide()
        self.advice = QLabel(
            self.tr(
                "Print it or write it down, and keep the paper locked away, apart from the "
                "computer. Do not save it on this computer or send it by e-mail. Anyone with the "
                "key and the vault folder can open the vault."
            )
        )
        self.advice.setWordWrap(True)
        self.advice.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.again = QPushButton(self.tr("Start again"))
        self.again.hide()
        self.again.clicked.connect(self.restart_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.key_view)
        layout.addWidget(self.advice)
        layout.addWidget(self.error)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.created = False

    def initializePage(self) -> None:
        if self.created:
            return
        self.error.hide()
        self.again.hide()
        self.busy.show()
        self.busy_label.setText(self.tr("Creating the vault and protecting its key…"))
        self.busy_label.show()
        self.create_requested.emit()

    def show_wait(self) -> None:
        """Asked to close while the vault is being created."""
        self.busy_label.setText(
            self.tr("Wait, Hjulet is creating the vault. It takes a few seconds.")
        )

    def show_key(self, key: str, vault_name: str) -> None:
        self.created = True
        self.busy.hide()
        self.busy_label.hide()
        self.key_view.set_key(key, vault_name)
        self.key_view.show()
        self.advice.show()
        self.completeChanged.emit()

    def show_failure(self, text: str) -> None:
        self.busy.hide()
        self.busy_label.hide()
        self.error.setText(self.tr("The vault could not be created. %1").replace("%1", text))
        self.error.show()
        self.again.show()

    def isComplete(self) -> bool:
        return self.created


class ConfirmKeyPage(QWizardPage):
    """Two groups of the key, typed back: proof that it was written down."""

    def __init__(self) -> None:
        super().__init__()
        self.key = ""  # the recovery key, once the vault is created (set_key)
        self.setTitle(self.tr("Check that you have the key"))
        self.setSubTitle(
            self.tr("Two groups typed from your paper show that the key was copied correctly.")
        )
        self.groups: tuple[int, int] = (0, 1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setFont(recovery_key_font())
            edit.setMaxLength(8)
            edit.setMaximumWidth(200)
            edit.textChanged.connect(self._check)
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("confirmMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()

    def set_key(self, key: str) -> None:
        """The new vault's recovery key, to be typed back."""
        self.key = key

    def initializePage(self) -> None:
        count = len(self.key.split("-"))
        a = secrets.randbelow(count)
        b = (a + 1 + secrets.randbelow(count - 1)) % count
        self.groups = (min(a, b), max(a, b))
        self.intro.setText(
            self.tr(
                "Type group %1 and group %2 of the recovery key from your paper. Groups are "
                "counted from the left, starting at 1."
            )
            .replace("%1", str(self.groups[0] + 1))
            .replace("%2", str(self.groups[1] + 1))
        )
        self.first_label.setText(self.tr("Group %1").replace("%1", str(self.groups[0] + 1)))
        self.second_label.setText(self.tr("Group %1").replace("%1", str(self.groups[1] + 1)))
        self.first.setAccessibleName(self.first_label.text())
        self.second.setAccessibleName(self.second_label.text())
        self.first.clear()
        self.second.clear()

    def expected(self) -> tuple[str, str]:
        parts = self.key.split("-")
        return parts[self.groups[0]], parts[self.groups[1]]

    def _check(self) -> None:
        a, b = self.expected()
        wrong = [
            label.text()
            for edit, want, label in (
                (self.first, a, self.first_label),
                (self.second, b, self.second_label),
            )
            if len(normalise_group(edit.text())) >= len(want)
            and normalise_group(edit.text()) != normalise_group(want)
        ]
        if wrong:
            self.message.setText(
                self.tr("%1 does not match the key. Look at the paper again.").replace(
                    "%1", wrong[0]
                )
            )
        else:
            self.message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.key:
            return False
        a, b = self.expected()
        return normalise_group(self.first.text()) == normalise_group(a) and normalise_group(
            self.second.text()
        ) == normalise_group(b)


class PreferencesPage(QWizardPage):
    """Who prepares the summaries (printed on them), and the wheel."""

    def __init__(self, catalog: Catalog, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("You and the wheel"))
        self.setSubTitle(
            self.tr(
                "Your name, title and organisation are printed on the SIP summary under "
                "“Prepared by”. You can change everything later in Settings."
            )
        )
        self.profile = ProfileFields()
        self.definition = definition_combo(catalog, DEFAULT_DEFINITION, language)
        self.definition.setAccessibleName(self.tr("Wheel"))
        form = QFormLayout()
        self.profile.add_rows(form)
        form.addRow(self.tr("Wheel for new conversations"), self.definition)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch()


class FirstRunWizard(QWizard):
    """Emits ``vault_ready(vault, path, language)`` when finished."""

    vault_ready = Signal(object, object, str)
    demo_requested = Signal(str)  # the chosen language
    language_chosen = Signal(str)  # on the welcome page: show the wizard in this language

    def __init__(
        self,
        catalog: Catalog,
        default_parent: Path,
        language: str = "sv",
        parent: QWidget | None = None,
        *,
        kdf: object | None = None,
        creator: Callable[..., tuple[services.Vault, str]] = services.create_vault,
    ) -> None:
        super().__init__(parent)
        self.kdf = kdf
        self._creator = creator
        self.vault: services.Vault | None = None
        self.vault_path: Path | None = None
        self.recovery_key = ""
        self._finishing = False
        self._creating: BackgroundJob | None = None  # the vault being created
        self.setWindowTitle(self.tr("New vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 500)
        self.welcome_page = WelcomePage(language)
        self.welcome_page.demo_button.clicked.connect(self._demo)
        self.welcome_page.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language())
        )
        self.name_page = NamePage()
        self.folder_page = FolderPage(default_parent)
        self.passphrase_page = PassphrasePage()
        self.key_page = RecoveryKeyPage()
        self.key_page.create_requested.connect(self._create_for_key_page)
        self.key_page.restart_requested.connect(self.restart)
        self.confirm_page = ConfirmKeyPage()
        self.preferences_page = PreferencesPage(catalog, language)
        for page in (
            self.welcome_page,
            self.name_page,
            self.folder_page,
            self.passphrase_page,
            self.key_page,
            self.confirm_page,
            self.preferences_page,
        ):
            self.addPage(page)

    @property
    def vault_name(self) -> str:
        return str(self.field("name") or "").strip()

    def _create_for_key_page(self) -> None:
        self.create_vault(self._vault_created, self.key_page.show_failure)

    def _vault_created(self, key: str) -> None:
        self.confirm_page.set_key(key)
        self.key_page.show_key(key, self.vault_name)

    def create_vault(self, on_done: Callable[[str], None], on_error: Callable[[str], None]) -> None:
        path = self.folder_page.folder()
        passphrase = self.passphrase_page.passphrase.text()
        name, kdf, creator = self.vault_name, self.kdf, self._creator
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        made_folder = [False]

        def work() -> tuple[services.Vault, str]:
            made_folder[0] = not path.exists()
            if kdf is None:
                return creator(path, passphrase, name=name)
            return creator(path, passphrase, name=name, kdf=kdf)

        def discard(result: tuple[services.Vault, str]) -> None:
            """Closed while creating: the new vault is closed and removed (its key was
            never shown, so it could never be recovered)."""
            services.discard_new_vault(result[0], made_folder=made_folder[0])

        def done(result: tuple[services.Vault, str]) -> None:
            self.vault, self.recovery_key = result
            self.vault_path = path
            self.passphrase_page.passphrase.clear()
            self.passphrase_page.repeat.clear()
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
            on_done(self.recovery_key)

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
            on_error(message_for(exc))

        self._creating = run_in_background(work, done, failed, owner=self, discard=discard)

    @property
    def creating(self) -> bool:
        return self._creating is not None and self._creating.running

    def reject(self) -> None:
        if self.creating:  # Escape or the close button: wait, it takes a few seconds
            self.key_page.show_wait()
            return
        if self.vault is not None:
            return  # created: the recovery key must be confirmed first
        super().reject()

    def done(self, result: int) -> None:
        """Closed all the same while creating (the vault locking, the app closing): the
        vault, once made, is closed and removed."""
        if self._creating is not None and self._creating.running:
            self._creating.cancel()
        super().done(result)

    def accept(self) -> None:
        """Confirm the recovery key (typed back on the previous page), save, and finish.

        The new vault's recovery key stays pending until now: a crash before this
        leaves a vault whose ``check`` says its recovery key was never confirmed.
        """
        if self.vault is None or self.vault_path is None or self._finishing:
            return
        self._finishing = True
        vault, key = self.vault, self.recovery_key
        definition = str(self.preferences_page.definition.currentData())
        language = self.language()
        settings = {"definition": definition, **self.preferences_page.profile.values()}

        def work() -> None:
            services.confirm_recovery_key(vault, key)
            services.save_settings(vault, settings)

        def done(_none: object) -> None:
            super(FirstRunWizard, self).accept()
            self.vault_ready.emit(vault, self.vault_path, language)

        def failed(exc: BaseException) -> None:
            self._finishing = False
            self.preferences_page.setSubTitle(message_for(exc))

        run_in_background(work, done, failed, owner=self)

    def language(self) -> str:
        return str(self.welcome_page.language.currentData())

    def _demo(self) -> None:
        if self.vault is not None:
            return
        language = self.language()
        self.done(QWizard.DialogCode.Rejected)
        self.demo_requested.emit(language)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.vault_name,
            "path": self.vault_path,
            "language": self.language(),
            "definition": self.preferences_page.definition.currentData(),
            **self.preferences_page.profile.values(),
        }

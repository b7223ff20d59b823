"""Settings: this computer's (language, auto-lock) and the open vault's (retention, wheel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hjulet.app.settings import Settings
from hjulet.core.catalog import DEFAULT_DEFINITION, Catalog

UI_LANGUAGES = (("sv", "Svenska"), ("en", "English"))


def language_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for code, name in UI_LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def definition_combo(catalog: Catalog, current: str, lang: str) -> QComboBox:
    combo = QComboBox()
    for def_id, definition in sorted(catalog.definitions.items()):
        combo.addItem(definition.name_in(lang), def_id)
    index = combo.findData(current)
    if index < 0:
        index = combo.findData(DEFAULT_DEFINITION)
    combo.setCurrentIndex(max(0, index))
    return combo


# Vault settings for the professional (kept in the vault: they name a person).
PROFILE_KEYS = ("professional_name", "professional_title", "organisation")


def prepared_by(name: str, title: str) -> str:
    """ "Prepared by" on the SIP summary: the name, then the title."""
    return ", ".join(part for part in (name.strip(), title.strip()) if part)


class ProfileFields(QObject):
    """Name, title and organisation of the professional, as form rows."""

    def __init__(self, values: dict[str, Any] | None = None) -> None:
        super().__init__()
        values = values or {}
        self.name = QLineEdit(str(values.get("professional_name", "")))
        self.title = QLineEdit(str(values.get("professional_title", "")))
        self.organisation = QLineEdit(str(values.get("organisation", "")))
        self.name.setPlaceholderText(self.tr("For example: Sara Lind"))
        self.title.setPlaceholderText(self.tr("For example: School counsellor"))
        self.organisation.setPlaceholderText(
            self.tr("For example: Vingåker municipality, Slottsskolan")
        )
        self.name.setAccessibleName(self.tr("Your name"))
        self.title.setAccessibleName(self.tr("Your title"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        for edit in (self.name, self.title, self.organisation):
            edit.setMaxLength(95 if edit is not self.organisation else 200)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your title"), self.title)
        form.addRow(self.tr("Organisation"), self.organisation)

    def values(self) -> dict[str, str]:
        name, title = self.name.text().strip(), self.title.text().strip()
        return {
            "professional_name": name,
            "professional_title": title,
            "organisation": self.organisation.text().strip(),
            "prepared_by": prepared_by(name, title),
        }


class SettingsDialog(QDialog):
    """``values()`` after accept: language, idle minutes, and (with a vault) its settings."""

    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        vault_settings: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.language = language_combo(settings.language)
        self.language.setAccessibleName(self.tr("Language"))
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        computer = QGroupBox(self.tr("This computer"))
        form = QFormLayout(computer)
        form.addRow(self.tr("Language of Hjulet"), self.language)
        form.addRow(self.tr("Lock after this long without use"), self.idle)
        layout = QVBoxLayout(self)
        layout.addWidget(computer)
        self.retention: QSpinBox | None = None
        self.definition: QComboBox | None = None
        self.theme: QComboBox | None = None
        self.pin_allowed: QCheckBox | None = None
        self.profile: ProfileFields | None = None
        if vault_settings is not None:
            box = QGroupBox(self.tr("This vault"))
            vform = QFormLayout(box)
            self.retention = QSpinBox()
            self.retention.setRange(1, 120)
            self.retention.setValue(int(vault_settings.get("retention_months", 12)))
            self.retention.setSuffix(self.tr(" months"))
            self.retention.setAccessibleName(self.tr("Keep after the last conversation"))
            vform.addRow(self.tr("Keep after the last conversation"), self.retention)
            self.profile = ProfileFields(vault_settings)
            self.profile.add_rows(vform)
            self.definition = definition_combo(
                catalog,
                str(vault_settings.get("definition", DEFAULT_DEFINITION)),
                settings.language,
            )
            vform.addRow(self.tr("Wheel for new conversations"), self.definition)
            self.theme = QComboBox()
            self.theme.addItem(self.tr("Normal"), "normal")
            self.theme.addItem(self.tr("High contrast"), "high_contrast")
            self.theme.setCurrentIndex(
                max(0, self.theme.findData(str(vault_settings.get("theme", "normal"))))
            )
            self.theme.setAccessibleName(self.tr("Theme of child mode"))
            vform.addRow(self.tr("Theme of child mode"), self.theme)
            self.pin_allowed = QCheckBox(
                self.tr("Child mode may be left with a PIN set at hand-over")
            )
            self.pin_allowed.setChecked(bool(vault_settings.get("child_mode_pin_allowed", False)))
            vform.addRow(self.pin_allowed)
            note = QLabel(
                self.tr(
                    "The keep-until date of a child is set from this when a conversation is "
                    "held. Your organisation decides how long notes may be kept."
                )
            )
            note.setWordWrap(True)
            vform.addRow(note)
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "language": str(self.language.currentData()),
            "idle_lock_minutes": self.idle.value(),
        }
        if self.retention is not None and self.definition is not None:
            out["vault"] = {
                "retention_months": self.retention.value(),
                "definition": str(self.definition.currentData()),
                **(self.profile.values() if self.profile is not None else {}),
            }
            if self.theme is not None and self.pin_allowed is not None:
                out["vault"]["theme"] = str(self.theme.currentData())
                out["vault"]["child_mode_pin_allowed"] = self.pin_allowed.isChecked()
        return out

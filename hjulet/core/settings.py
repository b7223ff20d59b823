"""Every setting Hjulet keeps, declared once: name, type, default, bounds and purpose.

Two homes, one kind of declaration:

* **Vault settings** (``VAULT_SETTINGS``) live inside the encrypted vault, because
  they may name a person or an organisation; they travel with the vault's backup.
  Read and written through ``services.settings``.
* **App settings** (``APP_SETTINGS``) live in the base folder's ``settings.ini``
  (``app.settings``): the UI language, the idle lock, the caseload's filter and the
  recently used vault folders. Nothing personal. (Window geometry is kept there too,
  as Qt's opaque bytes, one key per window.)

A value is *read* leniently: one of the wrong type reads as the default, a number
outside its bounds as the nearest bound (a hand-edited or older file never stops
the app). A value is *written* strictly: :meth:`Setting.check` refuses it with
:class:`SettingRejected`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from hjulet.core.constants import DEFAULT_DEFINITION, MAX_SHORT, MAX_TEXT
from hjulet.core.errors import Problem
from hjulet.core.problems import P

__all__ = [
    "APP_SETTINGS",
    "CHILD_MODE_PIN_ALLOWED",
    "CHILD_THEME",
    "CONCERN_ROUTINE",
    "CONFIDENTIALITY_TEXT",
    "DEFAULT_CONFIDENTIALITY",
    "DEFAULT_LEGAL_REFERENCE",
    "DEFINITION",
    "IDLE_LOCK_MINUTES",
    "LEGAL_REFERENCE",
    "ORGANISATION",
    "PREPARED_BY",
    "PROFESSIONAL_NAME",
    "PROFESSIONAL_TITLE",
    "RECENT_VAULTS",
    "RETENTION_MONTHS",
    "SHOW_ARCHIVED",
    "SUMMARY_SETTINGS",
    "UI_LANGUAGE",
    "VAULT_SETTINGS",
    "Setting",
    "SettingRejected",
]

T = TypeVar("T")

# What a Swedish organisation prints on the summary if nobody changed anything.
DEFAULT_CONFIDENTIALITY = "Innehåller uppgifter som kan omfattas av sekretess"
DEFAULT_LEGAL_REFERENCE = "SoL (2025:400) / HSL 16 kap. 4 §"


class SettingRejected(ValueError):
    """A value a setting does not take; ``problem`` names the setting and says why."""

    def __init__(self, key: str, why: str, /, **args: str | int) -> None:
        self.problem = Problem(key, why, **args)
        super().__init__(str(self.problem))
        self.key = key


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting. Its type is the type of its default (bool, int, str or a tuple of str)."""

    key: str
    default: T
    doc: str
    minimum: int | None = None  # int: smallest value
    maximum: int | None = None  # int: largest value; tuple: most items
    choices: tuple[str, ...] = ()  # str: the only values allowed (if any)
    max_length: int | None = None  # str: most characters
    multiline: bool = False  # str: may hold line breaks

    @property
    def type(self) -> type:
        return type(self.default)

    def check(self, value: object) -> T:
        """``value`` if this setting takes it, else SettingRejected."""
        kind = self.type
        if kind is bool:
            if type(value) is not bool:
                raise SettingRejected(self.key, P.TRUE_OR_FALSE)
        elif kind is int:
            if type(value) is not int:
                raise SettingRejected(self.key, P.WHOLE_NUMBER)
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise SettingRejected(
                    self.key, P.BETWEEN, least=str(self.minimum), most=str(self.maximum)
                )
        elif kind is str:
            if not isinstance(value, str):
                raise SettingRejected(self.key, P.TEXT)
            if self.choices and value not in self.choices:
                raise SettingRejected(self.key, P.ONE_OF, allowed=", ".join(self.choices))
            if self.max_length is not None and len(value) > self.max_length:
                raise SettingRejected(self.key, P.TOO_LONG, n=self.max_length)
        elif kind is tuple:
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                raise SettingRejected(self.key, P.LIST_OF_TEXTS)
            if self.maximum is not None and len(value) > self.maximum:
                raise SettingRejected(self.key, P.MORE_THAN_ITEMS, most=self.maximum)
        return cast(T, value)

    def read(self, value: object) -> T:
        """A stored value as this setting's type: the default where it does not fit,
        the nearest bound for a number outside its bounds, a list cut to its length."""
        kind = self.type
        if kind is int and type(value) is int:
            low = value if self.minimum is None else max(self.minimum, value)
            return cast(T, low if self.maximum is None else min(self.maximum, low))
        if kind is tuple and isinstance(value, list | tuple):
            items = tuple(v for v in value if isinstance(v, str) and v)
            return cast(T, items if self.maximum is None else items[: self.maximum])
        try:
            return self.check(value)
        except SettingRejected:
            return self.default


# --------------------------------------------------------------------------- vault

RETENTION_MONTHS = Setting(
    "retention_months",
    12,
    "Months after its date before a conversation is due for export and deletion.",
    minimum=1,
    maximum=120,
)
CHILD_MODE_PIN_ALLOWED = Setting(
    "child_mode_pin_allowed",
    False,
    "May the adult leave child mode with a short PIN set when entering it (held only "
    "in memory) instead of the vault passphrase?",
)
CHILD_THEME = Setting(
    "theme",
    "normal",
    "Child mode's colours (the adult may change them at hand-over).",
    choices=("normal", "high_contrast"),
)
DEFINITION = Setting(
    "definition",
    DEFAULT_DEFINITION,
    "The wheel definition new conversations use.",
    max_length=MAX_SHORT,
)
CONCERN_ROUTINE = Setting(
    "concern_routine",
    "",
    "The organisation's own routine when a child tells about harm (else the routine file's).",
    max_length=MAX_TEXT,
    multiline=True,
)
PROFESSIONAL_NAME = Setting(
    "professional_name", "", "The professional's name (for the summary).", max_length=MAX_SHORT
)
PROFESSIONAL_TITLE = Setting(
    "professional_title", "", "The professional's title (for the summary).", max_length=MAX_SHORT
)
ORGANISATION = Setting(
    "organisation", "", "The organisation, printed on the summary.", max_length=MAX_SHORT
)
PREPARED_BY = Setting(
    "prepared_by", "", "'Prepared by' on the summary: name, title.", max_length=MAX_SHORT
)
LEGAL_REFERENCE = Setting(
    "legal_reference",
    DEFAULT_LEGAL_REFERENCE,
    "The law the SIP rests on, printed on the summary.",
    max_length=MAX_SHORT,
)
CONFIDENTIALITY_TEXT = Setting(
    "confidentiality_text",
    DEFAULT_CONFIDENTIALITY,
    "The confidentiality marking printed on the summary.",
    max_length=MAX_SHORT,
)

SUMMARY_SETTINGS: tuple[Setting[str], ...] = (
    ORGANISATION,
    PREPARED_BY,
    LEGAL_REFERENCE,
    CONFIDENTIALITY_TEXT,
)
_VAULT: tuple[Setting[Any], ...] = (
    RETENTION_MONTHS,
    CHILD_MODE_PIN_ALLOWED,
    CHILD_THEME,
    DEFINITION,
    CONCERN_ROUTINE,
    PROFESSIONAL_NAME,
    PROFESSIONAL_TITLE,
    *SUMMARY_SETTINGS,
)
VAULT_SETTINGS: dict[str, Setting[Any]] = {s.key: s for s in _VAULT}

# --------------------------------------------------------------------------- app

UI_LANGUAGE = Setting(
    "ui/language", "sv", "The professional's screens' language.", choices=("sv", "en")
)
RECENT_VAULTS: Setting[tuple[str, ...]] = Setting(
    "vaults/recent", (), "Vault folders opened lately, newest first.", maximum=8
)
SHOW_ARCHIVED = Setting("caseload/show_archived", False, "Show archived children in the caseload.")
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes",
    5,
    "Minutes without input before the vault locks itself.",
    minimum=1,
    maximum=120,
)
ENDED_UNDER_STUCK_WORK = Setting(
    "security/ended_under_stuck_work",
    False,
    "Hjulet ended itself last time: a lock waited too long, unattended, for stuck work.",
)
_APP: tuple[Setting[Any], ...] = (
    UI_LANGUAGE,
    RECENT_VAULTS,
    SHOW_ARCHIVED,
    IDLE_LOCK_MINUTES,
    ENDED_UNDER_STUCK_WORK,
)
APP_SETTINGS: dict[str, Setting[Any]] = {s.key: s for s in _APP}

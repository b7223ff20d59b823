"""The vault's settings, read and written through their declarations (``core.settings``).

``setting(vault, RETENTION_MONTHS)`` gives one typed value; ``get_settings`` all of
them, defaults filled in; ``save_settings`` checks every value against its
declaration (InvalidInput for an unknown setting or a value it does not take) and
commits before it returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.problems import P
from hjulet.core.settings import VAULT_SETTINGS, Setting, SettingRejected
from hjulet.core.text import checked
from hjulet.storage.settings import read_settings, write_settings
from hjulet.storage.vault import Vault

__all__ = ["get_settings", "save_settings", "setting"]

T = TypeVar("T")


def setting(vault: Vault, which: Setting[T]) -> T:
    """One vault setting, as its declared type (the default where none fits)."""
    return which.read(read_settings(vault).get(which.key, which.default))


def get_settings(vault: Vault) -> dict[str, Any]:
    """Every vault setting by key, each as its declared type, defaults filled in."""
    stored = read_settings(vault)
    return {key: s.read(stored.get(key, s.default)) for key, s in VAULT_SETTINGS.items()}


def _clean(which: Setting[Any], value: object) -> object:
    try:
        value = which.check(value)
    except SettingRejected as exc:
        raise InvalidInput(exc.problem) from None
    if isinstance(value, str) and not which.choices:
        value = checked(value, which.key, which.max_length or 0, multiline=which.multiline)
    return value


def save_settings(vault: Vault, values: Mapping[str, object]) -> None:
    """Store some vault settings (each checked against its declaration); all or none."""
    clean: dict[str, object] = {}
    for key, value in values.items():
        which = VAULT_SETTINGS.get(key)
        if which is None:
            raise InvalidInput(Problem(key, P.NOT_A_SETTING))
        clean[key] = _clean(which, value)
    write_settings(vault, clean)

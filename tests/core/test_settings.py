"""core.settings: each setting declared once, read leniently, written strictly."""

from __future__ import annotations

import pytest

from hjulet.core.settings import (
    APP_SETTINGS,
    CHILD_THEME,
    IDLE_LOCK_MINUTES,
    RECENT_VAULTS,
    RETENTION_MONTHS,
    SHOW_ARCHIVED,
    VAULT_SETTINGS,
    SettingRejected,
)


def test_every_setting_is_declared_once_with_a_default_of_its_own_type_and_a_doc() -> None:
    assert not set(VAULT_SETTINGS) & set(APP_SETTINGS)
    for key, setting in {**VAULT_SETTINGS, **APP_SETTINGS}.items():
        assert setting.key == key and setting.doc
        assert setting.type in (bool, int, str, tuple)
        assert setting.check(setting.default) == setting.default  # the default is allowed


def test_a_value_is_written_strictly() -> None:
    assert RETENTION_MONTHS.check(24) == 24
    for bad in (0, 121, "12", 12.0, True):
        with pytest.raises(SettingRejected) as caught:
            RETENTION_MONTHS.check(bad)
        assert caught.value.key == "retention_months"
    with pytest.raises(SettingRejected, match="one of normal, high_contrast"):
        CHILD_THEME.check("dark")
    with pytest.raises(SettingRejected):
        SHOW_ARCHIVED.check("true")
    with pytest.raises(SettingRejected):
        RECENT_VAULTS.check(tuple(f"v{n}" for n in range(9)))


def test_a_value_is_read_leniently() -> None:
    assert IDLE_LOCK_MINUTES.read(500) == 120 and IDLE_LOCK_MINUTES.read(-3) == 1
    assert IDLE_LOCK_MINUTES.read("junk") == 5
    assert CHILD_THEME.read("dark") == "normal"
    assert SHOW_ARCHIVED.read(None) is False
    assert RECENT_VAULTS.read(["a", "", 3, *[f"v{n}" for n in range(10)]]) == (
        "a",
        *[f"v{n}" for n in range(7)],
    )

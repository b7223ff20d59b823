"""services.settings over a real vault: typed values, checked writes, kept across reopen."""

from __future__ import annotations

import pytest

from hjulet import services
from hjulet.core.errors import InvalidInput, VaultDamaged
from hjulet.core.settings import CHILD_THEME, RETENTION_MONTHS, VAULT_SETTINGS
from hjulet.storage.schema import MetaRow
from hjulet.storage.settings import read_settings, write_settings
from tests.conftest import PASS


def test_defaults_then_saved_values_as_their_types_after_reopen(vault, vault_path) -> None:  # type: ignore[no-untyped-def]
    assert services.get_settings(vault) == {k: s.default for k, s in VAULT_SETTINGS.items()}
    services.save_settings(vault, {"retention_months": 36, "theme": "high_contrast"})
    services.save_settings(vault, {"concern_routine": "  Ring\r\nrektor \u202e\n"})
    vault.close()
    with services.open_vault(vault_path, PASS) as again:
        assert services.setting(again, RETENTION_MONTHS) == 36
        assert services.setting(again, CHILD_THEME) == "high_contrast"
        assert services.get_settings(again)["concern_routine"] == "Ring\nrektor"  # cleaned


def test_unknown_settings_and_bad_values_are_refused_and_nothing_is_saved(vault) -> None:  # type: ignore[no-untyped-def]
    for values in (
        {"retention_months": 12, "colour": "red"},
        {"organisation": "Skolan", "retention_months": "twelve"},
        {"theme": "dark"},
        {"organisation": "x" * 201},
    ):
        with pytest.raises(InvalidInput):
            services.save_settings(vault, values)
    assert read_settings(vault) == {}  # all or none


def test_stored_values_a_newer_hjulet_wrote_are_kept_and_odd_ones_read_as_defaults(vault) -> None:  # type: ignore[no-untyped-def]
    write_settings(vault, {"future_setting": [1, 2], "retention_months": 999, "theme": 3})
    services.save_settings(vault, {"organisation": "Skolan"})
    assert read_settings(vault)["future_setting"] == [1, 2]
    settings = services.get_settings(vault)
    assert "future_setting" not in settings
    assert settings["retention_months"] == 120 and settings["theme"] == "normal"


def test_unreadable_settings_are_damage_not_a_traceback(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        s.merge(MetaRow(key="settings", value='{"theme": "normal", "theme": "high_contrast"}'))
    with pytest.raises(VaultDamaged):
        services.get_settings(vault)

"""Test set-up shared by every layer.

The offscreen Qt platform is chosen here, before anything imports Qt. Tests of
core/storage/reports/services never create a QApplication; GUI tests use
pytest-qt's ``qtbot`` (which creates the single QApplication).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Read-aloud uses Qt's mock speech engine in tests (and in the app processes they start),
# so no test spawns a speech-dispatcher except the one that means to (test_speech.py).
os.environ.setdefault("HJULET_TTS_ENGINE", "mock")

import pytest

from hjulet.core.catalog import Catalog, load_catalog

PASS = "correct horse battery staple"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    """A fresh, open vault on disk (real SQLCipher, fast key derivation).

    Its recovery key is confirmed (as after the first-run wizard), so ``check``
    reports only real problems.
    """
    from hjulet.services import confirm_recovery_key, create_vault
    from hjulet.storage.keyslots import FAST_KDF

    v, recovery = create_vault(vault_path, PASS, name="Testvalv", kdf=FAST_KDF)
    confirm_recovery_key(v, recovery)
    yield v
    v.close()

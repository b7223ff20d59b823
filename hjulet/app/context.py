"""What the whole GUI shares: base folder, settings, wheel catalogue, run options."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hjulet.app.settings import Settings
from hjulet.core.catalog import Catalog
from hjulet.storage.kdf import PRODUCT_KDF, KdfParams


@dataclass
class StartOptions:
    """Command-line options that steer the first screens (scripting, demos, tests)."""

    demo: bool = False
    vault: Path | None = None
    child: str | None = None
    child_mode: bool = False
    passphrase_file: Path | None = None
    screenshot: Path | None = None  # save a screenshot of the main window, then quit
    quit_after_ms: int = 0


@dataclass
class AppContext:
    basedir: Path
    settings: Settings
    catalog: Catalog
    no_err_windows: bool = False
    kdf: KdfParams = PRODUCT_KDF
    start: StartOptions = field(default_factory=StartOptions)

"""What the whole GUI shares: base folder, settings, wheel catalogue, run options."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hjulet.app.settings import Settings
from hjulet.storage.kdf import PRODUCT_KDF, KdfParams

if TYPE_CHECKING:  # the catalogue (and the model under it) loads on first use
    from hjulet.core.catalog import Catalog


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


class AppContext:
    """What the windows share. ``catalog`` may be a function that loads it: the
    app's start passes one, because the first screen (unlock) shows no wheel; the
    catalogue then loads on first use."""

    def __init__(
        self,
        basedir: Path,
        settings: Settings,
        catalog: Catalog | Callable[[], Catalog],
        no_err_windows: bool = False,
        kdf: KdfParams = PRODUCT_KDF,
        start: StartOptions | None = None,
    ) -> None:
        self.basedir = basedir
        self.settings = settings
        self._catalog = catalog
        self.no_err_windows = no_err_windows
        self.kdf = kdf
        self.start = start if start is not None else StartOptions()

    @property
    def catalog(self) -> Catalog:
        if callable(self._catalog):  # a Catalog is not callable: the loader, not yet called
            self._catalog = self._catalog()
        return self._catalog

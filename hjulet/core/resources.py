"""Where the files Hjulet ships live: one resolver for every way it runs.

Two folders travel with the program:

- the data folder (``resources/`` in the source tree): wheel definitions,
  scales, child texts, fonts and ``organisation.toml``;
- the compiled translations (``i18n/*.qm`` in the source tree).

Installed from a wheel, and inside a frozen build, they are package data of
``hjulet`` (``hjulet/_resources`` and ``hjulet/_i18n``), folders inside the
package's own folder; the build maps the source folders there (see
``pyproject.toml`` and ``packaging/hjulet.spec``), so a file dropped into
``resources/`` ships without code changes. Run from a source checkout (an
editable install, or the tree on ``PYTHONPATH``) there is no such package
data, and the folders beside the package are used.

The package folder is taken from this module's own path rather than through
``importlib.resources.files``: every layout Hjulet ships in keeps package data
as real files (fonts need a real path for Qt and reportlab), where ``files``
gives that same folder, and not importing ``importlib.resources`` (with
zipfile, tempfile and shutil under it) keeps the app's start quicker.
"""

from __future__ import annotations

from pathlib import Path

from hjulet.core.errors import DefinitionError

DATA_PACKAGE_DIR = "_resources"
I18N_PACKAGE_DIR = "_i18n"

# The installed package's folder (hjulet/), where package data lives.
_PACKAGE_DIR = Path(__file__).parents[1]
# The source checkout this module sits in (meaningless when installed: then the
# folders below do not exist there and package data is used).
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def _shipped(package_dir: str, source_dir: str) -> Path:
    packaged = _PACKAGE_DIR / package_dir
    # Wheels are always unpacked and PyInstaller serves package data from its
    # folder: a real folder (fonts need one for Qt and reportlab).
    if packaged.is_dir():
        return packaged
    source = _SOURCE_ROOT / source_dir
    if source.is_dir():
        return source
    from hjulet.core.problems import P  # core.problems reads the catalogue through us

    raise DefinitionError(P.OWN_FILES_MISSING, f"hjulet/{package_dir}")


def resources_dir() -> Path:
    """The shipped data folder: wheels, scales, child texts, fonts, organisation.toml."""
    return _shipped(DATA_PACKAGE_DIR, "resources")


def translations_dir() -> Path:
    """The folder with Hjulet's compiled Qt translations (``hjulet_<lang>.qm``)."""
    return _shipped(I18N_PACKAGE_DIR, "i18n")

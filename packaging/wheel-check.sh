#!/usr/bin/env bash
# Install the built wheel into a fresh venv and smoke-test it from outside the source tree.
# Usage: packaging/wheel-check.sh WHEEL DEV_PYTHON
# The dependencies (PySide6 alone is 250 MB) are borrowed from the development
# venv through a .pth line instead of downloading them again; hjulet itself
# comes only from the wheel (the development venv's editable install is not
# activated: a plain path line in a .pth does not run that venv's .pth hooks).
set -euo pipefail
wheel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dev_python=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/hjulet-wheel-XXXXXX")
trap 'rm -rf "$work"' EXIT
base=$("$dev_python" -c 'import sys; print(sys._base_executable)')
"$base" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --no-deps --no-index "$wheel"
deps=$("$dev_python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
site=$("$work/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$deps" >"$site/zz-hjulet-dependencies.pth"
cd "$work"
where=$(env -u PYTHONPATH "$work/venv/bin/python" -c 'import hjulet; print(hjulet.__file__)')
case "$where" in "$site"/*) ;; *) echo "wheel-check: hjulet imported from $where, not the wheel" >&2; exit 1 ;; esac
env -u PYTHONPATH "$dev_python" "$here/smoke.py" "$work/venv/bin/hjulet"

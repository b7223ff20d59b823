#!/usr/bin/env bash
# Install the .deb for real, use it, remove it: the program goes, data stays.
# Usage (root, on Debian/Ubuntu): packaging/deb-check.sh dist/hjulet_VERSION_ARCH.deb
# Changes the machine while it runs (dpkg -i); removes the package at the end.
set -euo pipefail
deb=$1
[ "$(id -u)" = 0 ] || { echo "deb-check: needs root (dpkg -i)" >&2; exit 1; }
if dpkg-query -W hjulet >/dev/null 2>&1; then
  echo "deb-check: hjulet is already installed here; not touching it" >&2; exit 1
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/hjulet-deb-home-XXXXXX")
trap 'dpkg -r hjulet >/dev/null 2>&1 || true; rm -rf "$home"' EXIT
dpkg -i "$deb" >/dev/null
test -x /opt/hjulet/hjulet && test -L /usr/bin/hjulet && test -f /usr/share/applications/hjulet.desktop
cd "$home"
HOME=$home XDG_DATA_HOME=$home/data env -u PYTHONPATH hjulet --help >/dev/null
HOME=$home XDG_DATA_HOME=$home/data env -u PYTHONPATH hjulet --fast-kdf demo >/dev/null
vault=$home/data/hjulet/demo-vault
test -d "$vault" || { echo "deb-check: the demo vault is not in the per-user folder" >&2; exit 1; }
before=$(find "$home/data" -type f | sort | xargs sha256sum)
dpkg -r hjulet >/dev/null
test ! -e /opt/hjulet && test ! -e /usr/bin/hjulet || { echo "deb-check: program left behind" >&2; exit 1; }
after=$(find "$home/data" -type f | sort | xargs sha256sum)
[ "$before" = "$after" ] || { echo "deb-check: removing the package changed the data" >&2; exit 1; }
echo "deb-check: installed, ran --help and demo, removed; vault and settings untouched"

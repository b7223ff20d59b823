#!/usr/bin/env bash
# The Linux downloads from a frozen folder: a .tar.xz and a .deb.
# Usage: packaging/linux-packages.sh VERSION BUNDLE_DIR OUT_DIR
# The .deb puts the program in /opt/hjulet, a command in /usr/bin, a menu entry
# and an icon; it never creates or removes anything in people's home folders
# (settings and vaults live there, so removing the package leaves them).
set -euo pipefail
version=$1 bundle=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
case "$arch" in amd64) march=x86_64 ;; arm64) march=aarch64 ;; *) march=$arch ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/hjulet-pkg-XXXXXX")
trap 'rm -rf "$work"' EXIT
threads=$(nproc 2>/dev/null || echo 2)

# --- tarball: hjulet-VERSION/ with the program, the menu entry and the icon
name=hjulet-$version
mkdir -p "$work/$name"
cp -a "$bundle/." "$work/$name/"
cp "$here/hjulet.desktop" "$here/icons/hjulet.png" "$work/$name/"
tarball=$out/hjulet-$version-linux-$march.tar.xz
tar -C "$work" --owner=0 --group=0 --numeric-owner -cf - "$name" | xz -T"$threads" -6 >"$tarball"

# --- .deb
root=$work/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/hjulet"
cp -a "$bundle" "$root/opt/hjulet"
ln -s /opt/hjulet/hjulet "$root/usr/bin/hjulet"
install -m 644 "$here/hjulet.desktop" "$root/usr/share/applications/hjulet.desktop"
install -m 644 "$here/icons/hjulet.png" "$root/usr/share/icons/hicolor/256x256/apps/hjulet.png"
install -m 644 "$here/../resources/fonts/OFL.txt" "$root/usr/share/doc/hjulet/fonts-OFL.txt"
printf 'Hjulet is licensed under the EUPL-1.2.\n' >"$root/usr/share/doc/hjulet/copyright"
# glibc of the build machine is the floor (a build on an older system runs on more).
glibc=$(ldd --version 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+$' || echo 2.35)
size=$(du -sk "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: hjulet
Version: $version
Architecture: $arch
Maintainer: Hjulet <hjulet@localhost>
Installed-Size: $size
Depends: libc6 (>= $glibc), libgl1, libegl1
Recommends: speech-dispatcher
Section: misc
Priority: optional
Description: Barnets bästa-hjulet: a child-led conversation aid
 Hjulet helps a counsellor, social worker or school nurse talk with a child
 (4-18) about the eight areas of the child's-best wheel. Everything is kept in
 an encrypted local vault; nothing is ever sent over a network.
CONTROL
find "$root" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$out/hjulet_${version}_${arch}.deb" >/dev/null
ls -la "$tarball" "$out/hjulet_${version}_${arch}.deb"

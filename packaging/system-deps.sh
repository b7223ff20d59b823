#!/usr/bin/env bash
# Install the Debian/Ubuntu system libraries Qt, the tests and screenshots need.
# Usage: packaging/system-deps.sh test|run|venv|dist|installers
# Idempotent: installs only what is missing; as root with apt it installs,
# otherwise it prints exactly what is missing and how to install it.
set -euo pipefail
want=${1:-test}

if [ "$want" = venv ]; then
  # Debian's python3 lacks ensurepip until python3-venv (python3.X-venv) is installed.
  ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing python3-venv"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "python${ver}-venv" >/dev/null 2>&1 ||
      apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    exit 0
  fi
  echo "system-deps: Python cannot create a virtual environment here." >&2
  echo "system-deps: install it with: sudo apt-get install python${ver}-venv" >&2
  exit 1
fi

if [ "$want" = installers ]; then
  # make installer-check: NSIS, wixl (MSI) and Wine to run them.
  pkgs=(nsis wixl msitools wine wine64)
elif [ "$want" = dist ]; then
  # make dist: the .tar.xz and the .deb
  pkgs=(xz-utils dpkg)
else
# Offscreen Qt (tests)
pkgs=(libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libx11-6 libdbus-1-3)
# A real window (make run, screenshots, the app smoke test under Xvfb)
pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
       libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0)
if [ "$want" = test ]; then
  # PDF text extraction and rendering in tests; a virtual screen for app runs
  pkgs+=(poppler-utils xvfb xauth)
  # A real speech engine with no sound device, for the read-aloud test that proves a
  # hanging libspeechd never reaches the screen (tests/gui/test_speech.py)
  pkgs+=(speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)
  # the screen-reader walk of child mode: AT-SPI bus, a D-Bus session, the pyatspi walker
  pkgs+=(at-spi2-core python3-pyatspi dbus-x11)
fi
# QtTextToSpeech and QtMultimedia (read-aloud, in its worker process) load only with
# PulseAudio's client library
pkgs+=(libpulse0)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's libraries (${pkgs[*]}) are present." >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing+=("$p") ;; esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: missing system packages: ${missing[*]}" >&2
  echo "system-deps: install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

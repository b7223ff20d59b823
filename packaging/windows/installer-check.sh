#!/usr/bin/env bash
# make installer-check: build the Windows installers and exercise them under Wine.
# Usage: packaging/windows/installer-check.sh [PROGRAM_DIR]
#
# The program inside is a STAND-IN (standin.nsi: a tiny NSIS-built hjulet.exe
# that, like Hjulet, writes into %LOCALAPPDATA%\Hjulet, or into data\ beside
# itself when the portable marker is there) unless PROGRAM_DIR names a real
# Windows program folder built by PyInstaller on a Windows runner; Linux cannot
# build that. What is tested is the installers' behaviour: per-user install
# without admin, upgrade replaces the program folder only, a downgrade is
# refused, uninstall removes the program and never the data, silent switches.
# Versions used: 1.0.0, then 1.1.0 (upgrade), then 0.9.0 (refused downgrade).
# Needs: nsis, wixl (msitools), wine (wine64). Not part of make test.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for tool in makensis wixl wine; do
  command -v $tool >/dev/null || { echo "installer-check: $tool is missing (apt-get install nsis wixl wine wine64)" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/hjulet-installers-XXXXXX")
export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
cleanup() { wineserver -k 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
started=$(date +%s)

fail() { echo "installer-check: FAILED: $*" >&2; exit 1; }
w() { wine "$@"; local rc=$?; wineserver -w; return $rc; }

# --- three program folders (stand-in unless a real one is given)
for v in 1.0.0 1.1.0 0.9.0; do
  p=$work/prog-$v
  if [ $# -ge 1 ]; then
    cp -a "$1" "$p"
  else
    mkdir -p "$p/_internal/hjulet"
    makensis -V1 -DVERSION=$v -DOUTFILE="$p/hjulet.exe" "$here/standin.nsi"
    cp "$p/hjulet.exe" "$p/hjulet-cli.exe"
    echo "stand-in $v" >"$p/_internal/hjulet/version.txt"
  fi
  echo "only in $v" >"$p/_internal/only-in-$v.txt"
  python3 "$here/build_installers.py" $v "$p" "$work/out" >/dev/null
done
ls -la "$work/out"
echo "installer-check: installers built in $(( $(date +%s) - started )) s"

w wineboot -i >/dev/null 2>&1 || true
lad=$(winepath -u "$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')")
appdata=$(winepath -u "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')")
pf=$(winepath -u "$(wine cmd /c 'echo %ProgramW6432%' 2>/dev/null | tr -d '\r')")
data=$lad/Hjulet
runs=$data/vaults/standin/runs.txt
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Hjulet'

run_program() {  # $1 program folder, $2 expected version
  w "$1/hjulet.exe" || fail "the installed program did not run"
  tail -1 "$runs" | grep -q "ran $2" || fail "expected the installed program to be $2"
}
data_lines() { wc -l <"$runs" 2>/dev/null || echo 0; }

# ---------------------------------------------------------------- NSIS (per user)
dir=$lad/Programs/Hjulet
w "$work/out/Hjulet-1.0.0-setup.exe" /S || fail "NSIS install 1.0.0"
[ -f "$dir/hjulet.exe" ] && [ -f "$dir/hjulet-cli.exe" ] || fail "NSIS: not in %LOCALAPPDATA%\\Programs\\Hjulet"
[ -f "$appdata/Microsoft/Windows/Start Menu/Programs/Hjulet.lnk" ] || fail "NSIS: no Start menu entry"
wine reg query "$uninst_key" /v DisplayVersion 2>/dev/null | grep -q 1.0.0 || fail "NSIS: not registered for Apps & features"
run_program "$dir" 1.0.0
w "$work/out/Hjulet-1.1.0-setup.exe" /S || fail "NSIS upgrade to 1.1.0"
[ ! -e "$dir/_internal/only-in-1.0.0.txt" ] || fail "NSIS upgrade left files of 1.0.0 in the program folder"
run_program "$dir" 1.1.0
[ "$(data_lines)" = 2 ] || fail "NSIS upgrade lost data"
set +e; w "$work/out/Hjulet-0.9.0-setup.exe" /S; rc=$?; set -e
[ $rc -ne 0 ] || fail "NSIS: the downgrade to 0.9.0 was not refused"
[ -f "$dir/_internal/only-in-1.1.0.txt" ] && [ ! -e "$dir/_internal/only-in-0.9.0.txt" ] || fail "NSIS downgrade touched the program"
run_program "$dir" 1.1.0
w "$dir/Uninstall.exe" /S || fail "NSIS uninstall"
sleep 1; wineserver -w
[ ! -e "$dir/hjulet.exe" ] && [ ! -e "$dir/_internal" ] || fail "NSIS uninstall left the program"
[ ! -e "$appdata/Microsoft/Windows/Start Menu/Programs/Hjulet.lnk" ] || fail "NSIS uninstall left the shortcut"
! wine reg query "$uninst_key" >/dev/null 2>&1 || fail "NSIS uninstall left the registry entry"
[ "$(data_lines)" = 3 ] || fail "NSIS uninstall touched the data"
echo "installer-check: NSIS per-user: install, upgrade, refused downgrade (exit $rc), silent uninstall; data kept"

# ---------------------------------------------------------------- MSI per user and per machine
for scope in user machine; do
  if [ $scope = user ]; then dir=$lad/Programs/Hjulet; else dir=$pf/Hjulet; fi
  before=$(data_lines)
  w msiexec /i "$work/out/Hjulet-1.0.0-$scope.msi" /qn || fail "MSI $scope install"
  [ -f "$dir/hjulet.exe" ] || fail "MSI $scope: not in $dir"
  run_program "$dir" 1.0.0
  w msiexec /i "$work/out/Hjulet-1.1.0-$scope.msi" /qn || fail "MSI $scope upgrade"
  [ ! -e "$dir/_internal/only-in-1.0.0.txt" ] || fail "MSI $scope upgrade left files of 1.0.0"
  run_program "$dir" 1.1.0
  # Wine passes exit codes on modulo 256: msiexec's 1603 (fatal error) arrives as 67.
  set +e; w msiexec /i "$work/out/Hjulet-0.9.0-$scope.msi" /qn; rc=$?; set -e
  [ $rc -ne 0 ] || fail "MSI $scope: the downgrade to 0.9.0 was not refused"
  run_program "$dir" 1.1.0
  w msiexec /x "$work/out/Hjulet-1.1.0-$scope.msi" /qn || fail "MSI $scope uninstall"
  [ ! -e "$dir/hjulet.exe" ] || fail "MSI $scope uninstall left the program"
  [ "$(data_lines)" = $((before + 3)) ] || fail "MSI $scope: data lost"
  echo "installer-check: MSI per-$scope: install, upgrade, refused downgrade (exit $rc), silent uninstall; data kept"
done

# ---------------------------------------------------------------- portable zip
before=$(data_lines)
mkdir -p "$work/usb"
python3 -m zipfile -e "$work/out/Hjulet-1.1.0-portable.zip" "$work/usb"
[ -f "$work/usb/Hjulet/hjulet-portable.txt" ] || fail "portable: no marker in the zip"
w "$work/usb/Hjulet/hjulet.exe" || fail "portable: did not run"
grep -q "ran 1.1.0" "$work/usb/Hjulet/data/vaults/standin/runs.txt" || fail "portable: data not beside the program"
[ "$(data_lines)" = "$before" ] || fail "portable: wrote into the per-user folder"
echo "installer-check: portable zip keeps its data beside the program"

echo "installer-check: sizes (stand-in program, so only the installers' own overhead):"
for f in "$work"/out/Hjulet-1.1.0-*; do printf '  %8d bytes  %s\n' "$(stat -c %s "$f")" "$(basename "$f")"; done
echo "installer-check: passed in $(( $(date +%s) - started )) s"

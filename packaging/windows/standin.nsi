; A STAND-IN for hjulet.exe, used only by `make installer-check` on Linux: the
; real Windows executable can only be built on a Windows runner (PyInstaller
; does not cross-compile). Like the real program it keeps its data in
; %LOCALAPPDATA%\Hjulet, or in "data" beside itself when the portable marker
; hjulet-portable.txt is there; each run appends "ran VERSION" to
; vaults\standin\runs.txt there, standing in for a vault the person made.
Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
OutFile "${OUTFILE}"
!include "LogicLib.nsh"
Name "Hjulet stand-in ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Hjulet (stand-in)"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Hjulet stand-in for installer tests"
VIAddVersionKey "LegalCopyright" "EUPL-1.2"
Section
  ${If} ${FileExists} "$EXEDIR\hjulet-portable.txt"
    StrCpy $0 "$EXEDIR\data"
  ${Else}
    StrCpy $0 "$LOCALAPPDATA\Hjulet"
  ${EndIf}
  CreateDirectory "$0\vaults\standin"
  FileOpen $1 "$0\vaults\standin\runs.txt" a
  FileSeek $1 0 END
  FileWrite $1 "ran ${VERSION}$\r$\n"
  FileClose $1
SectionEnd

; Hjulet per-user installer (no administrator rights needed).
;   makensis -DVERSION=1.2.3 -DSRCDIR=path\to\Hjulet -DOUTFILE=Hjulet-1.2.3-setup.exe hjulet.nsi
; Silent: Hjulet-1.2.3-setup.exe /S      Uninstall silently: "%LOCALAPPDATA%\Programs\Hjulet\Uninstall.exe" /S
; Installs into %LOCALAPPDATA%\Programs\Hjulet. An upgrade replaces the program
; folder only; an older version than the installed one is refused (exit code 3);
; the uninstaller removes the program, its shortcut and its registry entry and
; never touches settings or vaults (%LOCALAPPDATA%\Hjulet, or wherever the
; person keeps vaults).

Unicode true
Target amd64-unicode
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !error "give -DVERSION=x.y.z"
!endif
!ifndef SRCDIR
  !error "give -DSRCDIR=the program folder"
!endif
!ifndef OUTFILE
  !define OUTFILE "Hjulet-${VERSION}-setup.exe"
!endif

!include "LogicLib.nsh"
!include "WordFunc.nsh"

!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Hjulet"

Name "Hjulet ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Hjulet"
ShowInstDetails nevershow
ShowUninstDetails nevershow
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Hjulet"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Hjulet installer"
VIAddVersionKey "LegalCopyright" "EUPL-1.2"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Function .onInit
  SetShellVarContext current
  ReadRegStr $0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${VERSION}" $1
    ${If} $1 == 1
      MessageBox MB_ICONSTOP "Hjulet $0 is installed; this is the older ${VERSION}. Uninstall the newer one first if you really want an older version." /SD IDOK
      SetErrorLevel 3
      Quit
    ${EndIf}
    ReadRegStr $2 HKCU "${UNINST_KEY}" "InstallLocation"
    ${If} $2 != ""
      StrCpy $INSTDIR $2
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Hjulet" SecMain
  SetShellVarContext current
  ; Upgrade: replace the program folder's content, nothing else.
  ${If} ${FileExists} "$INSTDIR\hjulet.exe"
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\hjulet.exe"
    Delete "$INSTDIR\hjulet-cli.exe"
    Delete "$INSTDIR\Uninstall.exe"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Hjulet.lnk" "$INSTDIR\hjulet.exe" "" "$INSTDIR\hjulet.exe" 0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "Hjulet"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Hjulet"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\hjulet.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put there: the program folder and the shortcut.
  ; Settings and vaults (%LOCALAPPDATA%\Hjulet, or a folder the person chose) stay.
  Delete "$SMPROGRAMS\Hjulet.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\hjulet.exe"
  Delete "$INSTDIR\hjulet-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

"""Windows installers from a Windows program folder (hjulet.exe, hjulet-cli.exe, _internal/).

    python packaging/windows/build_installers.py VERSION PROGRAM_DIR OUT_DIR

Writes to OUT_DIR:
- ``Hjulet-VERSION-setup.exe``: NSIS, per-user, no administrator rights;
- ``Hjulet-VERSION-user.msi``: per-user MSI (Intune "user" context);
- ``Hjulet-VERSION-machine.msi``: per-machine MSI (Program Files, needs admin: IT);
- ``Hjulet-VERSION-portable.zip``: the folder plus the portable marker.

Needs ``makensis`` (NSIS 3) and ``wixl`` (msitools); both exist on Debian and
Ubuntu. Stdlib only. Both MSIs share one UpgradeCode per scope so a newer
version replaces an older one (MajorUpgrade) and an older one is refused.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
# Fixed forever: Windows Installer recognises "the same product" by these.
UPGRADE_CODE = {
    "user": "6C0E4E0B-4E0A-4C55-9A39-2F2C7B1B7A11",
    "machine": "2B5A0C6E-8D2F-4F0B-B1E4-7C9A3D1E5F22",
}
NAMESPACE = uuid.UUID("9E3C2A51-0B7D-4E61-8F0A-5D4C3B2A1908")
PORTABLE_MARKER = "hjulet-portable.txt"


def _guid(*parts: str) -> str:
    """A stable component GUID per scope and file (the MSI rules want it stable)."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts))).upper()


def _ident(prefix: str, rel: str) -> str:
    return prefix + uuid.uuid5(NAMESPACE, rel).hex[:24]


def wxs(version: str, program: Path, scope: str) -> str:
    per_user = scope == "user"
    dirs: dict[str, list[str]] = {}
    components: list[str] = []
    for path in sorted(program.rglob("*")):
        if path.is_dir():
            continue
        rel = path.relative_to(program).as_posix()
        parent = rel.rsplit("/", 1)[0] if "/" in rel else ""
        comp = _ident("c", scope + rel)
        key = (
            f'<RegistryValue Root="HKCU" Key="Software\\Hjulet\\Installed" Name={quoteattr(comp)} '
            'Type="integer" Value="1" KeyPath="yes"/>'
            if per_user
            else ""
        )
        file_key = "no" if per_user else "yes"
        dirs.setdefault(parent, []).append(
            f'<Component Id="{comp}" Guid="{_guid(scope, rel)}" Win64="yes">'
            f"<File Id={quoteattr(_ident('f', rel))} Source={quoteattr(rel)} "
            f'KeyPath="{file_key}"/>{key}</Component>'
        )
        components.append(comp)

    all_dirs: set[str] = set()
    for d in dirs:
        parts = d.split("/") if d else []
        all_dirs.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))

    def tree(parent: str) -> str:
        children = sorted(
            c for c in all_dirs if (c.rsplit("/", 1)[0] if "/" in c else "") == parent
        )
        out = "".join(dirs.get(parent, []))
        for child in children:
            name = child.rsplit("/", 1)[-1]
            did = _ident("d", scope + child)
            cleanup = ""
            if per_user:
                cid = _ident("r", scope + child)
                cleanup = (
                    f'<Component Id="{cid}" Guid="{_guid(scope, "rm", child)}" Win64="yes">'
                    f'<RemoveFolder Id="{cid}x" On="uninstall"/>'
                    f'<RegistryValue Root="HKCU" Key="Software\\Hjulet\\Installed" Name="{cid}" '
                    'Type="integer" Value="1" KeyPath="yes"/></Component>'
                )
                components.append(cid)
            out += (
                f'<Directory Id="{did}" Name={quoteattr(name)}>{cleanup}{tree(child)}</Directory>'
            )
        return out

    root = "LocalAppDataFolder" if per_user else "ProgramFiles64Folder"
    programs = '<Directory Id="ProgramsDir" Name="Programs">' if per_user else ""
    programs_end = "</Directory>" if per_user else ""
    hkey = "HKCU" if per_user else "HKLM"
    shortcut = (
        f'<Component Id="StartMenu" Guid="{_guid(scope, "startmenu")}" Win64="yes">'
        '<Shortcut Id="HjuletShortcut" Name="Hjulet" Target="[INSTALLDIR]hjulet.exe" '
        'WorkingDirectory="INSTALLDIR"/>'
        f'<RegistryValue Root="{hkey}" Key="Software\\Hjulet" Name="StartMenu" Type="integer" '
        'Value="1" KeyPath="yes"/></Component>'
    )
    components.append("StartMenu")
    install_cleanup = ""
    if per_user:
        install_cleanup = (
            f'<Component Id="InstallDirCleanup" Guid="{_guid(scope, "installdir")}" Win64="yes">'
            '<RemoveFolder Id="InstallDirRm" On="uninstall"/>'
            '<RegistryValue Root="HKCU" Key="Software\\Hjulet\\Installed" Name="dir" '
            'Type="integer" Value="1" KeyPath="yes"/></Component>'
        )
        components.append("InstallDirCleanup")
    refs = "".join(f'<ComponentRef Id="{c}"/>' for c in components)
    title = "Hjulet" if per_user else "Hjulet (all users)"
    install_scope = "perUser" if per_user else "perMachine"
    body = tree("")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="{title}" Language="1033" Version="{version}" Manufacturer="Hjulet"
           UpgradeCode="{UPGRADE_CODE[scope]}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="{install_scope}"
             Description="Hjulet {version}" Comments="EUPL-1.2"/>
    <MajorUpgrade DowngradeErrorMessage="A newer version of Hjulet is already installed."/>
    <Media Id="1" Cabinet="hjulet.cab" EmbedCab="yes"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Property Id="ARPNOREPAIR" Value="1"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="{root}">{programs}
        <Directory Id="INSTALLDIR" Name="Hjulet">{install_cleanup}{body}</Directory>{programs_end}
      </Directory>
      <Directory Id="ProgramMenuFolder">{shortcut}</Directory>
    </Directory>
    <Feature Id="Main" Level="1">{refs}</Feature>
  </Product>
</Wix>
"""


def build(version: str, program: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    setup = out / f"Hjulet-{version}-setup.exe"
    subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={version}",
            f"-DSRCDIR={program}",
            f"-DOUTFILE={setup}",
            str(HERE / "hjulet.nsi"),
        ],
        check=True,
    )
    made.append(setup)
    for scope in ("user", "machine"):
        source = out / f"hjulet-{scope}.wxs"
        source.write_text(wxs(version, program, scope), encoding="utf-8")
        msi = out / f"Hjulet-{version}-{scope}.msi"
        # wixl reads File sources relative to its working folder.
        subprocess.run(["wixl", "-a", "x64", "-o", str(msi), str(source)], check=True, cwd=program)
        source.unlink()
        made.append(msi)
    portable = out / f"Hjulet-{version}-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(program.rglob("*")):
            if path.is_file():
                z.write(path, f"Hjulet/{path.relative_to(program).as_posix()}")
        z.writestr(
            f"Hjulet/{PORTABLE_MARKER}",
            "This file makes Hjulet portable: settings, logs and vaults are kept in the\r\n"
            "'data' folder beside hjulet.exe. Delete this file to use the per-user folder.\r\n",
        )
    made.append(portable)
    return made


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    for path in build(sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()):
        print(f"{path.stat().st_size / 1048576:8.1f} MiB  {path.name}")

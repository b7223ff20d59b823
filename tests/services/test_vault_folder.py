"""Where a vault may live (Qt-free)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjulet.services.vault_folder import (
    FolderRisk,
    folder_risks,
    read_linux_mounts,
    suggested_folder_name,
)

LOCAL = [("/", "ext4")]


@pytest.mark.parametrize(
    "path",
    [
        "/home/anna/OneDrive - Vingåker kommun/Hjulet",
        "/home/anna/Dropbox/vault",
        "/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/v",
        "/Users/anna/Library/CloudStorage/GoogleDrive-anna/My Drive/v",
        "/home/anna/Nextcloud/v",
    ],
)
def test_cloud_synced_folders_are_named(path: str) -> None:
    assert FolderRisk.CLOUD_SYNC in folder_risks(path, mounts=LOCAL, windows=False)


@pytest.mark.parametrize(
    ("path", "windows", "mounts"),
    [
        (r"\\fileserver\home$\anna\Hjulet", True, None),
        ("//fileserver/share/Hjulet", False, LOCAL),
        ("/srv/share/Hjulet", False, [*LOCAL, ("/srv/share", "cifs")]),
        ("/home/anna/nfs/v", False, [*LOCAL, ("/home/anna/nfs", "nfs4")]),
        ("/mnt/h/Hjulet", False, [*LOCAL, ("/mnt/h", "fuse.sshfs")]),
    ],
)
def test_network_shares_are_named(path: str, windows: bool, mounts: list | None) -> None:  # type: ignore[type-arg]
    assert FolderRisk.NETWORK in folder_risks(path, mounts=mounts, windows=windows)


def test_local_new_folder_is_fine_and_full_folder_is_not(tmp_path: Path) -> None:
    assert folder_risks(tmp_path / "new", mounts=LOCAL, windows=False) == []
    (tmp_path / "a.txt").write_text("x")
    assert folder_risks(tmp_path, mounts=LOCAL, windows=False) == [FolderRisk.NOT_EMPTY]
    assert FolderRisk.NOT_A_FOLDER in folder_risks(tmp_path / "a.txt", mounts=LOCAL)


def test_proc_mounts_parsing(tmp_path: Path) -> None:
    f = tmp_path / "mounts"
    f.write_text("/dev/sda1 / ext4 rw 0 0\n//srv/s /mnt/my\\040share cifs rw 0 0\n")
    mounts = read_linux_mounts(f)
    assert ("/mnt/my share", "cifs") in mounts
    assert FolderRisk.NETWORK in folder_risks("/mnt/my share/v", mounts=mounts, windows=False)
    assert read_linux_mounts(tmp_path / "missing") == []


def test_suggested_folder_name_is_safe() -> None:
    assert suggested_folder_name('Kurator: "Vingåker"/öst') == "Kurator Vingåkeröst"
    assert suggested_folder_name("   ") == "Hjulet"

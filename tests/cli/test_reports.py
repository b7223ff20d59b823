"""`hjulet summary` and `hjulet blank-sheet` run in-process with real argv; PDFs read back.

One run is a real subprocess: that nothing lands in its TMPDIR.
"""

from __future__ import annotations

import io
import shutil
import string
from pathlib import Path

import pypdf
import pytest

from hjulet import services
from hjulet.core import languages
from hjulet.core.catalog import Catalog
from hjulet.core.child_texts import load_book
from hjulet.core.model import AuditAction
from hjulet.reports.labels import EN
from hjulet.storage.keyslots import FAST_KDF
from tests.cli.run import Run, run_cli, run_process
from tests.conftest import PASS
from tests.reports.builders import pdftotext
from tests.services.summary_builders import (
    ADULT_NOTE,
    CODE,
    NAME,
    NEW_DAY,
    OLD_DAY,
    SHARED_WORDS,
    WITHHELD,
    build_child,
)


def hjulet(*args: str, base: Path, stdin: str = PASS + "\n", tmpdir: Path | None = None) -> Run:
    """``hjulet --basedir BASE --fast-kdf ARGS``; with ``tmpdir``, a process with that TMPDIR."""
    argv = ("--basedir", str(base), "--fast-kdf", *args)
    if tmpdir is not None:
        return run_process(*argv, stdin=stdin, env={"TMPDIR": str(tmpdir)})
    return run_cli(*argv, stdin=stdin)


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> Path:
    """A closed vault holding the test child (two conversations, consent, SIP plan)."""
    path = tmp_path_factory.mktemp("filled") / "vault"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        build_child(vault, catalog)
        services.add_child(vault, name="Tom", code="B-EMPTY-0002")  # no conversations
    return path


@pytest.fixture
def filled(filled_template: Path, tmp_path: Path) -> Path:
    """The test's own copy of ``filled_template`` (printing writes to its audit log)."""
    path = tmp_path / "vault"
    shutil.copytree(filled_template, path)
    return path


def _flat(path: Path) -> str:
    return " ".join(pdftotext(path, "-layout").split())


def _pages(path: Path) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_summary_of_the_latest_conversation(tmp_path: Path, filled: Path) -> None:
    out = tmp_path / "out" / "sip.pdf"
    out.parent.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    base = tmp_path / "base"
    r = hjulet("summary", str(filled), "--child", CODE, "--out", str(out),
               "--passphrase-file", "-", base=base, tmpdir=scratch)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert f"samtalet {NEW_DAY.isoformat()}" in r.stdout and "inte krypterad" in r.stdout
    text = _flat(out)
    for words in SHARED_WORDS:
        assert words in text
    assert "HEMLIG" not in text
    # the child's withheld items are not counted (a count could point to the area the
    # child kept): the neutral key stands for every reason
    assert f"{WITHHELD} av barnets" not in text and "barnet valde att" not in text
    assert "– Visas inte här: inte besvarat, eller inte till det här mötet." in text
    assert "Ibland › Ofta" in text  # changed since the conversation before
    assert ADULT_NOTE in text and text.index("Den vuxnes bild") < text.index(ADULT_NOTE)
    assert CODE in text and NAME not in text
    # nothing but the PDF was written beside it, and no temp files
    assert [p.name for p in out.parent.iterdir()] == ["sip.pdf"]
    assert list(scratch.iterdir()) == []
    with services.open_vault(filled, PASS) as vault:
        printed = [(e.child_code, e.detail) for e in services.list_audit(vault)
                   if e.action is AuditAction.PRINTED]  # fmt: skip
    assert printed == [(CODE, "summary")]


def test_choosing_a_conversation_language_and_name(tmp_path: Path, filled: Path) -> None:
    base = tmp_path / "base"
    first = tmp_path / "first.pdf"
    r = hjulet("--lang", "en", "summary", str(filled), "--child", CODE, "--conversation",
               OLD_DAY.isoformat(), "--name-or-code", "name", "--out", str(first),
               "--passphrase-file", "-", base=base)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("The summary of the conversation on " + OLD_DAY.isoformat())
    text = _flat(first)
    assert EN.title in text and NAME in text and CODE not in text
    assert "Hemma är det lugnt" not in text  # that was said in the later conversation

    r = hjulet("summary", str(filled), "--child", CODE, "--conversation", "999",
               "--out", str(tmp_path / "x.pdf"), "--passphrase-file", "-", base=base)  # fmt: skip
    assert r.returncode == 5
    assert OLD_DAY.isoformat() in r.stderr and NEW_DAY.isoformat() in r.stderr  # lists them
    assert not (tmp_path / "x.pdf").exists()


def test_child_copy_in_arabic(tmp_path: Path, filled: Path) -> None:
    out = tmp_path / "copy.pdf"
    r = hjulet("summary", str(filled), "--child", CODE, "--child-copy", "ar",
               "--name-or-code", "name", "--out", str(out), "--passphrase-file", "-",
               base=tmp_path / "base")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "Barnets kopia" in r.stdout
    assert 1 <= len(_pages(out)) <= 2
    text = _flat(out)
    assert NAME in text and "HEMLIG-SOMN" in text  # the child's own: all they said
    assert ADULT_NOTE not in text
    embedded = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in _pages(out)
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()
    }
    assert "NotoNaskhArabic-Regular" in embedded  # the bundled Arabic font, embedded
    r = hjulet("summary", str(filled), "--child", CODE, "--child-copy", "zz", "--force",
               "--out", str(out), "--passphrase-file", "-", base=tmp_path / "base")  # fmt: skip
    assert r.returncode == 5 and "zz" in r.stderr and "so (Soomaali – somaliska)" in r.stderr


def test_errors_have_messages_and_exit_codes(tmp_path: Path, filled: Path) -> None:
    base = tmp_path / "base"
    out = tmp_path / "s.pdf"

    def run(*args: str, stdin: str = PASS + "\n") -> Run:
        return hjulet("summary", str(filled), *args, "--out", str(out), "--passphrase-file",
                      "-", base=base, stdin=stdin)  # fmt: skip

    r = run("--child", "B-NOPE")
    assert r.returncode == 5 and "B-NOPE" in r.stderr
    r = run("--child", "B-EMPTY-0002")
    assert r.returncode == 5 and "inga samtal" in r.stderr
    r = run("--child", CODE, stdin="wrong\n")
    assert r.returncode == 3
    r = hjulet("summary", str(filled), "--child", CODE, "--out", str(tmp_path / "no" / "s.pdf"),
               "--passphrase-file", "-", base=base)  # fmt: skip
    assert r.returncode == 5 and "Kan inte skriva" in r.stderr
    assert not out.exists() and not (tmp_path / "no").exists()
    assert all("Traceback" not in x for x in (r.stderr, r.stdout))


def test_blank_sheet_needs_no_vault(tmp_path: Path) -> None:
    base = tmp_path / "base"
    a3 = tmp_path / "a3.pdf"
    r = hjulet("blank-sheet", "--lang", "ti", "--paper", "A3", "--out", str(a3), base=base)
    assert r.returncode == 0, r.stderr
    (page,) = _pages(a3)
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 1191)
    a4 = tmp_path / "a4.pdf"
    r = hjulet("blank-sheet", "--scale", "faces3", "--out", str(a4), base=base)
    assert r.returncode == 0, r.stderr
    (page,) = _pages(a4)
    assert round(float(page.mediabox.width)) == 595
    assert "Trygg" in _flat(a4)
    r = hjulet("blank-sheet", "--lang", "xx", "--out", str(a4), base=base)
    assert (
        r.returncode == 5 and "prs (دری – dari)" in r.stderr and "fi (Suomi – finska)" in r.stderr
    )
    r = hjulet("blank-sheet", "--scale", "nope", "--out", str(a4), base=base)
    assert r.returncode == 2 and "steps4" in r.stderr


def test_its_messages_are_registered_and_translated() -> None:
    import hjulet.cli.reports  # noqa: F401 - registers its messages
    from hjulet.cli.messages import MESSAGES
    from hjulet.core.i18n import catalogue

    prefixes = ("cmd_summary", "cmd_blank", "summary_", "child_copy_", "blank_", "err_copy",
                "err_sheet", "err_scale", "err_no_conv", "err_conv",
                "err_unknown_lang")  # fmt: skip
    ours = [k for k in MESSAGES if k.startswith(prefixes)]
    assert len(ours) >= 10
    swedish = catalogue("sv")
    for key in ours:
        source = MESSAGES[key]
        sv = swedish.translate("Cli", source)
        assert sv != source, key
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (source, sv)]
        assert fields[0] == fields[1], key


def _embedded_fonts(path: Path) -> set[str]:
    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in _pages(path)
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()
    }


@pytest.mark.parametrize("lang", languages.CODES)
def test_blank_sheet_and_child_copy_in_each_language(
    tmp_path: Path, filled: Path, lang: str
) -> None:
    base = tmp_path / "base"
    sheet, copy = tmp_path / "sheet.pdf", tmp_path / "copy.pdf"
    r = hjulet("blank-sheet", "--lang", lang, "--out", str(sheet), base=base)
    assert r.returncode == 0, r.stderr
    r = hjulet("summary", str(filled), "--child", CODE, "--child-copy", lang,
               "--out", str(copy), "--passphrase-file", "-", base=base)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert len(_pages(sheet)) == 1 and 1 <= len(_pages(copy)) <= 2
    registered = languages.get(lang)
    font = registered.font.regular.removesuffix(".ttf")
    for pdf in (sheet, copy):
        assert font in _embedded_fonts(pdf), (lang, pdf.name)
    book = load_book(lang)
    if not registered.rtl:  # Arabic script is shaped: its extracted text differs
        assert book.get("paper.title") in _flat(copy)
        assert book.get("paper.name_field") in _flat(sheet)

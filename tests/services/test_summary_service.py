"""The summary service on a real vault: data chosen, consent on today's date, PDFs read back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.errors import InvalidInput, NotFound
from hjulet.core.model import Answer, AuditAction, EntryField
from hjulet.reports.labels import DEFAULT_CONFIDENTIALITY, EN
from hjulet.services.summary import (
    NoConversation,
    ReportRequest,
    blank_sheet_pdf,
    build_summary_data,
    child_copy_languages,
    read_encrypted_pdf,
    render_report,
    save_summary_settings,
    summary_settings,
    write_report,
)
from hjulet.storage.keyslots import FAST_KDF
from hjulet.storage.vault import Vault
from tests.reports.builders import pdftotext
from tests.services.summary_builders import (
    ADULT_NOTE,
    CODE,
    CONSENT_DAY,
    NAME,
    NEW_DAY,
    OLD_DAY,
    SHARED_WORDS,
    WITHHELD,
    build_child,
)

TODAY = date(2025, 3, 12)


def _text(pdf: bytes, tmp_path: Path, name: str = "out.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return " ".join(pdftotext(path, "-layout").split())


def _printed(vault: Vault) -> list[tuple[str, str]]:
    return [
        (e.child_code, e.detail)
        for e in services.list_audit(vault)
        if e.action is AuditAction.PRINTED
    ]


def test_latest_conversation_by_default_with_the_previous_one(
    vault: Vault, catalog: Catalog
) -> None:
    built = build_child(vault, catalog)
    data = build_summary_data(vault, built.child_id, today=TODAY)
    assert data.conversation.id == built.new.id and data.conversation.held_on == NEW_DAY
    assert data.previous is not None and data.previous.id == built.old.id
    assert data.child_display == CODE
    assert data.sip is not None and data.sip.overall_responsible == "Socialtjänsten"
    assert [c.given_on for c in data.consents] == [CONSENT_DAY]
    assert data.sharing_date == TODAY  # consent is checked on the day it is printed

    first = build_summary_data(vault, built.child_id, built.old.id, display="name", today=TODAY)
    assert first.conversation.held_on == OLD_DAY and first.previous is None
    assert first.child_display == NAME


def test_name_falls_back_to_code_and_errors_are_typed(vault: Vault, catalog: Catalog) -> None:
    built = build_child(vault, catalog, name="")
    assert build_summary_data(vault, built.child_id, display="name").child_display == CODE
    other = services.add_child(vault, name="Utan samtal")
    assert other.id is not None
    with pytest.raises(NoConversation):
        build_summary_data(vault, other.id)
    other_conv = services.start_conversation(
        vault, other.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    with pytest.raises(NotFound):  # a conversation of another child
        build_summary_data(vault, built.child_id, other_conv.id)
    with pytest.raises(InvalidInput):
        build_summary_data(vault, built.child_id, display="personnummer")  # type: ignore[arg-type]


def test_summary_prints_only_shared_items_counts_the_rest(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    built = build_child(vault, catalog)
    pdf = render_report(vault, ReportRequest(built.child_id), today=TODAY)
    text = _text(pdf, tmp_path)
    for words in SHARED_WORDS:
        assert words in text
    assert "HEMLIG" not in text
    # the child's withheld items are not counted (a count could point to the area the
    # child kept): the neutral key stands for every reason
    assert f"{WITHHELD} av barnets" not in text and "barnet valde att" not in text
    assert "– Visas inte här: inte besvarat, eller inte till det här mötet." in text
    assert "Ofta (steg 3 av 4)" in text  # the answer in words
    assert "Ibland › Ofta" in text  # change since the previous conversation, in words
    assert ADULT_NOTE in text
    assert text.index("Den vuxnes bild") < text.index(ADULT_NOTE)
    assert "BUP Eskilstuna" in text and "Socialtjänsten" in text
    assert CODE in text and NAME not in text
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
    assert not any(CODE in str(v) or NAME in str(v) for v in meta.values())


def test_consent_must_be_valid_on_the_day_it_is_printed(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    built = build_child(vault, catalog)
    request = ReportRequest(built.child_id)
    # the day before consent was given (but after the conversation): nothing shared
    before = _text(render_report(vault, request, today=date(2025, 3, 10)), tmp_path, "a.pdf")
    assert not any(words in before for words in SHARED_WORDS)
    assert ADULT_NOTE not in before
    assert "inget giltigt samtycke den 2025-03-10" in before
    # withdrawn today: nothing shared from today on
    assert built.consent is not None and built.consent.id is not None
    services.withdraw_consent(vault, built.consent.id, on=TODAY)
    after = _text(render_report(vault, request, today=TODAY), tmp_path, "b.pdf")
    assert not any(words in after for words in SHARED_WORDS)
    assert "inget giltigt samtycke den 2025-03-12" in after


def test_settings_defaults_saved_values_and_marking(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    built = build_child(vault, catalog)
    settings = summary_settings(vault)
    assert settings["confidentiality_text"] == DEFAULT_CONFIDENTIALITY
    assert settings["legal_reference"].startswith("SoL")
    assert settings["organisation"] == settings["prepared_by"] == ""
    # the unchanged default marking follows the summary's language
    english = _text(
        render_report(vault, ReportRequest(built.child_id, lang="en"), today=TODAY),
        tmp_path,
        "en.pdf",
    )
    assert EN.confidentiality in english and DEFAULT_CONFIDENTIALITY not in english

    save_summary_settings(
        vault,
        organisation="Flens kommun",
        prepared_by="Anna Kurator",
        confidentiality_text="Sekretess enligt OSL 23 kap.",
    )
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path)
    assert "Flens kommun" in text and "Anna Kurator" in text
    assert text.count("Sekretess enligt OSL 23 kap.") >= 2  # on every page
    assert DEFAULT_CONFIDENTIALITY not in text
    with pytest.raises(InvalidInput):
        save_summary_settings(vault, colour="red")
    with pytest.raises(InvalidInput):
        save_summary_settings(vault, organisation="x" * 1000)


def test_child_copy_has_all_the_childs_words_and_no_adult_note(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    built = build_child(vault, catalog)
    assert child_copy_languages(built.new)[0] == "sv"
    assert set(child_copy_languages(built.new)) >= {"sv", "en", "ar", "ti"}
    pdf = render_report(
        vault,
        ReportRequest(built.child_id, kind="child-copy", lang="sv", display="name"),
        today=TODAY,
    )
    text = _text(pdf, tmp_path)
    assert "HEMLIG-SOMN" in text  # the copy is the child's own: everything they said
    assert ADULT_NOTE not in text
    assert NAME in text
    assert 1 <= len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 2
    with pytest.raises(InvalidInput):
        render_report(vault, ReportRequest(built.child_id, kind="child-copy", lang="xx"))
    with pytest.raises(InvalidInput):
        render_report(vault, ReportRequest(built.child_id, lang="ar"))  # summary: sv or en


def test_write_report_writes_the_file_and_logs_it_preview_does_not(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    built = build_child(vault, catalog)
    render_report(vault, ReportRequest(built.child_id))
    assert _printed(vault) == []  # a preview in memory is not logged
    out = tmp_path / "out" / "sip.pdf"
    out.parent.mkdir()
    write_report(vault, ReportRequest(built.child_id), out, today=TODAY)
    write_report(
        vault,
        ReportRequest(built.child_id, kind="child-copy", lang="ar"),
        out.with_name("copy.pdf"),
    )
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.pdf", "sip.pdf"]  # no leftovers
    assert out.read_bytes().startswith(b"%PDF")
    assert _printed(vault) == [(CODE, "summary"), (CODE, "child-copy")]
    assert services.verify_audit(vault) is None


def test_the_summary_reads_the_vault_once(
    vault: Vault, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Child, conversations, consents, SIP plan, settings and guardian views: one session
    (it was six), so the summary is one consistent picture of the vault."""
    built = build_child(vault, catalog)
    real = vault.session
    opened: list[int] = []

    def counting() -> Any:
        opened.append(1)
        return real()

    monkeypatch.setattr(vault, "session", counting)
    data = build_summary_data(vault, built.child_id, today=TODAY)
    assert len(opened) == 1
    assert data.sip is not None and data.consents and data.previous is not None
    opened.clear()
    render_report(vault, ReportRequest(built.child_id), today=TODAY)
    assert len(opened) == 1


def test_write_report_takes_the_previewed_bytes_plain_or_encrypted_and_logs_only_once_written(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    """The one call the GUI and the CLI use to let a document leave the program."""
    built = build_child(vault, catalog)
    request = ReportRequest(built.child_id)
    preview = render_report(vault, request, today=TODAY)
    plain = write_report(vault, request, tmp_path / "sip.pdf", pdf=preview)
    assert plain.read_bytes() == preview  # exactly what the user saw
    sealed = write_report(
        vault, request, tmp_path / "sip.hbk", pdf=preview, passphrase="mötets lösen", kdf=FAST_KDF
    )
    assert not sealed.read_bytes().startswith(b"%PDF")
    assert read_encrypted_pdf(sealed, "mötets lösen") == preview
    assert _printed(vault) == [(CODE, "summary"), (CODE, "summary")]
    # a file that cannot be written is not logged as printed
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):
        write_report(vault, request, tmp_path / "taken" / "no" / "x.pdf", pdf=preview)
    assert _printed(vault) == [(CODE, "summary"), (CODE, "summary")]


def test_blank_sheet_in_a4_and_a3_needs_no_vault(catalog: Catalog, tmp_path: Path) -> None:
    a4 = pypdf.PdfReader(io.BytesIO(blank_sheet_pdf("sv", "A4", catalog=catalog)))
    a3 = pypdf.PdfReader(io.BytesIO(blank_sheet_pdf("ti", "A3", catalog=catalog)))
    assert len(a4.pages) == len(a3.pages) == 1
    assert round(float(a4.pages[0].mediabox.width)) == 595
    assert round(float(a3.pages[0].mediabox.width)) == 842
    text = _text(blank_sheet_pdf("sv", catalog=catalog), tmp_path)
    assert "Trygg" in text and "Delaktig" in text
    with pytest.raises(InvalidInput):
        blank_sheet_pdf("sv", "A5")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        blank_sheet_pdf("xx")


def test_a_conversation_held_before_a_language_existed_prints_in_it(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    """The frozen wheel of an older conversation lacks Somali; the same wheel now has it."""
    from hjulet.core.wheel import definition_from_dict

    data = catalog.definition().to_dict()
    keep = ("sv", "en")
    data["languages"] = {k: v for k, v in data["languages"].items() if k in keep}
    data["name"] = {k: v for k, v in data["name"].items() if k in keep}
    for area in data["areas"]:
        for field in ("label", "question", "description"):
            area[field] = {k: v for k, v in area[field].items() if k in keep}
    old_wheel = definition_from_dict(data, "old")
    child = services.add_child(vault, code="OLD-WHEEL", languages=("so", "sv"))
    assert child.id is not None
    conv = services.start_conversation(
        vault, child.id, definition=old_wheel, scale=catalog.scale("steps4"), language="so"
    )
    assert "so" not in conv.definition.languages
    assert child_copy_languages(conv)[0] == "so"
    pdf = render_report(vault, ReportRequest(child.id, kind="child-copy", lang="so"), today=TODAY)
    text = " ".join(_text(pdf, tmp_path).split())
    somali = catalog.definition().area("trygg").label_in("so")
    assert somali in text and "Trygg" not in text  # Somali names, not a Swedish fallback
    # what the frozen copy said is untouched
    assert services.get_conversation(vault, conv.id).definition == old_wheel  # type: ignore[arg-type]


def test_a_guardians_answer_noted_in_the_conversation_reaches_the_summary(
    vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:
    """It used to be stored and never printed. Now, with its flag and a valid consent, the
    summary shows it as the professional's note, apart from the guardians' own views."""
    built = build_child(vault, catalog)
    cid = built.new.id
    assert cid is not None
    services.set_answer(vault, cid, "trygg", Answer.at(1), "guardian")
    services.set_answer(vault, cid, "aktiv", Answer.at(4), "guardian")  # not marked
    heading = "En vårdnadshavares svar, som den vuxne antecknade det"
    request = ReportRequest(built.child_id)
    text = _text(render_report(vault, request, today=TODAY), tmp_path, "unmarked.pdf")
    assert heading not in text
    services.set_shared(vault, cid, "trygg", EntryField.GUARDIAN_ANSWER, True)
    text = _text(render_report(vault, request, today=TODAY), tmp_path, "marked.pdf")
    noted = text[text.index(heading) : text.index("Inför mötet")]
    assert "Trygg Aldrig (steg 1 av 4)" in noted
    assert "Aktiv" not in noted
    # English too
    en = ReportRequest(built.child_id, lang="en")
    text = _text(render_report(vault, en, today=TODAY), tmp_path, "en.pdf")
    assert "A guardian's answer, as the adult noted it" in text
    assert "Safe Never (step 1 of 4)" in text
    # consent withdrawn: gone again
    assert built.consent is not None and built.consent.id is not None
    services.withdraw_consent(vault, built.consent.id, on=TODAY)
    text = _text(render_report(vault, request, today=TODAY), tmp_path, "withdrawn.pdf")
    assert heading not in text and "Aldrig (steg 1 av 4)" not in text

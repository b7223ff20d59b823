"""Use cases for printing: the SIP summary, the child's own copy, the blank wheel sheet.

``build_summary_data`` gathers what ``hjulet.reports`` prints from the vault, in
one read: the chosen conversation (the latest by default), the one before it
(for "change since last time"), every consent of the child, the SIP plan, the
guardians' own views, and the organisation / prepared-by / legal reference /
confidentiality marking from the vault's settings.

**What each paper may hold is decided here, never by a renderer.** Before a
document is drawn, the gathered data goes through ``core.sharing``:
``for_meeting`` hands the summary the sharing rule's filtered view
(``meeting_view``) and only the conversation's frame; ``for_child_copy`` hands
the child's copy the child's own items without anything the adults noted;
the guardian's copy gets the frame and that guardian's view only.

**Which date consent must be valid on: today.** The summary is printed (or saved)
today, and that is the moment the child's words leave the vault, so only consents
valid *today* count (``SummaryData.meeting_on = today``). Not the conversation
date: a consent withdrawn since the conversation must stop the sharing, and a
consent given after the conversation (the usual order: talk first, then ask)
allows it. ``core.sharing.meeting_view`` is the rule; this module passes it the
date.

Rendering returns the PDF as bytes held in memory (for a preview nothing is
written anywhere). A document leaves the program in one call that writes it
(plainly or into the encrypted container, atomically) and logs it:
``write_report`` and ``write_guardian_copy``, used by the CLI and the GUI alike
(the GUI passes the very bytes it previewed). Printed on paper (only the GUI
can), it is logged by ``record_printed`` / ``record_guardian_copy_printed``.
Each such audit line is ``printed`` with the detail ``summary`` /
``child-copy`` / ``guardian-copy``; previews are not logged.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from hjulet.core import languages, sharing
from hjulet.core.catalog import Catalog, load_catalog
from hjulet.core.child_texts import available_child_languages
from hjulet.core.errors import InvalidInput, NotFound, Problem, VaultDamaged
from hjulet.core.model import MAX_SHORT, AgeTier, AuditAction, Conversation
from hjulet.core.problems import P
from hjulet.core.settings import SUMMARY_SETTINGS
from hjulet.core.text import checked
from hjulet.reports import (
    SummaryData,
    labels_for,
    render_blank_sheet,
    render_child_copy,
    render_summary,
)
from hjulet.reports.labels import (
    DEFAULT_CONFIDENTIALITY,
    PAPERS,
    SUMMARY_LANGUAGES,
    Paper,
)
from hjulet.services.children import get_child
from hjulet.services.settings import get_settings, save_settings
from hjulet.services.vault import record_audit
from hjulet.storage import repository
from hjulet.storage.container import inspect_container, read_container, write_container
from hjulet.storage.files import write_atomic
from hjulet.storage.keyslots import PRODUCT_KDF, KdfParams
from hjulet.storage.settings import stored_settings
from hjulet.storage.vault import Vault

__all__ = [
    "ENCRYPTED_PDF",
    "PAPERS",
    "SUMMARY_LANGUAGES",
    "SUMMARY_SETTING_DEFAULTS",
    "Display",
    "NoConversation",
    "Paper",
    "ReportKind",
    "ReportRequest",
    "blank_sheet_pdf",
    "build_summary_data",
    "child_copy_languages",
    "choose_conversation",
    "for_child_copy",
    "for_guardian_copy",
    "for_meeting",
    "guardian_copy_pdf",
    "read_encrypted_pdf",
    "record_guardian_copy_printed",
    "record_printed",
    "render_report",
    "save_summary_settings",
    "summary_settings",
    "write_encrypted_pdf",
    "write_guardian_copy",
    "write_pdf",
    "write_report",
]

Display = Literal["code", "name"]
ReportKind = Literal["summary", "child-copy"]

# Vault settings used on the summary. The defaults are what a Swedish
# organisation would print if nobody changed anything.
SUMMARY_SETTING_DEFAULTS: dict[str, str] = {s.key: s.default for s in SUMMARY_SETTINGS}
_SETTING_LIMITS = {s.key: s.max_length or MAX_SHORT for s in SUMMARY_SETTINGS}


class NoConversation(NotFound):
    """The child has no conversation (yet) to summarise."""


@dataclass(frozen=True)
class ReportRequest:
    """What to print: which child and conversation, which document, in what language."""

    child_id: int
    conversation_id: int | None = None  # None: the latest conversation
    kind: ReportKind = "summary"
    lang: str = "sv"  # summary: sv | en; child copy: the child's language
    display: Display = "code"  # the child's code or first name in the header


# ---------------------------------------------------------------- settings


def summary_settings(vault: Vault) -> dict[str, str]:
    """The summary's settings from the vault, defaults filled in."""
    return _summary_settings(get_settings(vault))


def _summary_settings(stored: dict[str, Any]) -> dict[str, str]:
    out = dict(SUMMARY_SETTING_DEFAULTS)
    for key in SUMMARY_SETTING_DEFAULTS:
        value = stored.get(key)
        if isinstance(value, str):
            out[key] = value
    return out


def save_summary_settings(vault: Vault, **values: str) -> dict[str, str]:
    """Store some of the summary's settings (checked and cleaned); returns all of them."""
    clean_values: dict[str, Any] = {}
    for key, value in values.items():
        if key not in SUMMARY_SETTING_DEFAULTS:
            raise InvalidInput(Problem(key, P.NOT_A_SUMMARY_SETTING))
        clean_values[key] = checked(value, key, _SETTING_LIMITS[key])
    save_settings(vault, clean_values)
    return summary_settings(vault)


# ---------------------------------------------------------------- data


def choose_conversation(
    conversations: list[Conversation], conversation_id: int | None
) -> tuple[Conversation, Conversation | None]:
    """The chosen conversation (latest if None) and the one held before it, if any.

    Order is by date held, then by id (two conversations on one day keep the
    order they were started in).
    """
    ordered = sorted(conversations, key=lambda c: (c.held_on, c.id or 0))
    if not ordered:
        raise NoConversation("the child has no conversations")
    if conversation_id is None:
        index = len(ordered) - 1
    else:
        matches = [i for i, c in enumerate(ordered) if c.id == conversation_id]
        if not matches:
            raise NotFound("no such conversation for this child")
        index = matches[0]
    return ordered[index], (ordered[index - 1] if index > 0 else None)


def build_summary_data(
    vault: Vault,
    child_id: int,
    conversation_id: int | None = None,
    *,
    display: Display = "code",
    today: date | None = None,
) -> SummaryData:
    """Everything the papers may draw from, read from the vault in one session.

    Not filtered yet: pass it through ``for_meeting``, ``for_child_copy`` or
    ``for_guardian_copy`` before rendering. Consent counts if it is valid on
    ``today`` (default: the real today), the day the summary leaves the vault;
    see the module docstring.
    """
    if display not in ("code", "name"):
        raise InvalidInput(Problem("display", P.DISPLAY))
    today = today or date.today()
    with vault.session() as s:
        child = repository.get_child(s, child_id)
        conversations = repository.list_conversations(s, child_id)
        chosen, previous = choose_conversation(conversations, conversation_id)
        consents = tuple(repository.list_consents(s, child_id))
        sip = repository.get_sip_plan(s, child_id)
        settings = _summary_settings(stored_settings(s))
        ids = [chosen.id] if chosen.id is not None else []
        views = tuple(repository.list_guardian_views(s, ids))
    chosen = with_current_texts(chosen)
    marking = settings["confidentiality_text"].strip()
    return SummaryData(
        child_display=(child.name or child.code) if display == "name" else child.code,
        conversation=chosen,
        consents=consents,
        previous=previous,
        sip=sip,
        prepared_by=settings["prepared_by"],
        organisation=settings["organisation"],
        today=today,
        meeting_on=today,
        legal_reference=settings["legal_reference"],
        # the unchanged default follows the summary's language; an organisation's own
        # text is printed as written
        confidentiality=None if marking in ("", DEFAULT_CONFIDENTIALITY) else marking,
        address_form=child.address_form.value,
        guardian_views=views,
    )


def for_meeting(data: SummaryData) -> SummaryData:
    """What the SIP summary may draw: the sharing rule's view and the conversation's frame.

    Nothing withheld reaches the renderer: the conversations keep their wheel,
    scale and dates but no answers or words; the consents are the valid ones
    (every one the paper names; what each part rests on is the meeting view's).
    """
    meeting = sharing.meeting_view(
        data.conversation,
        data.consents,
        data.sharing_date,
        previous=data.previous,
        guardian_views=data.guardian_views,
    )
    previous = data.previous
    return replace(
        data,
        conversation=sharing.without_content(data.conversation),
        previous=sharing.without_content(previous) if previous is not None else None,
        consents=meeting.valid,
        guardian_views=(),
        meeting=meeting,
    )


def for_child_copy(data: SummaryData) -> SummaryData:
    """What the child's own copy may draw: all the child said, nothing the adults noted."""
    return replace(
        data,
        conversation=sharing.child_copy_content(data.conversation),
        previous=None,
        consents=(),
        guardian_views=(),
        meeting=None,
    )


def for_guardian_copy(data: SummaryData) -> SummaryData:
    """What a guardian's copy may draw beside that guardian's view: the frame only."""
    return replace(
        data,
        conversation=sharing.without_content(data.conversation),
        previous=None,
        consents=(),
        guardian_views=(),
        meeting=None,
    )


def with_current_texts(conversation: Conversation, catalog: Catalog | None = None) -> Conversation:
    """The conversation with its frozen wheel and scale given any languages added since."""
    catalog = catalog or load_catalog()
    definition, scale = conversation.definition, conversation.scale
    current_def = catalog.definitions.get(definition.id)
    if current_def is not None:
        definition = definition.with_texts_from(current_def)
    current_scale = catalog.scales.get(scale.id)
    if current_scale is not None:
        scale = scale.with_texts_from(current_scale)
    return replace(conversation, definition=definition, scale=scale)


def child_copy_languages(conversation: Conversation) -> list[str]:
    """Languages a child's copy can be printed in for this conversation.

    Those with child texts (``core.child_texts``) and the wheel's texts (the
    conversation's frozen definition, plus languages the same wheel has gained
    since), in registry order; the conversation's own language first.
    """
    definition = with_current_texts(conversation).definition
    langs = [
        lang
        for lang in available_child_languages()
        if lang in definition.languages and languages.is_known(lang)
    ]
    if conversation.language in langs:
        langs.remove(conversation.language)
        langs.insert(0, conversation.language)
    return langs


def _check_lang(request: ReportRequest, conversation: Conversation) -> None:
    if request.kind == "summary":
        if request.lang not in SUMMARY_LANGUAGES:
            raise InvalidInput(
                Problem("lang", P.SUMMARY_LANGUAGES, languages=", ".join(SUMMARY_LANGUAGES))
            )
    elif request.kind == "child-copy":
        allowed = child_copy_languages(conversation)
        if request.lang not in allowed:
            raise InvalidInput(Problem("lang", P.COPY_LANGUAGES, languages=", ".join(allowed)))
    else:
        raise InvalidInput(Problem("kind", P.DOCUMENT_KIND))


# ---------------------------------------------------------------- rendering


def render_report(
    vault: Vault,
    request: ReportRequest,
    *,
    today: date | None = None,
    text_dirs: tuple[Path, ...] = (),
) -> bytes:
    """The summary or the child's copy as PDF bytes, in memory. Not audited (a preview).

    ``text_dirs``: folders (the organisation's basedir) whose ``child_texts/``
    override the built-in child texts, as child mode reads them.
    """
    data = build_summary_data(
        vault, request.child_id, request.conversation_id, display=request.display, today=today
    )
    data = replace(data, text_dirs=text_dirs)
    _check_lang(request, data.conversation)
    buf = io.BytesIO()
    if request.kind == "summary":
        render_summary(buf, for_meeting(data), labels_for(request.lang))
    else:
        render_child_copy(buf, for_child_copy(data), request.lang)
    return buf.getvalue()


def record_printed(vault: Vault, child_id: int | None, kind: ReportKind | Literal["blank"]) -> None:
    """Log that a document left the program (printed on paper or written to a file)."""
    code = get_child(vault, child_id).code if child_id is not None else ""
    record_audit(vault, AuditAction.PRINTED, code, kind)


def write_pdf(out: Path, data: bytes) -> Path:
    """Write PDF bytes to ``out`` atomically; a failure leaves ``out`` as it was."""
    return write_atomic(Path(out), data)


ENCRYPTED_PDF = "pdf"
MAX_ENCRYPTED_PDF = 64 * 1024 * 1024


def write_encrypted_pdf(
    out: Path, data: bytes, passphrase: str, *, kdf: KdfParams = PRODUCT_KDF
) -> Path:
    """Write PDF bytes into the encrypted container (its own passphrase) at ``out``.

    For carrying a summary to the meeting on a USB stick: the file is opened again
    with Hjulet (File → Open encrypted PDF…, or ``hjulet open-pdf``), never as a
    plain PDF on disk.
    """
    write_container(Path(out), [data], passphrase=passphrase, kdf=kdf, content_type=ENCRYPTED_PDF)
    return Path(out)


def read_encrypted_pdf(path: Path, passphrase: str) -> bytes:
    """The PDF bytes from an encrypted PDF file, in memory only."""
    info = inspect_container(Path(path))
    if info.content_type != ENCRYPTED_PDF or info.plaintext_size > MAX_ENCRYPTED_PDF:
        raise InvalidInput(Problem("file", P.NOT_ENCRYPTED_PDF))
    sink = io.BytesIO()
    read_container(Path(path), passphrase=passphrase, sink=sink)
    data = sink.getvalue()
    if not data.startswith(b"%PDF"):
        raise VaultDamaged("the encrypted file does not hold a PDF")
    return data


def _write_out(out: Path, data: bytes, passphrase: str | None, kdf: KdfParams) -> Path:
    if passphrase is None:
        return write_pdf(out, data)
    return write_encrypted_pdf(out, data, passphrase, kdf=kdf)


def write_report(
    vault: Vault,
    request: ReportRequest,
    out: Path,
    *,
    pdf: bytes | None = None,
    passphrase: str | None = None,
    kdf: KdfParams = PRODUCT_KDF,
    today: date | None = None,
    text_dirs: tuple[Path, ...] = (),
) -> Path:
    """Write the summary or the child's copy to ``out`` and log it, in one call.

    ``pdf``: the bytes already rendered for ``request`` (the preview the user
    saw); None renders them now. With a ``passphrase`` the file is the
    encrypted container (``write_encrypted_pdf``), else a plain PDF. The audit
    line (``printed``, detail = the kind) is written only once the file is.
    """
    data = (
        pdf if pdf is not None else render_report(vault, request, today=today, text_dirs=text_dirs)
    )
    _write_out(Path(out), data, passphrase, kdf)
    record_printed(vault, request.child_id, request.kind)
    return Path(out)


def blank_sheet_pdf(
    lang: str,
    paper: Paper = "A4",
    *,
    catalog: Catalog | None = None,
    definition_id: str | None = None,
    scale_id: str | None = None,
    text_dirs: tuple[Path, ...] = (),
) -> bytes:
    """A blank wheel sheet in ``lang`` as PDF bytes. Needs no vault (nothing personal)."""
    if paper not in PAPERS:
        raise InvalidInput(Problem("paper", P.PAPER))
    catalog = catalog or load_catalog()
    try:
        definition = catalog.definition(definition_id) if definition_id else catalog.definition()
        scale = catalog.scale(scale_id) if scale_id else catalog.scale_for(AgeTier.MIDDLE)
    except KeyError:
        raise InvalidInput(Problem("definition", P.NO_SUCH_DEFINITION)) from None
    if lang not in definition.languages:
        raise InvalidInput(
            Problem("lang", P.WHEEL_LANGUAGES, languages=", ".join(definition.languages))
        )
    buf = io.BytesIO()
    render_blank_sheet(buf, definition, scale, lang, paper, text_dirs)
    return buf.getvalue()


# ---------------------------------------------------------------- the guardian's copy


def guardian_copy_pdf(
    vault: Vault,
    view_id: int,
    *,
    display: Display = "code",
    today: date | None = None,
    text_dirs: tuple[Path, ...] = (),
) -> bytes:
    """One guardian's own copy, in their language, as PDF bytes in memory (a preview).

    It holds only that guardian's view and the meeting's practical details
    (``reports.guardian_copy``); the child's answers and words are never on it.
    What it says about the meeting (per item, and the consent) is decided by
    ``core.sharing.guardian_copy_sharing`` with the consents valid today, as
    the summary printed today would show it.
    """
    from hjulet.reports.guardian_copy import render_guardian_copy

    with vault.session() as s:
        view = repository.get_guardian_view(s, view_id)
        conv = repository.get_conversation(s, view.conversation_id)
    data = build_summary_data(vault, conv.child_id, conv.id, display=display, today=today)
    # what the copy says about the meeting: the summary's rule, on the summary's day
    said = sharing.guardian_copy_sharing(data.conversation, view, data.consents, data.sharing_date)
    data = replace(for_guardian_copy(data), text_dirs=text_dirs)
    buf = io.BytesIO()
    render_guardian_copy(buf, data, view, said)
    return buf.getvalue()


def write_guardian_copy(
    vault: Vault,
    view_id: int,
    out: Path,
    *,
    pdf: bytes | None = None,
    passphrase: str | None = None,
    kdf: KdfParams = PRODUCT_KDF,
    today: date | None = None,
) -> Path:
    """Write one guardian's copy to ``out`` and log it (``printed``), in one call.

    ``pdf`` and ``passphrase`` as for ``write_report``.
    """
    data = pdf if pdf is not None else guardian_copy_pdf(vault, view_id, today=today)
    _write_out(Path(out), data, passphrase, kdf)
    record_guardian_copy_printed(vault, view_id)
    return Path(out)


def record_guardian_copy_printed(vault: Vault, view_id: int) -> None:
    """Log that a guardian's copy left the program (``printed``, detail ``guardian-copy``)."""
    with vault.session() as s:
        view = repository.get_guardian_view(s, view_id)
        code = repository.get_child(
            s, repository.get_conversation(s, view.conversation_id).child_id
        ).code
    record_audit(vault, AuditAction.PRINTED, code, "guardian-copy")

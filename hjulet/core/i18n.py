"""Professional-facing words outside Qt (command line, PDF labels), from Qt's own catalogue.

The command line and the PDFs may not import Qt, yet their words belong with
the rest of the professional's words: one catalogue per language, one source
language (English), one set of checks. So they live in the same Qt Linguist
catalogues as the UI (``i18n/hjulet_<lang>.ts``), each under a context of its
own (``Cli``, ``SummaryLabels``, ...), and are read here at run time from the
compiled ``hjulet_<lang>.qm`` without Qt. Child-facing texts are not here: they
are data files (``core.child_texts``).

In code a text is an English literal marked with ``QT_TRANSLATE_NOOP`` (which
``pyside6-lupdate`` extracts) and looked up with ``catalogue(lang).translate``.
A text the catalogue lacks, or the English catalogue, gives the English source
back, exactly as Qt's ``QTranslator`` does.

The ``.qm`` format (Qt's ``QTranslator``, unchanged since Qt 4): a 16-byte
magic number, then blocks of ``tag (1 byte), length (uint32 BE), data``. The
messages block is a run of messages, each a run of tagged fields ended by
``END``: ``TRANSLATION`` (uint32 length, UTF-16BE; repeated for plural forms),
``SOURCE``/``CONTEXT``/``COMMENT`` (uint32 length, UTF-8). ``lrelease`` writes
the source and context of every message, so a plain scan finds them all
(tests/test_i18n.py checks this reader against ``QTranslator`` for every
message of the catalogue).

A source checkout that has not compiled its catalogues (no ``make
translations``) has the ``.ts`` sources but no ``.qm``: then the ``.ts`` beside
the missing ``.qm`` is read instead (:func:`read_ts`, the finished translations
only, as ``lrelease`` would compile them), so the words are Swedish all the same.
The GUI does the same through ``app.translations`` with the same reader.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from hjulet.core.errors import DefinitionError
from hjulet.core.resources import translations_dir

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_BLOCK_MESSAGES = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
_NULL = 0xFFFFFFFF


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for ``pyside6-lupdate`` under ``context``; returns it unchanged."""
    return source


class CatalogueError(ValueError):
    """The file is not a compiled Qt catalogue (or is cut short)."""


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, for every translated message without a comment.

    A message with a disambiguating comment is left out (the texts read
    through this module never carry one); a plural message gives its first form.
    """
    if data[:16] != QM_MAGIC:
        raise CatalogueError("not a Qt .qm catalogue")
    out: dict[tuple[str, str], str] = {}
    pos = 16
    while pos < len(data):
        if pos + 5 > len(data):
            raise CatalogueError("cut short")
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _BLOCK_MESSAGES:
            _read_messages(data[pos : pos + length], out)
        pos += length
    return out


def _read_messages(block: bytes, out: dict[tuple[str, str], str]) -> None:
    pos = 0
    translations: list[str] = []
    source = context = comment = ""
    try:
        while pos < len(block):
            tag = block[pos]
            pos += 1
            if tag == _END:
                if translations and not comment:
                    out[(context, source)] = translations[0]
                translations, source, context, comment = [], "", "", ""
            elif tag == _OBSOLETE1:
                pos += 4
            elif tag == _OBSOLETE2:
                pass
            elif tag in (_TRANSLATION, _SOURCE16, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT):
                (length,) = struct.unpack_from(">I", block, pos)
                pos += 4
                if length == _NULL:
                    continue
                raw = block[pos : pos + length]
                if len(raw) != length:
                    raise CatalogueError("cut short")
                pos += length
                if tag == _TRANSLATION:
                    translations.append(raw.decode("utf-16-be"))
                elif tag == _SOURCE:
                    source = raw.decode("utf-8")
                elif tag == _CONTEXT:
                    context = raw.decode("utf-8")
                elif tag == _COMMENT:
                    comment = raw.decode("utf-8")
            else:
                raise CatalogueError(f"unknown field {tag:#x}")
    except (struct.error, UnicodeDecodeError) as exc:
        raise CatalogueError(str(exc)) from None


# (context, English source, disambiguating comment) -> the translation's forms
# (one, or the plural forms in the language's order)
TsMessages = dict[tuple[str, str, str], tuple[str, ...]]


def read_ts(data: bytes) -> TsMessages:
    """Every finished translation of a Qt Linguist ``.ts`` file, as ``lrelease`` takes them.

    A message marked unfinished, obsolete or vanished is left out, as is an
    empty translation. The ``.ts`` files are the project's own sources (read
    with the standard parser, which resolves no external entities).
    """
    import xml.etree.ElementTree as ET  # only a source checkout reads .ts: --help stays light

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise CatalogueError(f"not a readable .ts file ({exc})") from None
    if root.tag != "TS":
        raise CatalogueError("not a Qt Linguist .ts file")
    out: TsMessages = {}
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                forms = (tr.text or "",)
            if forms and all(forms):
                out[(context, msg.findtext("source") or "", msg.findtext("comment") or "")] = forms
    return out


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"hjulet_{lang}.ts"


def read_catalogue_source(lang: str, folder: Path | None = None) -> TsMessages:
    """The ``.ts`` source of ``lang``'s catalogue (OSError or CatalogueError if unusable)."""
    return read_ts(ts_path(lang, folder).read_bytes())


class Catalogue:
    """One language's translations of the professional-facing texts.

    A plain class, not a dataclass: ``hjulet --help`` reads its words through it, and
    ``dataclasses`` would bring ``inspect`` (with ``ast`` and ``dis``) along.
    """

    __slots__ = ("lang", "messages")

    def __init__(self, lang: str, messages: Mapping[tuple[str, str], str] | None = None) -> None:
        self.lang = lang
        self.messages: Mapping[tuple[str, str], str] = messages if messages is not None else {}

    def __repr__(self) -> str:
        return f"Catalogue({self.lang!r}, {len(self.messages)} messages)"

    def translate(self, context: str, source: str) -> str:
        """The translation of ``source`` (English) in ``context``; the source if there is none."""
        return self.messages.get((context, source)) or source


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"hjulet_{lang}.qm"


@lru_cache(maxsize=8)
def catalogue(lang: str) -> Catalogue:
    """The compiled catalogue for ``lang`` (``sv``, ``en``); empty (English) if there is none.

    Without the ``.qm`` (a source checkout), its ``.ts`` source. English is the
    source language, so its catalogue may well be missing; any other missing or
    broken catalogue (or a missing folder) is logged, and the words stay English:
    a broken install still speaks, never a traceback.
    """
    name = f"hjulet_{lang}.qm"
    try:
        messages = read_qm(qm_path(lang).read_bytes())
    except FileNotFoundError:  # a source checkout that has not compiled it: read the source
        try:
            source = read_catalogue_source(lang)
        except (OSError, CatalogueError, DefinitionError) as exc:
            if lang != "en":
                _warn_unusable(lang, name, exc)
            source = {}
        messages = {(c, s): forms[0] for (c, s, comment), forms in source.items() if not comment}
    except (OSError, CatalogueError, DefinitionError) as exc:
        if lang != "en":
            _warn_unusable(lang, name, exc)
        messages = {}
    return Catalogue(lang, messages)


def _warn_unusable(lang: str, name: str, exc: BaseException) -> None:
    import logging  # only for this warning: --help logs nothing

    logging.getLogger("hjulet.i18n").warning(
        "no usable catalogue for %s (%s): %s", lang, name, type(exc).__name__
    )

"""Every table model of the workspace through qtmodeltester, and the caseload UI:
filter-as-you-type, sorting, add/edit/archive, the personnummer warning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from hjulet import services
from hjulet.core.languages import AddressForm
from hjulet.core.model import AgeTier, AuditAction, Child, ChildSummary, SipAction
from hjulet.gui.dialogs.audit_viewer import AuditFilter, AuditModel
from hjulet.gui.dialogs.retention import RetentionModel
from hjulet.gui.workspace.caseload import CaseloadPage
from hjulet.gui.workspace.caseload_model import COLUMNS, CaseloadFilter, CaseloadModel
from hjulet.gui.workspace.child_dialog import ChildDialog
from hjulet.gui.workspace.child_page import ConversationListModel
from hjulet.gui.workspace.compare_view import TimelineModel
from hjulet.gui.workspace.consent_register import ConsentModel
from hjulet.gui.workspace.sip_panel import SipActionsModel
from tests.gui.model_checks import same_as_qt_mapping, same_during_changes
from tests.gui.test_workspace_fixtures import make_vault, open_in_window

pytest_plugins = ["tests.gui.test_workspace_fixtures"]


def _summaries(n: int) -> list[ChildSummary]:
    today = date.today()
    return [
        ChildSummary(
            Child(
                id=i + 1,
                code=f"B-{i:04d}",
                name=("Åsa", "Omar", "Lina", "Noa")[i % 4] + str(i),
                age_tier=list(AgeTier)[i % 3],
                archived=i % 7 == 0,
                retention_until=today + timedelta(days=i - 3),
            ),
            conversations=i % 5,
            last_conversation=today - timedelta(days=i) if i % 5 else None,
            next_follow_up=today + timedelta(days=i) if i % 2 else None,
        )
        for i in range(n)
    ]


def test_caseload_models_pass_the_model_tester(qtmodeltester):  # type: ignore[no-untyped-def]
    model = CaseloadModel()
    model.set_rows(_summaries(40))
    qtmodeltester.check(model)
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    proxy.set_needle("åsa")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    model.clear()
    qtmodeltester.check(model)


def test_caseload_filter_and_sort_are_by_meaning_not_text(qapp) -> None:  # type: ignore[no-untyped-def]
    model = CaseloadModel()
    model.set_rows(_summaries(40))
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    proxy.set_needle("ÅSA")  # case-insensitive
    assert proxy.rowCount() == 10
    proxy.set_needle("b-0012")
    assert proxy.rowCount() == 1
    proxy.set_needle("")
    assert proxy.rowCount() == 40
    # "Keep until" sorts by date; past dates are marked in text, not colour only
    retention = COLUMNS.index("retention")
    proxy.sort(retention, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, retention).data()
    assert first.endswith("past")
    assert proxy.index(0, retention).data(Qt.ItemDataRole.DecorationRole) is not None
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    names = [model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).child.name for r in range(40)]
    assert names == sorted(names, key=str.casefold, reverse=True)
    proxy.set_needle("omar")  # filtering keeps the chosen order
    shown = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold, reverse=True) and len(shown) == 10
    proxy.set_needle("")
    archived = [model.index(r, 1).data() for r in range(40) if model.row_at(r).child.archived]
    assert archived and all("(archived)" in text for text in archived)


SWEDISH_ORDER = ["Anna", "Élise", "emil", "Zara", "åke", "Åsa", "Ärla", "Östen"]


def test_names_sort_alphabetically_in_the_ui_language(qapp) -> None:  # type: ignore[no-untyped-def]
    # not by code point: that puts Ä before Å and É after Ö
    names = ["Östen", "Zara", "Ärla", "Åsa", "åke", "emil", "Élise", "Anna"]
    rows = [
        replace(row, child=replace(row.child, name=name, archived=False))
        for row, name in zip(_summaries(len(names)), names, strict=True)
    ]
    before = QLocale()
    try:
        for lang, expected in (
            ("sv", SWEDISH_ORDER),
            ("en", ["åke", "Anna", "Ärla", "Åsa", "Élise", "emil", "Östen", "Zara"]),
        ):
            QLocale.setDefault(QLocale(lang))
            model = CaseloadModel()
            model.set_rows(rows)
            proxy = CaseloadFilter()
            proxy.setSourceModel(model)
            proxy.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
            shown = [
                model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).child.name
                for r in range(8)
            ]
            assert shown == expected, lang
            proxy.sort(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
            shown = [
                model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).child.name
                for r in range(8)
            ]
            assert shown == expected[::-1], lang
            proxy.set_needle("ÄRLA")  # the filter ignores case in Swedish letters too
            assert proxy.rowCount() == 1
            proxy.set_needle("A\u030asa")  # "Åsa" pasted decomposed (A + combining ring)
            assert proxy.rowCount() == 1
    finally:
        QLocale.setDefault(before)


def test_other_workspace_models_pass_the_model_tester(qtmodeltester, vault, catalog):  # type: ignore[no-untyped-def]
    child = services.add_child(vault, name="Alva", code="T-1")
    assert child.id is not None
    definition = catalog.definition()
    scale = catalog.scale_for(AgeTier.MIDDLE)
    for _ in range(3):
        services.start_conversation(vault, child.id, definition=definition, scale=scale)
    convs = services.list_conversations(vault, child.id)

    timeline = TimelineModel("sv")
    timeline.set_data(convs, "trygg")
    qtmodeltester.check(timeline)
    assert timeline.rowCount() == 3

    conversations = ConversationListModel()
    conversations.set_rows(convs)
    qtmodeltester.check(conversations)

    audit = AuditModel()
    audit.set_rows(services.list_audit(vault))
    qtmodeltester.check(audit)
    audit_filter = AuditFilter()
    audit_filter.setSourceModel(audit)
    audit_filter.set_action(AuditAction.CONVERSATION_STARTED)
    qtmodeltester.check(audit_filter)
    assert audit_filter.rowCount() == 3
    audit_filter.set_action(None)
    audit_filter.set_code("nobody")
    assert audit_filter.rowCount() == 0

    consents = ConsentModel()
    consents.set_rows([])
    qtmodeltester.check(consents)

    retention = RetentionModel()
    retention.set_rows([services.get_child(vault, child.id)])
    qtmodeltester.check(retention)

    actions = SipActionsModel()
    actions.set_actions((SipAction("Mentor", "Följer med till bussen", date.today()),))
    qtmodeltester.check(actions)
    assert actions.setData(actions.index(0, 2), "2031-02-03")
    assert actions.actions()[0].by_when == date(2031, 2, 3)
    assert not actions.setData(actions.index(0, 2), "next week")


def test_filter_as_you_type_in_the_window(qtbot, window, tmp_path: Path, catalog):  # type: ignore[no-untyped-def]
    path = tmp_path / "v"
    v, _ = make_vault(path, catalog, children=12)
    v.close()
    open_in_window(qtbot, window, path)
    assert window.caseload.proxy.rowCount() == 12
    qtbot.keyClicks(window.caseload.filter_edit, "barn1")
    # Barn1, Barn10, Barn11
    assert window.caseload.proxy.rowCount() == 3
    qtbot.keyClicks(window.caseload.filter_edit, "1")
    assert window.caseload.proxy.rowCount() == 1
    assert window.caseload.no_match.isHidden()
    qtbot.keyClicks(window.caseload.filter_edit, "9")  # nobody: the page says so
    assert window.caseload.proxy.rowCount() == 0
    assert not window.caseload.no_match.isHidden()
    assert window.caseload.no_match.text() == "No child matches the filter."
    window.caseload.filter_edit.clear()
    assert window.caseload.proxy.rowCount() == 12
    assert window.caseload.no_match.isHidden()


def test_a_caseload_of_archived_children_says_why_none_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = CaseloadPage(show_archived=False)
    qtbot.addWidget(page)
    rows = [replace(r, child=replace(r.child, archived=True)) for r in _summaries(3)]
    page.set_rows(rows, {})
    assert page.proxy.rowCount() == 0 and not page.no_match.isHidden()
    assert "Show archived" in page.no_match.text()
    page.set_show_archived(True)
    assert page.proxy.rowCount() == 3 and page.no_match.isHidden()
    page.set_rows([], {})  # no child at all: the empty caseload's own hint, not this line
    assert page.no_match.isHidden() and not page.empty_hint.isHidden()


def test_add_edit_and_archive_children(qtbot, window, tmp_path: Path, catalog):  # type: ignore[no-untyped-def]
    path = tmp_path / "v"
    v, _ = make_vault(path, catalog, children=1)
    v.close()
    open_in_window(qtbot, window, path)
    dialog = window.add_child()
    assert isinstance(dialog, ChildDialog)
    assert dialog.code.text().startswith("B-")  # a generated pseudonymous code
    qtbot.keyClicks(dialog.name, "Maja")
    assert not dialog.personnummer_warning_shown
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert window.caseload.proxy.rowCount() == 2
    assert window.statusBar().currentMessage() == "Saved."
    new_id = window.caseload.selected_child_id()
    assert new_id is not None and services.get_child(window.vault, new_id).name == "Maja"

    dialog = window.edit_child(new_id)
    assert dialog is not None
    dialog.name.setText("M.K.")
    # the languages are named from the registry; the form of address is asked
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert "العربية – Arabic" in names or "العربية – arabiska" in names, names
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.address_form.setCurrentIndex(dialog.address_form.findData("girl"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    edited = services.get_child(window.vault, new_id)
    assert edited.name == "M.K." and edited.languages[0] == "ar"
    assert edited.address_form is AddressForm.GIRL
    dialog = window.edit_child(new_id)
    assert dialog is not None and dialog.address_form.currentData() == "girl"
    dialog.reject()

    window.caseload.select_child(new_id)
    window.caseload.archive_button.click()
    assert services.get_child(window.vault, new_id).archived
    assert window.statusBar().currentMessage() == "Archived."
    assert window.caseload.proxy.rowCount() == 1  # archived children are hidden...
    window.caseload.show_archived.setChecked(True)
    assert window.caseload.proxy.rowCount() == 2  # ...until asked for
    assert window.ctx.settings.show_archived
    window.caseload.select_child(new_id)
    assert window.caseload.archive_button.text() == "Restore"
    window.caseload.archive_button.click()
    assert not services.get_child(window.vault, new_id).archived
    assert window.statusBar().currentMessage() == "Restored."


@pytest.mark.parametrize("text", ["20100101-1234", "1001011234", "Maja 100101-1234"])
def test_personnummer_in_the_name_field_warns(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog = ChildDialog(None, ("sv", "ar"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, text)
    assert dialog.personnummer_warning_shown
    assert "not needed" in dialog.warning.text()
    dialog.name.setText("Maja")
    assert not dialog.personnummer_warning_shown


def test_caseload_shows_language_and_consent_status_sortable_and_filterable(qapp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from hjulet.core.sharing import ConsentStatus

    rows = _summaries(6)
    rows[0] = replace(rows[0], child=replace(rows[0].child, languages=("ar", "sv")))
    statuses = {
        rows[0].child.id: ConsentStatus.VALID,
        rows[1].child.id: ConsentStatus.ENDING_SOON,
    }
    model = CaseloadModel()
    model.set_rows(rows, statuses)  # type: ignore[arg-type]
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    language, consent = COLUMNS.index("language"), COLUMNS.index("consent")
    assert model.headerData(language, Qt.Orientation.Horizontal) == "Child's language"
    shown = {model.index(r, 0).data(): model.index(r, consent).data() for r in range(6)}
    assert shown[rows[0].child.code] == "Valid"
    assert shown[rows[1].child.code] == "Ending soon"
    assert shown[rows[2].child.code] == "None"
    proxy.sort(consent, Qt.SortOrder.AscendingOrder)  # no consent first
    assert proxy.index(0, consent).data() == "None"
    assert proxy.index(proxy.rowCount() - 1, consent).data() == "Valid"
    proxy.set_needle("arabic")
    assert proxy.rowCount() == 1 and proxy.index(0, language).data() == "Arabic"
    proxy.set_needle("ending soon")
    assert proxy.rowCount() == 1


def test_the_filter_answers_every_cell_as_mapping_through_qt_would(qapp) -> None:  # type: ignore[no-untyped-def]
    # the proxy answers data() and flags() from its own list of accepted rows; after
    # each change of needle, archived rows, rows or order that must equal what the
    # base class gives by mapping the cell to the source model
    model = CaseloadModel()
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)

    def same() -> int:
        return same_as_qt_mapping(proxy)

    model.set_rows(_summaries(60))
    assert same() == 60
    with same_during_changes(proxy) as steps:  # also half-way through each change
        proxy.set_needle("omar")
        assert same() == 15
        proxy.set_show_archived(False)
        n = same()
        assert 0 < n < 15
        proxy.set_needle("")
        proxy.set_needle("omar")
    assert "rowsAboutToBeInserted" in steps and "rowsRemoved" in steps
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert same() == n
    model.set_rows(_summaries(30))
    assert same() < n
    proxy.set_needle("")
    assert same() == sum(1 for s in _summaries(30) if not s.child.archived)

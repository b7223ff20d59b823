"""A screen reader's walk through a guardian's screens in Arabic, over AT-SPI on a real
(virtual) display: the same desktop and walker as child mode's walks
(``tests/gui/child_mode/test_atspi.py``, ``tests/gui/atspi/walk.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.child_mode.test_atspi import MISSING, _walk, desktop  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.skipif(bool(MISSING), reason=f"AT-SPI walk needs {MISSING}"),
    pytest.mark.slow,
    pytest.mark.xdist_group("desktop"),  # one walk at a time, as child mode's
]

# the professional's own button, in the professional's language (Swedish; English untranslated)
PROFESSIONAL = ("Professionell: lämna", "Professional: leave")


def test_a_guardian_in_arabic_meets_every_control_named_in_arabic(
    desktop: dict[str, str],  # noqa: F811 (the imported fixture)
    tmp_path: Path,
) -> None:
    result = _walk(
        desktop,
        tmp_path,
        "ar",
        "steps4",
        "التالي|انتهى",  # Next, Done
        "شكرًا!",
        app_module="tests.gui.atspi.guardian_app",
        app_name="hjulet-guardian-walk",
        first_names="ابدأوا",  # Start
    )
    assert result["problems"] == []
    # intro, the wheel page, important, thanks
    assert len(result["pages"]) == 4
    assert result["sliders"] >= 8 and result["values_set"] == 1  # the wheel's eight areas
    assert "شكرًا!" in result["final_texts"]
    names = [(role, name) for screen in result["screens"] for role, name, _c, _v in screen]
    assert len(names) >= 20
    for role, name in names:
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in name)
        assert arabic or name in PROFESSIONAL, (role, name)
    # the refusals and the share choices are there, by their Arabic names
    assert {"لا أعرف", "لا أريد أن أجيب"} <= {name for _r, name in names}

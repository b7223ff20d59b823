"""The PDF wheel's marks for the adult's refusals, read back from a real PDF.

A page holds one wheel at a known centre and radius, drawn by ``draw_wheel``. Its
words (``pdftotext -bbox``) and its picture (``pdftoppm``) show where each adult
refusal's tag is: the adult's letter on the rim of the refused sector, and beside
it, towards the hub, the refusal's mark, as the screen's wheel draws it.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, Answer
from hjulet.reports.fonts import register_fonts
from hjulet.reports.wheel_drawing import WheelSpec, draw_wheel
from tests.reports.builders import pdftotext

PAGE, CX, CY, R = 400.0, 200.0, 200.0, 150.0  # a square page, y up; the centre is (200, 200)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def _page(tmp_path: Path, adult: dict[str, Answer], name: str, catalog: Catalog) -> Path:
    register_fonts()
    definition = catalog.definition()
    spec = WheelSpec(definition, 4, "sv", adult=adult, labels=False, icons=False, adult_badge="Y")
    pdf = tmp_path / f"{name}.pdf"
    canvas = Canvas(str(pdf), pagesize=(PAGE, PAGE))
    draw_wheel(canvas, CX, CY, R, spec)
    canvas.showPage()
    canvas.save()
    return pdf


def _placed(pdf: Path, text: str) -> list[tuple[int, float, float, float]]:
    """Each word ``text``: (its sector, its distance from the centre in radii, x, y),
    the sector read from its angle clockwise from 12 o'clock (eight sectors)."""
    out = []
    for m in _WORD.finditer(pdftotext(pdf, "-bbox")):
        if m.group(5) != text:
            continue
        x = (float(m.group(1)) + float(m.group(3))) / 2
        y = (float(m.group(2)) + float(m.group(4))) / 2  # y down, from the page's top
        dx, dy = x - CX, (PAGE - CY) - y
        angle = math.degrees(math.atan2(dx, dy)) % 360
        out.append((int(angle // 45), math.hypot(dx, dy) / R, x, y))
    return sorted(out)


def _grey(pdf: Path, tmp_path: Path) -> Image.Image:
    exe = shutil.which("pdftoppm")
    assert exe, "poppler-utils (pdftoppm) is needed for the report tests"
    prefix = tmp_path / pdf.stem
    subprocess.run([exe, "-png", "-gray", "-r", "72", str(pdf), str(prefix)], check=True)
    return Image.open(next(tmp_path.glob(f"{pdf.stem}-*.png"))).convert("L")


def _dark(image: Image.Image, x: float, y: float, half: int) -> int:
    return sum(
        1
        for py in range(round(y) - half, round(y) + half + 1)
        for px in range(round(x) - half, round(x) + half + 1)
        if int(image.getpixel((px, py))) < 110  # type: ignore[arg-type]
    )


def _dark_pixels(
    pdf: Path, tmp_path: Path, dpi: int
) -> tuple[Image.Image, list[tuple[int, float, float, float]]]:
    """The page in grey at ``dpi`` and its dark pixels: (sector, distance from the
    centre in radii, angle within the sector in degrees, angle clockwise from 12)."""
    exe = shutil.which("pdftoppm")
    assert exe, "poppler-utils (pdftoppm) is needed for the report tests"
    prefix = tmp_path / f"{pdf.stem}-{dpi}"
    subprocess.run([exe, "-png", "-gray", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    image = Image.open(next(tmp_path.glob(f"{prefix.name}-*.png"))).convert("L")
    scale = dpi / 72
    out = []
    for py in range(image.height):
        for px in range(image.width):
            if int(image.getpixel((px, py))) >= 110:  # type: ignore[arg-type]
                continue
            dx, dy = px / scale - CX, CY - py / scale
            angle = math.degrees(math.atan2(dx, dy)) % 360
            out.append((int(angle // 45), math.hypot(dx, dy) / R, angle % 45, angle))
    return image, out


def test_each_adult_refusal_is_the_adults_letter_on_its_sectors_rim(
    tmp_path: Path, catalog: Catalog
) -> None:
    ids = catalog.definition().area_ids
    adult = {ids[0]: Answer.at(2), ids[2]: DECLINED, ids[4]: DONT_KNOW, ids[7]: DECLINED}
    pdf = _page(tmp_path, adult, "refusals", catalog)
    # the letters and the "?" are pictures: drawn, but no lone "Y" or "?" in the text
    assert _placed(pdf, "Y") == [] and _placed(pdf, "?") == []
    dpi = 144
    image, dark = _dark_pixels(pdf, tmp_path, dpi)
    scale = dpi / 72
    badge = max(4.0, R * 0.07)
    # a tag's disc on the rim of each refused sector (a level answer has none: its
    # line is well inside)
    assert sorted({sector for sector, distance, *_ in dark if distance > 1.0}) == [2, 4, 7]
    assert max(distance for sector, distance, *_ in dark if sector == 0) < 0.8
    crops = {}
    for sector in (2, 4, 7):
        outside = [angle for s, distance, _, angle in dark if s == sector and distance > 1.0]
        angle = math.radians(sum(outside) / len(outside))
        x, y = CX + R * math.sin(angle), CY + R * math.cos(angle)  # the disc's centre, y up
        px, py = x * scale, (PAGE - y) * scale
        # its white letter at the disc's middle, on the disc's dark
        half = round(badge * 0.45 * scale)
        white_px = sum(
            1
            for yy in range(round(py) - half, round(py) + half + 1)
            for xx in range(round(px) - half, round(px) + half + 1)
            if int(image.getpixel((xx, yy))) > 200  # type: ignore[arg-type]
        )
        assert white_px >= 4, sector
        assert _dark(image, px, py, half) >= 4 * half, sector
        # the refusal's mark beside it, towards the hub: its disc and half the mark in
        at = (badge * 0.35 + badge * 2.3 / 2) * scale
        mx, my = px - math.sin(angle) * at, py + math.cos(angle) * at
        assert _dark(image, mx, my, 3) >= 4, sector
        side = round(badge * 2.3 * scale * 0.4)
        crops[sector] = [
            int(image.getpixel((xx, yy)) < 110)  # type: ignore[arg-type]
            for yy in range(round(my) - side, round(my) + side + 1)
            for xx in range(round(mx) - side, round(mx) + side + 1)
        ]
    # the crossed bubble and the circled "?" differ in shape
    differ = sum(a != b for a, b in zip(crops[2], crops[4], strict=True))
    assert differ >= len(crops[2]) // 10


def test_without_adult_refusals_no_tag_is_drawn(tmp_path: Path, catalog: Catalog) -> None:
    ids = catalog.definition().area_ids
    pdf = _page(tmp_path, {ids[0]: Answer.at(2), ids[2]: Answer.at(4)}, "levels", catalog)
    assert _placed(pdf, "Y") == [] and _placed(pdf, "?") == []


def test_each_tag_lies_wholly_inside_its_sector(tmp_path: Path, catalog: Catalog) -> None:
    """The PDF's tag is larger than the screen's (a badge of 7 % of the radius, to
    be read on paper), so it stands further from the sector's edge: every dark pixel
    of the page (only the tags are dark) lies between its sector's edges, and each
    refused sector has its tag."""
    ids = catalog.definition().area_ids
    adult = {ids[2]: DECLINED, ids[4]: DONT_KNOW, ids[7]: DECLINED}
    pdf = _page(tmp_path, adult, "inside", catalog)
    exe = shutil.which("pdftoppm")
    assert exe, "poppler-utils (pdftoppm) is needed for the report tests"
    dpi = 144
    subprocess.run(
        [exe, "-png", "-gray", "-r", str(dpi), str(pdf), str(tmp_path / "in")], check=True
    )
    image = Image.open(next(tmp_path.glob("in-*.png"))).convert("L")
    scale = dpi / 72
    gap = 1.2 / 2  # the geometry's gap between sectors, each side
    seen: dict[int, int] = {}
    stray = []
    for py in range(image.height):
        for px in range(image.width):
            if int(image.getpixel((px, py))) >= 110:  # type: ignore[arg-type]
                continue
            dx, dy = px / scale - CX, CY - py / scale
            angle = math.degrees(math.atan2(dx, dy)) % 360
            sector = int(angle // 45)
            seen[sector] = seen.get(sector, 0) + 1
            within = angle - sector * 45
            if not (gap <= within <= 45 - gap) or sector not in (2, 4, 7):
                stray.append((sector, round(within, 1)))
    assert stray == []
    assert sorted(seen) == [2, 4, 7] and min(seen.values()) > 50

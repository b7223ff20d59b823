"""Colours and line styles for the wheel: a normal and a high-contrast palette.

Rules this file keeps (docs/DESIGN.md, Children and scales):

* No judgement colours. Nothing here is red/amber/green, and no colour depends
  on how high or low an answer is: a filled sector is always the area's own
  colour (from the wheel definition), whatever the level.
* Colour is never the only signal. "Vill inte svara" (declined) is a diagonal
  hatch plus a crossed-out speech bubble; "Vet inte" (don't know) is a dotted
  fill plus a question mark; "not asked yet" is the plain, faint sector. The
  adult's and the guardian's marks differ in line style and carry a letter
  badge; the previous conversation is a thin dashed outline. Each area can also
  get its own fill pattern (on in the high-contrast palette).

Colours are ``#RRGGBB`` / ``#AARRGGBB`` strings (Qt's QColor reads both) so a
palette is a plain frozen value; the painter turns them into QColors.
"""

from __future__ import annotations

from dataclasses import dataclass

# Per-area fill patterns, cycled by area index, drawn over the area colour when
# ``WheelPalette.area_patterns`` is on. None of them is a diagonal hatch or a
# dot grid: those belong to "declined" and "don't know".
AREA_PATTERNS: tuple[str, ...] = (
    "plain",
    "horizontal",
    "rings",
    "vertical",
    "rays",
    "grid",
    "sparse_horizontal",
    "sparse_vertical",
)


@dataclass(frozen=True)
class WheelPalette:
    name: str
    background: str
    text: str  # area labels
    text_muted: str  # legend, small print
    icon: str  # area icons beside the labels
    ring_line: str  # the thin circles between levels (they show where to tap)
    sector_line: str  # the outline of each sector
    empty_tint: float  # not asked: the area colour at this opacity over the background
    fill_opacity: float  # a child's answer: the area colour at this opacity
    area_patterns: bool  # draw a per-area pattern over filled sectors
    pattern_line: str  # colour of those patterns
    hub_fill: str
    hub_line: str
    focus: str  # keyboard focus outline
    hover: str  # hovered ring: overlay
    hover_line: str
    declined_fill: str
    declined_hatch: str
    declined_symbol: str
    dont_know_fill: str
    dont_know_dots: str
    dont_know_symbol: str
    adult_mark: str  # professional's view: solid line, badge letter
    guardian_mark: str  # the guardian's answer as the professional noted it: dash-dot, badge
    badge_text: str
    previous_outline: str  # last conversation: thin dashed outline
    line_scale: float = 1.0  # multiplies every line width
    # the family's own views, each with its badge: guardian 1 (dashed), guardian 2
    # (dotted), another caregiver (dash-dot-dot); apart from guardian_mark, which is the
    # guardian's answer as the professional noted it
    guardian_1_mark: str = "#9C4A1A"
    guardian_2_mark: str = "#7A3E8C"
    guardian_3_mark: str = "#2F6B4F"


NORMAL = WheelPalette(
    name="normal",
    background="#FBFAF7",
    text="#2E2A26",
    text_muted="#5F584F",
    icon="#3D3833",
    ring_line="#D2CBC0",
    sector_line="#C2BAAD",
    empty_tint=0.16,
    fill_opacity=1.0,
    area_patterns=False,
    pattern_line="#40FFFFFF",
    hub_fill="#FFFFFF",
    hub_line="#C9C2B5",
    focus="#1F4E99",
    hover="#331F4E99",
    hover_line="#1F4E99",
    declined_fill="#D6D2DE",
    declined_hatch="#8C84A3",
    declined_symbol="#4F4866",
    dont_know_fill="#FFFFFF",
    dont_know_dots="#7F8E98",
    dont_know_symbol="#3F4C55",
    adult_mark="#1E3A5F",
    guardian_mark="#5B3F2E",
    badge_text="#FFFFFF",
    previous_outline="#B04A443D",  # warm grey-brown at 69 % opacity
)

HIGH_CONTRAST = WheelPalette(
    name="high_contrast",
    background="#FFFFFF",
    text="#000000",
    text_muted="#000000",
    icon="#000000",
    ring_line="#000000",
    sector_line="#000000",
    empty_tint=0.0,
    fill_opacity=1.0,
    area_patterns=True,
    pattern_line="#000000",
    hub_fill="#FFFFFF",
    hub_line="#000000",
    focus="#0000CC",
    hover="#330000CC",
    hover_line="#0000CC",
    declined_fill="#FFFFFF",
    declined_hatch="#000000",
    declined_symbol="#000000",
    dont_know_fill="#FFFFFF",
    dont_know_dots="#000000",
    dont_know_symbol="#000000",
    adult_mark="#000000",
    guardian_mark="#000000",
    badge_text="#FFFFFF",
    previous_outline="#000000",
    line_scale=1.6,
    guardian_1_mark="#000000",  # high contrast: the line pattern and badge tell them apart
    guardian_2_mark="#000000",
    guardian_3_mark="#000000",
)

PALETTES: dict[str, WheelPalette] = {p.name: p for p in (NORMAL, HIGH_CONTRAST)}


def palette_named(name: str) -> WheelPalette:
    """A palette by name; unknown names give the normal palette."""
    return PALETTES.get(name, NORMAL)


def area_pattern(index: int) -> str:
    """The fill pattern of the area at ``index`` (cycled)."""
    return AREA_PATTERNS[index % len(AREA_PATTERNS)]


# --- child mode ---------------------------------------------------------------


@dataclass(frozen=True)
class ChildTheme:
    """Every colour child mode paints or styles with; the wheel's palette with it.

    The focus ring differs from the unfocused border by at least 3:1 contrast
    (and is drawn thicker), so keyboard focus is always visible.
    """

    name: str
    wheel: WheelPalette
    background: str
    text: str
    muted: str  # glosses and small print: still at least 4.5:1 on the background
    button_bg: str
    button_hover: str
    button_pressed: str
    button_border: str
    button_text: str
    focus: str
    checked_bg: str
    checked_text: str
    face: str  # the lines of the big faces and pictures
    cover_top: str
    cover_bottom: str
    cover_hills: tuple[str, str]
    cover_sun: str


CHILD_NORMAL = ChildTheme(
    name="normal",
    wheel=NORMAL,
    background="#FBFAF7",
    text="#2E2A26",
    muted="#5F584F",
    button_bg="#E8EEF5",
    button_hover="#D9E4F0",
    button_pressed="#C6D6E8",
    button_border="#8AA4C2",
    button_text="#1F3550",
    focus="#1F3A66",
    checked_bg="#1F3A66",
    checked_text="#FFFFFF",
    face="#3D3833",
    cover_top="#DCE8F0",
    cover_bottom="#EEF3EC",
    cover_hills=("#C9DCC3", "#B5CFAE"),
    cover_sun="#F6E7B8",
)

CHILD_HIGH_CONTRAST = ChildTheme(
    name="high_contrast",
    wheel=HIGH_CONTRAST,
    background="#FFFFFF",
    text="#000000",
    muted="#000000",
    button_bg="#FFFFFF",
    button_hover="#E6E6E6",
    button_pressed="#CCCCCC",
    button_border="#000000",
    button_text="#000000",
    focus="#0050D0",
    checked_bg="#000000",
    checked_text="#FFFFFF",
    face="#000000",
    cover_top="#FFFFFF",
    cover_bottom="#FFFFFF",
    cover_hills=("#DDDDDD", "#BBBBBB"),
    cover_sun="#EEEEEE",
)

CHILD_THEMES: dict[str, ChildTheme] = {t.name: t for t in (CHILD_NORMAL, CHILD_HIGH_CONTRAST)}
THEME_NAMES: tuple[str, ...] = tuple(CHILD_THEMES)


def child_theme_named(name: str) -> ChildTheme:
    """A child-mode theme by name; unknown names give the normal theme."""
    return CHILD_THEMES.get(name, CHILD_NORMAL)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB`` (an ``#AARRGGBB`` alpha is ignored)."""
    hex6 = colour.lstrip("#")[-6:]
    channels = [int(hex6[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours (1.0 to 21.0)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

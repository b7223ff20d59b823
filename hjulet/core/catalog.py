"""Finding wheel definitions and scales: built-in ones and an organisation's own.

Built-ins live in the shipped data folder (``hjulet.core.resources``); an
organisation drops its own TOML files in ``<basedir>/wheels`` or
``<basedir>/scales`` (same format), and a file with the same id replaces the
built-in one. A broken file is reported, never fatal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hjulet.core.constants import DEFAULT_DEFINITION as DEFAULT_DEFINITION
from hjulet.core.errors import DefinitionError
from hjulet.core.model import AgeTier, Child
from hjulet.core.resources import resources_dir
from hjulet.core.scales import Scale, load_scale
from hjulet.core.wheel import WheelDefinition, load_definition, report_once

SCALE_FOR_TIER = {AgeTier.YOUNG: "faces3", AgeTier.MIDDLE: "steps4", AgeTier.TEEN: "steps5"}
YOUNG_MAX_STEPS = 3  # the youngest answer with three faces, never more


def tier_for_child(child: Child, today: date | None = None) -> AgeTier:
    """The child's tier today: from the birth year when known (children grow), else the record."""
    if child.birth_year:
        return AgeTier.for_age((today or date.today()).year - child.birth_year)
    return child.age_tier


def tier_fits_scale(tier: AgeTier, scale: Scale) -> bool:
    """Can a child of ``tier`` answer on ``scale``?

    The youngest answer on three steps at most (an organisation's scale declared
    for them counts too, with or without faces); the others on any scale.
    """
    if tier is AgeTier.YOUNG:
        return scale.tier == AgeTier.YOUNG.value or scale.size <= YOUNG_MAX_STEPS
    return True


@dataclass
class Catalog:
    definitions: dict[str, WheelDefinition] = field(default_factory=dict)
    scales: dict[str, Scale] = field(default_factory=dict)
    problems: list[DefinitionError] = field(default_factory=list)

    def definition(self, def_id: str = DEFAULT_DEFINITION) -> WheelDefinition:
        return self.definitions[def_id]

    def scale(self, scale_id: str) -> Scale:
        return self.scales[scale_id]

    def scale_for(self, tier: AgeTier) -> Scale:
        return self.scales[SCALE_FOR_TIER[tier]]

    def scale_for_child(self, child: Child, today: date | None = None) -> Scale:
        """The scale a new conversation with ``child`` starts on (from the age, else the tier)."""
        return self.scale_for(tier_for_child(child, today))


def load_catalog(extra_dirs: tuple[Path, ...] = ()) -> Catalog:
    """Built-in definitions and scales, overlaid by those in ``extra_dirs``."""
    catalog = Catalog()
    for base in (resources_dir(), *extra_dirs):
        for path in sorted((base / "wheels").glob("*.toml")):
            try:
                definition = load_definition(path)
            except DefinitionError as exc:
                report_once(exc)
                catalog.problems.append(exc)
            else:
                catalog.definitions[definition.id] = definition
        for path in sorted((base / "scales").glob("*.toml")):
            try:
                scale = load_scale(path)
            except DefinitionError as exc:
                report_once(exc)
                catalog.problems.append(exc)
            else:
                catalog.scales[scale.id] = scale
    return catalog

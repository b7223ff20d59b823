"""Finding wheel definitions and scales: built-in ones and an organisation's own.

Built-ins live in the shipped data folder (``hjulet.core.resources``); an
organisation drops its own TOML files in ``<basedir>/wheels`` or
``<basedir>/scales`` (same format), and a file with the same id replaces the
built-in one. A broken file is reported, never fatal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hjulet.core.errors import DefinitionError
from hjulet.core.model import AgeTier
from hjulet.core.resources import resources_dir
from hjulet.core.scales import Scale, load_scale
from hjulet.core.wheel import WheelDefinition, load_definition, report_once

DEFAULT_DEFINITION = "barnets-basta-hjulet"
SCALE_FOR_TIER = {AgeTier.YOUNG: "faces3", AgeTier.MIDDLE: "steps4", AgeTier.TEEN: "steps5"}


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

"""The program catalogue (resources/programs.toml) and its eligibility rules."""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from evaluator_app.errors import CatalogueError
from evaluator_app.paths import resources_dir
from evaluator_app.toml_file import read_toml


@dataclass(frozen=True)
class Program:
    id: str
    name_ko: str
    name_en: str
    applicant_kinds: tuple[str, ...]
    sites_to_select: int
    source: str = ""
    population_below: int | None = None
    subtypes: dict[str, str] = field(default_factory=dict)
    subtype_required: bool = False
    overseas_partner_required: bool = False
    one_per_jurisdiction: bool = False

    def eligibility_problems(self, app: dict[str, Any]) -> list[str]:
        """Violations of this program's rules by one application (a spec's [[applications]])."""
        aid = app.get("id", "?")
        out: list[str] = []
        kind = app.get("applicant_kind")
        if kind not in self.applicant_kinds:
            out.append(
                f"application {aid}: applicant_kind {kind!r} is not allowed for {self.id} "
                f"(allowed: {', '.join(self.applicant_kinds)})")
        if self.population_below is not None:
            pop = app.get("population")
            if isinstance(pop, bool) or not isinstance(pop, int):
                out.append(f"application {aid}: population is required for {self.id} "
                           f"(must be below {self.population_below:,})")
            elif pop < 0:
                out.append(f"application {aid}: population {pop:,} is negative")
            elif pop >= self.population_below:
                out.append(f"application {aid}: population {pop:,} is not below the "
                           f"{self.id} cap of {self.population_below:,}")
        subtype = app.get("subtype", "")
        if subtype and subtype not in self.subtypes:
            allowed = ", ".join(self.subtypes) or "none"
            out.append(f"application {aid}: subtype {subtype!r} is not a sub-type of "
                       f"{self.id} (allowed: {allowed})")
        elif self.subtype_required and not subtype:
            out.append(f"application {aid}: {self.id} requires a subtype "
                       f"({', '.join(self.subtypes)})")
        if self.overseas_partner_required and not str(app.get("overseas_partner", "")).strip():
            out.append(f"application {aid}: {self.id} requires an overseas partner institution "
                       "(overseas_partner)")
        return out


def _program(pid: str, d: dict[str, Any], where: str) -> Program:
    try:
        return Program(
            id=pid,
            name_ko=str(d["name_ko"]),
            name_en=str(d["name_en"]),
            applicant_kinds=tuple(d["applicant_kinds"]),
            sites_to_select=int(d["sites_to_select"]),
            source=str(d.get("source", "")),
            population_below=d.get("population_below"),
            subtypes=dict(d.get("subtypes", {})),
            subtype_required=bool(d.get("subtype_required", False)),
            overseas_partner_required=bool(d.get("overseas_partner_required", False)),
            one_per_jurisdiction=bool(d.get("one_per_jurisdiction", False)),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise CatalogueError(f"{where}: program '{pid}' is invalid ({e})") from None


@cache
def load_programs(path: Path | None = None) -> dict[str, Program]:
    path = path or resources_dir() / "programs.toml"
    data = read_toml(path, CatalogueError, "the program catalogue")
    return {pid: _program(pid, d, str(path)) for pid, d in data.get("programs", {}).items()}


def get_program(pid: str) -> Program:
    programs = load_programs()
    if pid not in programs:
        raise CatalogueError(
            f"unknown program {pid!r} (known: {', '.join(programs)})")
    return programs[pid]


def check_program_subtype(program: str, subtype: str) -> str | None:
    """A problem text if `program`/`subtype` is not in the catalogue, else None."""
    programs = load_programs()
    if program not in programs:
        return f"unknown program {program!r} (known: {', '.join(programs)})"
    p = programs[program]
    if subtype and subtype not in p.subtypes:
        known = ", ".join(p.subtypes) or "none"
        return f"unknown subtype {subtype!r} for {program} (known: {known})"
    return None

"""What the workspace answers about a session, an application and a document: plain records."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SessionInfo:
    id: str
    title: str
    program: str
    stage: str
    year: int | None
    sites_to_select: int
    state: str
    revision: int
    imported_at: str
    bundle_path: str | None = None
    bundle_hash: str | None = None  # the bundle file's SHA-256 (sessions opened before 0.x)
    manifest_sha256: str | None = None  # the bundle's identity: its signed manifest's SHA-256


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    name: str
    sha256: str
    size: int
    readable: bool  # False: this member was not given the key (a pre-declared conflict)
    kind: str = "plan"  # plan (사업계획서) | slides (발표자료, for the 발표 day)


@dataclass(frozen=True)
class ApplicationInfo:
    session_id: str
    id: str
    position: int
    applicant: str
    title: str
    rubric_hash: str
    data: dict[str, Any]

"""A signed manifest as the workspace's rows (what opening or replacing a bundle stores)."""

from typing import Any


def manifest_documents(manifest: dict[str, Any], reader_fp: str) -> list[dict[str, Any]]:
    """The documents table's rows for a signed manifest, as one member reads it."""
    sid = manifest["session"]["id"]
    return [{"session_id": sid, "application_id": a["id"], "position": pos,
             "doc_id": d["id"], "name": d["name"], "sha256": d["sha256"], "size": d["size"],
             "readable": int(reader_fp in d["readers"])}
            for a in manifest["applications"] for pos, d in enumerate(a["documents"])]


def manifest_applications(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Each application as a spec lists it: its documents by name."""
    return [{k: v for k, v in a.items() if k != "documents"} | {
        "documents": [d["name"] for d in a["documents"]]} for a in manifest["applications"]]

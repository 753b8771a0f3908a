"""RFC 8785 canonical JSON and the content hashes built on it."""

import hashlib
from decimal import Decimal
from typing import Any

import rfc8785


def _plain(value: Any) -> Any:
    """Turn Decimals into JSON numbers (ints when integral) so hashing is stable."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """The RFC 8785 (JCS) serialisation of `value`."""
    return rfc8785.dumps(_plain(value))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    """`sha256:<hex>` of the canonical JSON of `value`."""
    return "sha256:" + sha256_hex(canonical_json(value))

"""Two self-contained parts of the independent checker (independent_check.py), written from
docs/formats.md alone like it: §5 the resolved rubric and its hash, and §9 Python's seeded
shuffle written out (the 발표 order and the public report's columns). Imports no app code."""

import hashlib
from decimal import Decimal
from typing import Any

import rfc8785


def jcs(value: Any) -> bytes:
    return rfc8785.dumps(value)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- §5 the resolved rubric ---------------------------------------------------------------

def number(raw: Any) -> Any:
    """§5: a number of the rubric as its exact decimal, then an integer when integral, else the
    nearest double (written by RFC 8785 in its shortest form)."""
    d = Decimal(raw) if isinstance(raw, (int, str)) else Decimal(repr(raw))
    return int(d) if d == d.to_integral_value() else float(d)


def text(d: dict[str, Any], key: str) -> str:
    return str(d.get(key, "")).strip()


def resolve(toml: dict[str, Any]) -> dict[str, Any]:
    defaults = toml.get("defaults", {})
    opinion = toml.get("opinion", {})
    cons = toml.get("consolidation", {})

    def item(i: dict[str, Any]) -> dict[str, Any]:
        out = {"id": str(i["id"]), "label_ko": text(i, "label_ko"), "label_en": text(i, "label_en"),
               "guidance": text(i, "guidance"), "max_points": number(i["max_points"]),
               "rationale_required": i.get("rationale_required",
                                           defaults.get("rationale_required", True)),
               "rationale_min_length": i.get("rationale_min_length",
                                             defaults.get("rationale_min_length", 0))}
        if i.get("scale", defaults.get("scale", "points")) == "points":
            out.update(scale="points", step=number(i.get("step", defaults.get("step", 1))))
        else:
            grades = i.get("grades", defaults.get("grades", dict(zip(
                "ABCDE", (100, 90, 80, 70, 60), strict=True))))
            out.update(scale="grade", grades={k: number(v) for k, v in grades.items()})
        if text(i, "source"):
            out["source"] = text(i, "source")
        return out

    resolved = {
        "id": text(toml, "id"), "program": text(toml, "program"),
        "subtype": text(toml, "subtype"), "year": toml["year"], "stage": toml["stage"],
        "title_ko": text(toml, "title_ko"), "title_en": text(toml, "title_en"),
        "status": toml["status"], "sources": list(toml["sources"]),
        "total": number(toml["total"]), "tie_break": list(toml.get("tie_break", [])),
        "opinion": {"required": opinion.get("required", True),
                    "min_length": opinion.get("min_length", 0)},
        "consolidation": {"rule": cons.get("rule", "trimmed-mean"),
                          "trim_min_n": cons.get("trim_min_n", 5),
                          "deviation_threshold": number(cons.get("deviation_threshold", 15))},
        "gates": [{"id": str(g["id"]), "label_ko": text(g, "label_ko"),
                   "label_en": text(g, "label_en"), "guidance": text(g, "guidance")}
                  for g in toml.get("gates", [])],
        "groups": [{"id": str(g["id"]), "label_ko": text(g, "label_ko"),
                    "label_en": text(g, "label_en"), "guidance": text(g, "guidance"),
                    "max_points": number(g["max_points"]),
                    "items": [item(i) for i in g["items"]]} for g in toml["groups"]],
        "adjustments": [{"id": str(a["id"]), "kind": a["kind"], "label_ko": text(a, "label_ko"),
                         "label_en": text(a, "label_en"), "guidance": text(a, "guidance"),
                         "max_points": number(a["max_points"]),
                         "step": number(a.get("step", "0.5")),
                         "rationale_required": a.get("rationale_required", True),
                         "rationale_min_length": a.get("rationale_min_length",
                                                       defaults.get("rationale_min_length", 0))}
                        for a in toml.get("adjustments", [])],
    }
    if "pass_score" in toml:
        resolved["pass_score"] = number(toml["pass_score"])
    return resolved


def rubric_hash(resolved: dict[str, Any]) -> str:
    return "sha256:" + sha256(jcs(resolved))


# ---- §9 Python's seeded shuffle, written out (the 발표 order and the public columns) --------

class MT19937:
    def __init__(self, seed: bytes) -> None:
        n = int.from_bytes(seed + hashlib.sha512(seed).digest(), "big")
        key = []
        while n:
            key.append(n & 0xFFFFFFFF)
            n >>= 32
        key = key or [0]
        mt = [0] * 624
        mt[0] = 19650218
        for i in range(1, 624):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
        i, j = 1, 0
        for _ in range(max(624, len(key))):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) \
                & 0xFFFFFFFF
            i, j = i + 1, j + 1
            if i >= 624:
                mt[0], i = mt[623], 1
            if j >= len(key):
                j = 0
        for _ in range(623):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= 624:
                mt[0], i = mt[623], 1
        mt[0] = 0x80000000
        self.mt, self.index = mt, 624

    def word(self) -> int:
        if self.index >= 624:
            mt = self.mt
            for k in range(624):
                y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7FFFFFFF)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def below(self, n: int) -> int:
        k = n.bit_length()  # n ≤ 2^32 here: one word, its top k bits
        while (r := self.word() >> (32 - k)) >= n:
            pass
        return r

    def shuffle(self, x: list[Any]) -> list[Any]:
        for i in range(len(x) - 1, 0, -1):
            j = self.below(i + 1)
            x[i], x[j] = x[j], x[i]
        return x

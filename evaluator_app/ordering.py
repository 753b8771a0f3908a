"""Per-member application order: shuffled, seeded by the member's fingerprint.

Each member meets the applications in a different, stable order, which spreads order effects
(the first and the last application read in a day are judged differently) across the committee.
"""

import hashlib
import random


def member_order(app_ids: list[str], fingerprint: str, session_id: str) -> list[str]:
    seed = hashlib.sha256(f"{session_id}\n{fingerprint}".encode()).digest()
    order = list(app_ids)
    random.Random(seed).shuffle(order)
    return order

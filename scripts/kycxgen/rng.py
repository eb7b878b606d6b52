"""Per-document random streams derived from (seed, type, index, stream name).

Deriving every stream from a hash keeps documents independent: adding a type,
changing the count or restricting formats never changes another document's content.
"""

import hashlib
import random

import numpy as np


def derive_seed(*parts: object) -> int:
    """Returns a 64-bit integer that depends only on the printed parts."""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def py_rng(*parts: object) -> random.Random:
    """A `random.Random` seeded from `parts`."""
    return random.Random(derive_seed(*parts))


def np_rng(*parts: object) -> np.random.Generator:
    """A numpy Generator seeded from `parts`."""
    return np.random.Generator(np.random.PCG64(derive_seed(*parts)))


def weighted_choice(rng: random.Random, options: dict):
    """Picks a key of `options` with probability proportional to its value."""
    keys = list(options)
    return rng.choices(keys, weights=[options[k] for k in keys], k=1)[0]

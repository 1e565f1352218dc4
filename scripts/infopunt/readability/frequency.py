"""Word frequency on the Zipf scale (log10 of uses per billion words), from wordfreq.

wordfreq ships its lists inside the package, so nothing is downloaded. A list is loaded
when a language needs it, one language at a time (20–60 MB each): score pages grouped by
language. A word missing from the list is treated as rare: the
small lists (bg, ro) hold no words below Zipf 3, so "missing" means "below 3" everywhere.
"""

from __future__ import annotations

import math
from functools import lru_cache

RARE = 3.0  # Zipf below this: "uncommon" (van Heuven et al. 2014)


@lru_cache(maxsize=1)
def _table(lang: str) -> dict[str, float]:
    """Word → Zipf, built from wordfreq's list (one bucket of words per centibel); read past
    wordfreq's own cache, which would keep every list loaded."""
    import wordfreq

    table: dict[str, float] = {}
    for index, bucket in enumerate(wordfreq.get_frequency_list.__wrapped__(lang, "best")):
        table.update(dict.fromkeys(bucket, math.log10(wordfreq.cB_to_freq(-index)) + 9))
    return table


def forget() -> None:
    """Let the loaded list go, once no more text is to be scored."""
    _table.cache_clear()


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case word; 0 when the list does not have it."""
    table = _table(lang)
    value = table.get(word)
    if value is None and "-" in word:
        parts = [table.get(part) for part in word.split("-") if part]
        value = min(parts) if parts and None not in parts else None
    return value if value is not None else 0.0

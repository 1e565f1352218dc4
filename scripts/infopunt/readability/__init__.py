"""The B1 readability engine: a pure library, text and language in, scores and findings out."""

from infopunt.readability.cache import Cache
from infopunt.readability.engine import Measurement, measure, supported
from infopunt.readability.languages import LANGUAGES

__all__ = ["Cache", "LANGUAGES", "Measurement", "measure", "supported"]

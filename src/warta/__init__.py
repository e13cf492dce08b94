"""warta: verifiable event data from Indonesian-language news."""

__version__ = "0.1.0"

"""Extraction: press text in, plain dataclasses out. Knows nothing of Django."""

# Bump when extraction changes what it reads: an article imported by an older version is read again.
EXTRACTOR_VERSION = "1.0"

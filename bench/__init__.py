"""Benchmarks for the import pipeline and the corpus generator they use (see README.md)."""

"""Benchmarks of Floor: what users feel, each figure next to a baseline measured in the same run."""

"""Benchmarks of issue 12: this client side by side with pyargus 0.8.0 and plain httpx, against a real server.

`python -m bench` (or `make bench`) runs them all and writes bench/results.json and bench/ratios.png;
`--quick` runs them with small sizes, for development. See BENCHMARKS.md for the figures.
"""

"""Handwritten layer over the generated Argus API packages (see README)."""

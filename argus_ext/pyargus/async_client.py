"""`from argus_ext.pyargus.async_client import AsyncClient`, where pyargus has it."""

from .client import AsyncClient

__all__ = ["AsyncClient"]

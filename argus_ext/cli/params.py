"""Option types that check their value while the command line is parsed: bad input is a usage error (exit 2)
naming the option and the value, before anything is sent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from .times import parse_time


class TimeType(click.ParamType[datetime]):
    """An ISO time or a duration; a duration counts back from now, or forward for `future=True` (`--until 2h`)."""

    name = "time"

    def __init__(self, *, future: bool) -> None:
        self.future = future

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return parse_time(str(value), future=self.future)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class TagType(click.ParamType[str]):
    """A "key=value" tag; the key lower-case letters, digits and underscores, as the server requires."""

    name = "key=value"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from argus_ext.tags import tag_pairs

        key, equals, tag_value = str(value).partition("=")
        if not equals:
            self.fail(f"{value!r} is not a tag: expected key=value, such as host=db1", param, ctx)
        try:
            tag_pairs({key: tag_value})
        except ValueError as exc:
            self.fail(f"{value!r}: {exc}", param, ctx)
        return f"{key}={tag_value}"


PAST_TIME = TimeType(future=False)
FUTURE_TIME = TimeType(future=True)
TAG = TagType()

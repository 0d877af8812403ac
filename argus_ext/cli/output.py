"""Writing results in the form `-o` chose: `table` (rich, fitted to a terminal), `wide` (more columns), `json`
(one document), `jsonl` (one object per line) or `tsv` (tab-separated, no heading, for awk and cut). JSON forms are
streamed item by item, so a listing of any length never sits in memory; a progress line on stderr shows for
listings only when stderr is a terminal (never in pipes, files or cron mails).

Every string goes out through text.py: `shown` for the human forms, `json_text` for the JSON ones. Table cells are
rich `Text` objects, never markup strings. rich is imported only when a table or progress line is drawn: `--json`
output and `--help` do without it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, get_args

import click

from .text import json_text, shown

T = TypeVar("T")
Format = Literal["table", "wide", "json", "jsonl", "tsv"]
FORMATS: tuple[str, ...] = get_args(Format)


@dataclass(frozen=True)
class Column(Generic[T]):
    """A table column: its heading and how to show an item in it.

    `wide`: shown only with `-o wide`. `drop`: on a terminal too narrow for every column, the columns with a
    drop rank go first, lowest rank first (0: never dropped). `flexible`: the column cut short, with "…", when
    what is left is still too wide (the description).
    """

    heading: str
    show: Callable[[T], str]
    wide: bool = False
    drop: int = 0
    flexible: bool = False


def format_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """`-o/--output FORM`, with `--json` and `--jsonl` kept as its aliases; the command gets `fmt` (default table).

    Two different forms at once (`--json --jsonl`, `--json -o tsv`) are a usage error, not a silent choice.
    """

    @functools.wraps(command)
    def with_format(*args: Any, output: str | None, as_json: bool, as_jsonl: bool, **kwargs: Any) -> Any:
        given = (("json", as_json), ("jsonl", as_jsonl), (output or "", output is not None))
        chosen = {form for form, wanted in given if wanted}
        if len(chosen) > 1:
            raise click.UsageError(f"choose one output form, not {' and '.join(sorted(chosen))}")
        return command(*args, fmt=chosen.pop() if chosen else "table", **kwargs)

    with_format = click.option("--jsonl", "as_jsonl", is_flag=True, help="Same as -o jsonl.")(with_format)
    with_format = click.option("--json", "as_json", is_flag=True, help="Same as -o json.")(with_format)
    return click.option(
        "-o",
        "--output",
        type=click.Choice(FORMATS),
        help="table (default), wide (more columns), json, jsonl (one object per line, streamed) or tsv.",
    )(with_format)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def say(sentence: str, *, err: bool = False) -> None:
    """A line for people (a confirmation, a note); it may quote server text, so it is escaped as a whole."""
    click.echo(shown(sentence), err=err)


def emit_items(
    items: Iterable[T], fmt: Format, columns: Sequence[Column[T]], as_dict: Callable[[T], dict[str, Any]]
) -> None:
    """Write a listing in `fmt`: the JSON and TSV forms as the items come, the table once all are read."""
    if fmt == "jsonl":
        for item in items:
            click.echo(json_text(as_dict(item)))
    elif fmt == "json":
        # An array written element by element: valid JSON without holding the list.
        separator = "\n"
        click.echo("[", nl=False)
        for item in items:
            click.echo(separator + json_text(as_dict(item)), nl=False)
            separator = ",\n"
        click.echo("]" if separator == "\n" else "\n]")
    else:
        chosen = [column for column in columns if fmt == "wide" or not column.wide]
        if fmt == "tsv":
            for item in items:
                click.echo("\t".join(shown(column.show(item)) for column in chosen))
            return
        rows = [[shown(column.show(item)) for column in chosen] for item in items]
        _print_table(chosen, rows)


def emit_record(record: dict[str, Any], fmt: Format, lines: Sequence[tuple[str, str]]) -> None:
    """Write one object: as JSON, as "field<TAB>value" lines (tsv), or as "field  value" lines for people."""
    if fmt in ("json", "jsonl"):
        click.echo(json_text(record))
        return
    if fmt == "tsv":
        for name, value in lines:
            click.echo(f"{name}\t{shown(value)}")
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for name, value in lines:
        table.add_row(Text(name), Text(shown(value)))
    _print(table, width=_terminal_width())


_GAP = 2  # rich's padding between two columns of a box-less table
_FLEXIBLE_MIN = 20  # the least a flexible column (the description) is given before other columns are dropped


def fitting(columns: Sequence[Column[Any]], rows: Sequence[Sequence[str]], width: int) -> dict[int, int]:
    """The columns to show in `width` cells, as {index: width}: all at their natural width if they fit; else
    without the droppable ones (lowest rank first) until the rest fit with a flexible column of at least 20 cells,
    which gets what is left (cut with "…")."""
    from rich.cells import cell_len

    natural = [
        max([cell_len(column.heading), *(cell_len(row[at]) for row in rows)]) for at, column in enumerate(columns)
    ]
    kept = list(range(len(columns)))

    def fixed() -> int:
        return sum(natural[at] for at in kept if not columns[at].flexible) + _GAP * (len(kept) - 1)

    def needed() -> int:
        return fixed() + sum(min(natural[at], _FLEXIBLE_MIN) for at in kept if columns[at].flexible)

    for at in sorted((at for at, column in enumerate(columns) if column.drop), key=lambda at: columns[at].drop):
        if needed() <= width:
            break
        kept.remove(at)
    flexible = [at for at in kept if columns[at].flexible]
    room = max(width - fixed(), _FLEXIBLE_MIN * len(flexible)) // max(len(flexible), 1)
    return {at: min(natural[at], room) if columns[at].flexible else natural[at] for at in kept}


def _print_table(columns: Sequence[Column[Any]], rows: list[list[str]]) -> None:
    from rich.table import Table
    from rich.text import Text

    width = _terminal_width()
    widths: dict[int, int | None] = (
        dict.fromkeys(range(len(columns))) if width is None else dict(fitting(columns, rows, width))
    )
    table = Table(box=None, header_style="bold", pad_edge=False)
    for at, cells in widths.items():
        # One line per row, also on a terminal: a cell too long is cut with "…" rather than wrapped word by word.
        table.add_column(columns[at].heading, no_wrap=True, overflow="ellipsis", width=cells)
    for row in rows:
        table.add_row(*(Text(row[at]) for at in widths))
    _print(table, width=width)


def _terminal_width() -> int | None:
    """The terminal's width, or None in a pipe or file (no limit: a row stays one line, for grep and awk)."""
    if not stdout_is_terminal():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _print(table: Any, *, width: int | None) -> None:
    from rich.console import Console

    console = Console(width=width or 100_000, force_terminal=width is not None, highlight=False, emoji=False)
    with console.capture() as captured:
        console.print(table)
    # rich pads every cell to its column's width: no trailing blanks in what people copy or diff.
    click.echo("\n".join(line.rstrip() for line in captured.get().splitlines()))


@contextmanager
def progress(noun: str) -> Iterator[Callable[[int], None]]:
    """A callback to report how many items have been read so far; draws on stderr only on a terminal."""
    if not stderr_is_terminal():
        yield lambda count: None
        return
    from rich.console import Console

    console = Console(stderr=True, force_terminal=True)
    with console.status(f"reading {noun}...") as status:
        yield lambda count: status.update(f"read {count} {noun}...")


def limited(pages: Iterable[tuple[Sequence[T], bool]], limit: int | None, noun: str) -> Iterator[T]:
    """The items of `pages` (each page's items, and whether more pages follow), at most `limit` of them (None:
    all), one page fetched at a time, with progress. Stopping at the limit with more left says so on stderr."""
    count = 0
    if limit == 0:
        return
    with progress(noun) as report:
        for page, more_pages in pages:
            for position, item in enumerate(page):
                yield item
                count += 1
                if count == limit:  # stop before asking for another page
                    if more_pages or position + 1 < len(page):
                        click.echo(f"showing the first {limit:,} {noun}; there are more: --limit 0 for all", err=True)
                    return
            report(count)

"""Writing results: a rich table (colours on a terminal), `--json` (one document) or `--jsonl` (one object per
line). JSON forms are streamed item by item, so a listing of any length never sits in memory; a progress line on
stderr shows for listings only when stderr is a terminal (never in pipes, files or cron mails).

rich is imported only when a table or progress line is drawn: `--json` output and `--help` do without it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

import click

T = TypeVar("T")
Format = Literal["table", "json", "jsonl"]
# A table column: its heading and how to show an item in it.
Column = tuple[str, Callable[[T], str]]


def format_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--json / --jsonl, both stored as `fmt` ("table" when neither is given)."""
    command = click.option("--jsonl", "fmt", flag_value="jsonl", help="One JSON object per line, streamed.")(command)
    command = click.option("--json", "fmt", flag_value="json", help="One JSON document.")(command)
    return click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(command)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


# Characters JSON leaves unescaped that Unicode-aware line readers (Python's str.splitlines, JavaScript) still take
# for line ends: escaped, so a name holding one cannot break a --jsonl line in two.
_ESCAPE_LINE_BREAKS_JSON_KEEPS = {ord(char): f"\\u{ord(char):04x}" for char in "\u0085\u2028\u2029"}


def _dump(document: Any) -> str:
    text = json.dumps(document, ensure_ascii=False, default=str)
    return text.translate(_ESCAPE_LINE_BREAKS_JSON_KEEPS)


def emit_items(
    items: Iterable[T], fmt: Format, columns: Sequence[Column[T]], as_dict: Callable[[T], dict[str, Any]]
) -> None:
    """Write a listing in `fmt`: the JSON forms as the items come, the table once all are read."""
    if fmt == "jsonl":
        for item in items:
            click.echo(_dump(as_dict(item)))
    elif fmt == "json":
        # An array written element by element: valid JSON without holding the list.
        separator = "\n"
        click.echo("[", nl=False)
        for item in items:
            click.echo(separator + _dump(as_dict(item)), nl=False)
            separator = ",\n"
        click.echo("]" if separator == "\n" else "\n]")
    else:
        rows = [[show(item) for _, show in columns] for item in items]
        _print_table([heading for heading, _ in columns], rows)


def emit_record(record: dict[str, Any], fmt: Format, lines: Sequence[tuple[str, str]]) -> None:
    """Write one object: as JSON, or as "field  value" lines for people."""
    if fmt in ("json", "jsonl"):
        click.echo(_dump(record))
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for name, value in lines:
        table.add_row(name, value)
    _print(table)


def _print_table(headings: list[str], rows: list[list[str]]) -> None:
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for heading in headings:
        table.add_column(heading, overflow="fold")  # a narrow terminal folds long words, never cuts them
    for row in rows:
        table.add_row(*row)
    _print(table)


def _print(table: Any) -> None:
    from rich.console import Console

    # On a terminal rich wraps to its width; in a pipe or file a row stays one line, for grep and awk.
    console = Console(width=None if sys.stdout.isatty() else 100_000)
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


def limited(pages: Iterable[Sequence[T]], limit: int | None, noun: str) -> Iterator[T]:
    """The items of `pages`, at most `limit` of them (None: all), one page fetched at a time, with progress."""
    count = 0
    if limit == 0:
        return
    with progress(noun) as report:
        for page in pages:
            for item in page:
                yield item
                count += 1
                if count == limit:  # stop before asking for another page
                    return
            report(count)

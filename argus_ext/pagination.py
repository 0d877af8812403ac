"""Cursor pagination over incidents/, incidents/mine/ and incidents/events/, sync and async, one page in memory.

    for incident in paginate_incidents(client, open_=True, tags=["host=a", "host=b"]):
        ...
    pages = paginate_incidents(client, page_size=500)
    for page in pages.pages():               # or iterate pages, each with .items and .next_cursor
        save(page.next_cursor)                # resume later with paginate_incidents(client, cursor=saved)

The server answers `{next, previous, results}`; `next` is a URL carrying the filters and a `cursor`. We send
the same filters again with that cursor (not the URL itself), so every page goes through the same generated
call, auth and retries. A paginator's `cursor` is the cursor of the page being iterated (None: the first):
after a failure, a new paginator with `cursor=` that value starts over at that page instead of the beginning.
Iterating a paginator again starts again from its first page (`start_cursor`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload
from urllib.parse import parse_qs, urlsplit

import argus_api_v2
import argus_api_v2.models  # the package alone: a model loads on first use (here: by typing.get_type_hints)

from .errors import ArgusError, RequestRefusedError
from .filters import join_ids, join_names, join_tags
from .versions import GeneratedClient, version_of_client

# The implementations' annotations name only what typing.get_type_hints can resolve without loading more at import:
# argus_api_v2's clients, its models by their full name (argus_api_v2.models loads each on first use; loading
# Event here would load it and the models it refers to at every import), GeneratedClient. argus_api_v1 appears in
# the overloads alone, for type checkers: a v2 user never loads it.
V2Client = argus_api_v2.Client | argus_api_v2.AuthenticatedClient
if TYPE_CHECKING:
    import argus_api_v1
    from argus_api_v1.models import Incident as V1Incident
    from argus_api_v2.models import Incident

    V1Client = argus_api_v1.Client | argus_api_v1.AuthenticatedClient

T = TypeVar("T")

# Filters that the server takes as one comma-separated value, and how to join a list given for them.
_JOINERS: dict[str, Callable[..., str]] = {
    "tags": join_tags,
    "source_id_in": join_ids,
    "source_name_in": join_names,
    "source_type_in": join_names,
}


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the cursor it was fetched with (None: the first page) and the cursors around it."""

    items: list[T]
    cursor: str | None
    next_cursor: str | None
    previous_cursor: str | None


class _Paginator(Generic[T]):
    """What the sync and async paginators share: the filters, the cursor, and reading a page."""

    def __init__(
        self,
        endpoint: ModuleType,
        client: GeneratedClient,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        **filters: Any,
    ) -> None:
        if page_size is not None and (not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1):
            raise RequestRefusedError(f"page_size: expected a whole number >= 1; got {page_size!r}")
        self.endpoint = endpoint
        self.client = client
        self.start_cursor = cursor
        self.cursor = cursor
        self._kwargs = _prepare_filters(filters)
        if page_size is not None:
            self._kwargs["page_size"] = page_size

    def _call_kwargs(self) -> dict[str, Any]:
        cursor = {} if self.cursor is None else {"cursor": self.cursor}
        return {"client": self.client, **self._kwargs, **cursor}

    def _page(self, parsed: Any) -> Page[T]:
        # `parsed` comes from the generated sync()/asyncio(): a page, or they raised.
        return Page(parsed.results, self.cursor, cursor_of(parsed.next_), cursor_of(parsed.previous))


class Paginator(_Paginator[T]):
    """Iterate the items of every page (`for item in paginator`) or the pages (`paginator.pages()`)."""

    def pages(self) -> Iterator[Page[T]]:
        self.cursor = self.start_cursor  # every iteration reads the whole set, from where the paginator began
        while True:
            page = self._page(self.endpoint.sync(**self._call_kwargs()))
            yield page
            if page.next_cursor is None:
                return
            self.cursor = page.next_cursor

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPaginator(_Paginator[T]):
    """`async for item in paginator`, or `async for page in paginator.pages()`."""

    async def pages(self) -> AsyncIterator[Page[T]]:
        self.cursor = self.start_cursor  # every iteration reads the whole set, from where the paginator began
        while True:
            page = self._page(await self.endpoint.asyncio(**self._call_kwargs()))
            yield page
            if page.next_cursor is None:
                return
            self.cursor = page.next_cursor

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


# The operations behind the paginators, by their generated module in either version's package (versions.py).
_INCIDENTS, _MINE, _EVENTS = "incidents.list_incidents", "incidents.list_my_incidents", "incident_events.list_events"


def _endpoint(client: object, operation: str) -> ModuleType:
    return version_of_client(client).endpoint(operation)


@overload
def paginate_incidents(client: V2Client, **filters: Any) -> Paginator[Incident]: ...
@overload
def paginate_incidents(client: V1Client, **filters: Any) -> Paginator[V1Incident]: ...
def paginate_incidents(client: GeneratedClient, **filters: Any) -> Paginator[Any]:
    """Every incident matching the filters of `list_incidents` (open_=True, tags=[...], page_size=..., cursor=...)."""
    return Paginator(_endpoint(client, _INCIDENTS), client, **filters)


@overload
def paginate_my_incidents(client: V2Client, **filters: Any) -> Paginator[Incident]: ...
@overload
def paginate_my_incidents(client: V1Client, **filters: Any) -> Paginator[V1Incident]: ...
def paginate_my_incidents(client: GeneratedClient, **filters: Any) -> Paginator[Any]:
    """Every incident the calling user reported (`list_my_incidents` filters)."""
    return Paginator(_endpoint(client, _MINE), client, **filters)


def paginate_events(client: V2Client, **filters: Any) -> Paginator[argus_api_v2.models.Event]:
    """Every event of every incident, newest first (API v2; v1 has no such list)."""
    return Paginator(_endpoint(client, _EVENTS), client, **filters)


@overload
def apaginate_incidents(client: V2Client, **filters: Any) -> AsyncPaginator[Incident]: ...
@overload
def apaginate_incidents(client: V1Client, **filters: Any) -> AsyncPaginator[V1Incident]: ...
def apaginate_incidents(client: GeneratedClient, **filters: Any) -> AsyncPaginator[Any]:
    """Async `paginate_incidents`."""
    return AsyncPaginator(_endpoint(client, _INCIDENTS), client, **filters)


@overload
def apaginate_my_incidents(client: V2Client, **filters: Any) -> AsyncPaginator[Incident]: ...
@overload
def apaginate_my_incidents(client: V1Client, **filters: Any) -> AsyncPaginator[V1Incident]: ...
def apaginate_my_incidents(client: GeneratedClient, **filters: Any) -> AsyncPaginator[Any]:
    """Async `paginate_my_incidents`."""
    return AsyncPaginator(_endpoint(client, _MINE), client, **filters)


def apaginate_events(client: V2Client, **filters: Any) -> AsyncPaginator[argus_api_v2.models.Event]:
    """Async `paginate_events` (API v2)."""
    return AsyncPaginator(_endpoint(client, _EVENTS), client, **filters)


def cursor_of(page_url: str | None) -> str | None:
    """The `cursor` query value of a `next`/`previous` URL (None for None)."""
    if page_url is None:
        return None
    cursors = parse_qs(urlsplit(page_url).query).get("cursor")
    if not cursors:
        raise ArgusError(f"the server answered a page link without a cursor, which cannot be followed: {page_url!r}")
    return cursors[0]


def _prepare_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    # Lists for the multi-valued filters become the one comma-separated value the server reads; everything
    # else goes to the generated function as given (it rejects unknown names itself, before sending).
    prepared = dict(filters)
    for name, join in _JOINERS.items():
        value = prepared.get(name)
        if isinstance(value, Sequence) and not isinstance(value, str):
            prepared[name] = join(value, field=name)
    return prepared

import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.incident_page import IncidentPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    acked: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    stateful: bool | Unset = UNSET,
    level_lte: int | Unset = UNSET,
    duration_gte: int | Unset = UNSET,
    start_time_gte: datetime.datetime | Unset = UNSET,
    start_time_lte: datetime.datetime | Unset = UNSET,
    end_time_gte: datetime.datetime | Unset = UNSET,
    end_time_lte: datetime.datetime | Unset = UNSET,
    end_time_isnull: bool | Unset = UNSET,
    source_incident_id: str | Unset = UNSET,
    ticket: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["acked"] = acked

    params["open"] = open_

    params["stateful"] = stateful

    params["level__lte"] = level_lte

    params["duration__gte"] = duration_gte

    json_start_time_gte: str | Unset = UNSET
    if not isinstance(start_time_gte, Unset):
        json_start_time_gte = start_time_gte.isoformat()
    params["start_time__gte"] = json_start_time_gte

    json_start_time_lte: str | Unset = UNSET
    if not isinstance(start_time_lte, Unset):
        json_start_time_lte = start_time_lte.isoformat()
    params["start_time__lte"] = json_start_time_lte

    json_end_time_gte: str | Unset = UNSET
    if not isinstance(end_time_gte, Unset):
        json_end_time_gte = end_time_gte.isoformat()
    params["end_time__gte"] = json_end_time_gte

    json_end_time_lte: str | Unset = UNSET
    if not isinstance(end_time_lte, Unset):
        json_end_time_lte = end_time_lte.isoformat()
    params["end_time__lte"] = json_end_time_lte

    params["end_time__isnull"] = end_time_isnull

    params["source_incident_id"] = source_incident_id

    params["ticket"] = ticket

    params["tags"] = tags

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incidents/mine/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | IncidentPage | None:
    if response.status_code == 200:
        response_200 = IncidentPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> FieldErrors | list[str] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_validation_error_body_type_0 = FieldErrors.from_dict(data)

                return componentsschemas_validation_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_validation_error_body_type_1 = cast(list[str], data)

                return componentsschemas_validation_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldErrors | list[str] | str, data)

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Detail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Detail.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Detail | FieldErrors | list[str] | str | IncidentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | IncidentPage | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IncidentPage:
    if response.status_code == 200:
        return cast(IncidentPage, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    acked: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    stateful: bool | Unset = UNSET,
    level_lte: int | Unset = UNSET,
    duration_gte: int | Unset = UNSET,
    start_time_gte: datetime.datetime | Unset = UNSET,
    start_time_lte: datetime.datetime | Unset = UNSET,
    end_time_gte: datetime.datetime | Unset = UNSET,
    end_time_lte: datetime.datetime | Unset = UNSET,
    end_time_isnull: bool | Unset = UNSET,
    source_incident_id: str | Unset = UNSET,
    ticket: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Detail | FieldErrors | list[str] | str | IncidentPage]:
    """List the incidents the calling user reported

     Like `list_incidents`, but only the incidents added by the logged-in user (a source
    system's user sees its own incidents). Useful for glue services that compare Argus with
    their source. Filtering on source or source type is not possible here.
    A `tags` filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the
    incidents once per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL
    backend up to 17 GB (a server bug): keep to a few keys.
    A date-time filter with a UTC offset beyond +-15:59 (RFC 3339 allows up to +-23:59) answers
    an HTML 500 (argus-server 2.10.2: PostgreSQL refuses it; a server bug): send times in UTC.

    Args:
        acked (bool | Unset):
        open_ (bool | Unset):
        stateful (bool | Unset):
        level_lte (int | Unset):
        duration_gte (int | Unset):
        start_time_gte (datetime.datetime | Unset):
        start_time_lte (datetime.datetime | Unset):
        end_time_gte (datetime.datetime | Unset):
        end_time_lte (datetime.datetime | Unset):
        end_time_isnull (bool | Unset):
        source_incident_id (str | Unset):
        ticket (bool | Unset):
        tags (str | Unset):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | IncidentPage]
    """

    kwargs = _get_kwargs(
        acked=acked,
        open_=open_,
        stateful=stateful,
        level_lte=level_lte,
        duration_gte=duration_gte,
        start_time_gte=start_time_gte,
        start_time_lte=start_time_lte,
        end_time_gte=end_time_gte,
        end_time_lte=end_time_lte,
        end_time_isnull=end_time_isnull,
        source_incident_id=source_incident_id,
        ticket=ticket,
        tags=tags,
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    acked: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    stateful: bool | Unset = UNSET,
    level_lte: int | Unset = UNSET,
    duration_gte: int | Unset = UNSET,
    start_time_gte: datetime.datetime | Unset = UNSET,
    start_time_lte: datetime.datetime | Unset = UNSET,
    end_time_gte: datetime.datetime | Unset = UNSET,
    end_time_lte: datetime.datetime | Unset = UNSET,
    end_time_isnull: bool | Unset = UNSET,
    source_incident_id: str | Unset = UNSET,
    ticket: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> IncidentPage:
    """List the incidents the calling user reported

     Like `list_incidents`, but only the incidents added by the logged-in user (a source
    system's user sees its own incidents). Useful for glue services that compare Argus with
    their source. Filtering on source or source type is not possible here.
    A `tags` filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the
    incidents once per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL
    backend up to 17 GB (a server bug): keep to a few keys.
    A date-time filter with a UTC offset beyond +-15:59 (RFC 3339 allows up to +-23:59) answers
    an HTML 500 (argus-server 2.10.2: PostgreSQL refuses it; a server bug): send times in UTC.

    Args:
        acked (bool | Unset):
        open_ (bool | Unset):
        stateful (bool | Unset):
        level_lte (int | Unset):
        duration_gte (int | Unset):
        start_time_gte (datetime.datetime | Unset):
        start_time_lte (datetime.datetime | Unset):
        end_time_gte (datetime.datetime | Unset):
        end_time_lte (datetime.datetime | Unset):
        end_time_isnull (bool | Unset):
        source_incident_id (str | Unset):
        ticket (bool | Unset):
        tags (str | Unset):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentPage
    """

    kwargs = _get_kwargs(
        acked=acked,
        open_=open_,
        stateful=stateful,
        level_lte=level_lte,
        duration_gte=duration_gte,
        start_time_gte=start_time_gte,
        start_time_lte=start_time_lte,
        end_time_gte=end_time_gte,
        end_time_lte=end_time_lte,
        end_time_isnull=end_time_isnull,
        source_incident_id=source_incident_id,
        ticket=ticket,
        tags=tags,
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    acked: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    stateful: bool | Unset = UNSET,
    level_lte: int | Unset = UNSET,
    duration_gte: int | Unset = UNSET,
    start_time_gte: datetime.datetime | Unset = UNSET,
    start_time_lte: datetime.datetime | Unset = UNSET,
    end_time_gte: datetime.datetime | Unset = UNSET,
    end_time_lte: datetime.datetime | Unset = UNSET,
    end_time_isnull: bool | Unset = UNSET,
    source_incident_id: str | Unset = UNSET,
    ticket: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Detail | FieldErrors | list[str] | str | IncidentPage]:
    """List the incidents the calling user reported

     Like `list_incidents`, but only the incidents added by the logged-in user (a source
    system's user sees its own incidents). Useful for glue services that compare Argus with
    their source. Filtering on source or source type is not possible here.
    A `tags` filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the
    incidents once per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL
    backend up to 17 GB (a server bug): keep to a few keys.
    A date-time filter with a UTC offset beyond +-15:59 (RFC 3339 allows up to +-23:59) answers
    an HTML 500 (argus-server 2.10.2: PostgreSQL refuses it; a server bug): send times in UTC.

    Args:
        acked (bool | Unset):
        open_ (bool | Unset):
        stateful (bool | Unset):
        level_lte (int | Unset):
        duration_gte (int | Unset):
        start_time_gte (datetime.datetime | Unset):
        start_time_lte (datetime.datetime | Unset):
        end_time_gte (datetime.datetime | Unset):
        end_time_lte (datetime.datetime | Unset):
        end_time_isnull (bool | Unset):
        source_incident_id (str | Unset):
        ticket (bool | Unset):
        tags (str | Unset):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | IncidentPage]
    """

    kwargs = _get_kwargs(
        acked=acked,
        open_=open_,
        stateful=stateful,
        level_lte=level_lte,
        duration_gte=duration_gte,
        start_time_gte=start_time_gte,
        start_time_lte=start_time_lte,
        end_time_gte=end_time_gte,
        end_time_lte=end_time_lte,
        end_time_isnull=end_time_isnull,
        source_incident_id=source_incident_id,
        ticket=ticket,
        tags=tags,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    acked: bool | Unset = UNSET,
    open_: bool | Unset = UNSET,
    stateful: bool | Unset = UNSET,
    level_lte: int | Unset = UNSET,
    duration_gte: int | Unset = UNSET,
    start_time_gte: datetime.datetime | Unset = UNSET,
    start_time_lte: datetime.datetime | Unset = UNSET,
    end_time_gte: datetime.datetime | Unset = UNSET,
    end_time_lte: datetime.datetime | Unset = UNSET,
    end_time_isnull: bool | Unset = UNSET,
    source_incident_id: str | Unset = UNSET,
    ticket: bool | Unset = UNSET,
    tags: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> IncidentPage:
    """List the incidents the calling user reported

     Like `list_incidents`, but only the incidents added by the logged-in user (a source
    system's user sees its own incidents). Useful for glue services that compare Argus with
    their source. Filtering on source or source type is not possible here.
    A `tags` filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the
    incidents once per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL
    backend up to 17 GB (a server bug): keep to a few keys.
    A date-time filter with a UTC offset beyond +-15:59 (RFC 3339 allows up to +-23:59) answers
    an HTML 500 (argus-server 2.10.2: PostgreSQL refuses it; a server bug): send times in UTC.

    Args:
        acked (bool | Unset):
        open_ (bool | Unset):
        stateful (bool | Unset):
        level_lte (int | Unset):
        duration_gte (int | Unset):
        start_time_gte (datetime.datetime | Unset):
        start_time_lte (datetime.datetime | Unset):
        end_time_gte (datetime.datetime | Unset):
        end_time_lte (datetime.datetime | Unset):
        end_time_isnull (bool | Unset):
        source_incident_id (str | Unset):
        ticket (bool | Unset):
        tags (str | Unset):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentPage
    """

    kwargs = _get_kwargs(
        acked=acked,
        open_=open_,
        stateful=stateful,
        level_lte=level_lte,
        duration_gte=duration_gte,
        start_time_gte=start_time_gte,
        start_time_lte=start_time_lte,
        end_time_gte=end_time_gte,
        end_time_lte=end_time_lte,
        end_time_isnull=end_time_isnull,
        source_incident_id=source_incident_id,
        ticket=ticket,
        tags=tags,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

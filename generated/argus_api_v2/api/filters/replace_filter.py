from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.filter_create import FilterCreate
from ...models.notification_filter import NotificationFilter
from ...types import Response


def _get_kwargs(
    pk: int,
    *,
    body: FilterCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/notificationprofiles/filters/{pk}/".format(
            pk=quote(str(pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | NotificationFilter | None:
    if response.status_code == 200:
        response_200 = NotificationFilter.from_dict(response.json())

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
) -> Response[Detail | FieldErrors | list[str] | str | NotificationFilter]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | NotificationFilter | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NotificationFilter:
    if response.status_code == 200:
        return cast(NotificationFilter, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: FilterCreate,
) -> Response[Detail | FieldErrors | list[str] | str | NotificationFilter]:
    """Replace a filter

     Replaces the filter's name and, when given, its content (a `filter` left out keeps the old
    content; `public` left out keeps its value).
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.
    A reused name (one of the user's other filters has it) answers the same HTML 500 as in
    `create_filter` (argus-server 2.10.2: a database constraint error, a server bug).

    Args:
        pk (int):
        body (FilterCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | NotificationFilter]
    """

    kwargs = _get_kwargs(
        pk=pk,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: FilterCreate,
) -> NotificationFilter:
    """Replace a filter

     Replaces the filter's name and, when given, its content (a `filter` left out keeps the old
    content; `public` left out keeps its value).
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.
    A reused name (one of the user's other filters has it) answers the same HTML 500 as in
    `create_filter` (argus-server 2.10.2: a database constraint error, a server bug).

    Args:
        pk (int):
        body (FilterCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationFilter
    """

    kwargs = _get_kwargs(
        pk=pk,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: FilterCreate,
) -> Response[Detail | FieldErrors | list[str] | str | NotificationFilter]:
    """Replace a filter

     Replaces the filter's name and, when given, its content (a `filter` left out keeps the old
    content; `public` left out keeps its value).
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.
    A reused name (one of the user's other filters has it) answers the same HTML 500 as in
    `create_filter` (argus-server 2.10.2: a database constraint error, a server bug).

    Args:
        pk (int):
        body (FilterCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | NotificationFilter]
    """

    kwargs = _get_kwargs(
        pk=pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: FilterCreate,
) -> NotificationFilter:
    """Replace a filter

     Replaces the filter's name and, when given, its content (a `filter` left out keeps the old
    content; `public` left out keeps its value).
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.
    A reused name (one of the user's other filters has it) answers the same HTML 500 as in
    `create_filter` (argus-server 2.10.2: a database constraint error, a server bug).

    Args:
        pk (int):
        body (FilterCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationFilter
    """

    kwargs = _get_kwargs(
        pk=pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.notification_filter import NotificationFilter
from ...types import Response


def _get_kwargs(
    pk: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notificationprofiles/filters/{pk}/".format(
            pk=quote(str(pk), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | NotificationFilter | None:
    if response.status_code == 200:
        response_200 = NotificationFilter.from_dict(response.json())

        return response_200

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
) -> Response[Detail | NotificationFilter]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Detail | NotificationFilter | None:
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
) -> Response[Detail | NotificationFilter]:
    """One of the user's filters

     Returns one filter of the logged-in user; another user's filter is a 404.

    Args:
        pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | NotificationFilter]
    """

    kwargs = _get_kwargs(
        pk=pk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> NotificationFilter:
    """One of the user's filters

     Returns one filter of the logged-in user; another user's filter is a 404.

    Args:
        pk (int):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationFilter
    """

    kwargs = _get_kwargs(
        pk=pk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Detail | NotificationFilter]:
    """One of the user's filters

     Returns one filter of the logged-in user; another user's filter is a 404.

    Args:
        pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | NotificationFilter]
    """

    kwargs = _get_kwargs(
        pk=pk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> NotificationFilter:
    """One of the user's filters

     Returns one filter of the logged-in user; another user's filter is a 404.

    Args:
        pk (int):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationFilter
    """

    kwargs = _get_kwargs(
        pk=pk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/sources/heartbeat/",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Detail | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Detail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Detail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Detail | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return cast(None, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Detail]:
    """Tell Argus the calling source system is alive

     Sets the calling source system's `last_seen` to now. Users without a source system,
    superusers included, get 403 with an empty body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Detail]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Tell Argus the calling source system is alive

     Sets the calling source system's `last_seen` to now. Users without a source system,
    superusers included, get 403 with an empty body.

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Detail]:
    """Tell Argus the calling source system is alive

     Sets the calling source system's `last_seen` to now. Users without a source system,
    superusers included, get 403 with an empty body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Detail]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Tell Argus the calling source system is alive

     Sets the calling source system's `last_seen` to now. Users without a source system,
    superusers included, get 403 with an empty body.

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

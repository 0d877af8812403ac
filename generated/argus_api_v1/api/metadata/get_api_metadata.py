from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_metadata import ApiMetadata
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/../",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiMetadata | None:
    if response.status_code == 200:
        response_200 = ApiMetadata.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiMetadata]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiMetadata | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiMetadata:
    if response.status_code == 200:
        return cast(ApiMetadata, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiMetadata]:
    """Server version and API versions

     What the server is: its version, which API versions it serves and where their schemas
    are, and which ticket and destination plugins are installed. Needs no authentication.
    The path is `/api/`, one level above this API's base `/api/v1`; it is the same for both
    API versions (`api-version` says v1 is deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiMetadata]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiMetadata:
    """Server version and API versions

     What the server is: its version, which API versions it serves and where their schemas
    are, and which ticket and destination plugins are installed. Needs no authentication.
    The path is `/api/`, one level above this API's base `/api/v1`; it is the same for both
    API versions (`api-version` says v1 is deprecated).

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiMetadata
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiMetadata]:
    """Server version and API versions

     What the server is: its version, which API versions it serves and where their schemas
    are, and which ticket and destination plugins are installed. Needs no authentication.
    The path is `/api/`, one level above this API's base `/api/v1`; it is the same for both
    API versions (`api-version` says v1 is deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiMetadata]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiMetadata:
    """Server version and API versions

     What the server is: its version, which API versions it serves and where their schemas
    are, and which ticket and destination plugins are installed. Needs no authentication.
    The path is `/api/`, one level above this API's base `/api/v1`; it is the same for both
    API versions (`api-version` says v1 is deprecated).

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiMetadata
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

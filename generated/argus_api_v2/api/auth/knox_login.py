from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.expiring_token import ExpiringToken
from ...models.login_request import LoginRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/token/login/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Detail | ExpiringToken | None:
    if response.status_code == 200:
        response_200 = ExpiringToken.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Detail.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Detail | ExpiringToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Detail | ExpiringToken | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExpiringToken:
    if response.status_code == 200:
        return cast(ExpiringToken, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Detail | ExpiringToken]:
    """Log in and get an extra, expiring token

     Exchanges a username and password for a new knox token that expires (after 10 hours by
    default). Unlike `obtain_token`, other tokens of the user keep working. Every failure is a
    403, never a 400 or 401: wrong credentials or missing fields give a `detail` holding the
    validation errors as Python text, such as `{'non_field_errors': [ErrorDetail(string='Unable
    to log in with provided credentials.', code='authorization')]}`.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | ExpiringToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> ExpiringToken:
    """Log in and get an extra, expiring token

     Exchanges a username and password for a new knox token that expires (after 10 hours by
    default). Unlike `obtain_token`, other tokens of the user keep working. Every failure is a
    403, never a 400 or 401: wrong credentials or missing fields give a `detail` holding the
    validation errors as Python text, such as `{'non_field_errors': [ErrorDetail(string='Unable
    to log in with provided credentials.', code='authorization')]}`.

    Args:
        body (LoginRequest):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpiringToken
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Detail | ExpiringToken]:
    """Log in and get an extra, expiring token

     Exchanges a username and password for a new knox token that expires (after 10 hours by
    default). Unlike `obtain_token`, other tokens of the user keep working. Every failure is a
    403, never a 400 or 401: wrong credentials or missing fields give a `detail` holding the
    validation errors as Python text, such as `{'non_field_errors': [ErrorDetail(string='Unable
    to log in with provided credentials.', code='authorization')]}`.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | ExpiringToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> ExpiringToken:
    """Log in and get an extra, expiring token

     Exchanges a username and password for a new knox token that expires (after 10 hours by
    default). Unlike `obtain_token`, other tokens of the user keep working. Every failure is a
    403, never a 400 or 401: wrong credentials or missing fields give a `detail` holding the
    validation errors as Python text, such as `{'non_field_errors': [ErrorDetail(string='Unable
    to log in with provided credentials.', code='authorization')]}`.

    Args:
        body (LoginRequest):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpiringToken
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.login_request import LoginRequest
from ...models.token import Token
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token-auth/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | Token | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Detail | FieldErrors | list[str] | str | Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | Token | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Token:
    if response.status_code == 200:
        return cast(Token, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Detail | FieldErrors | list[str] | str | Token]:
    """Log in and get a token

     Exchanges a username and password for the user's API token. Each call replaces the
    user's token: the previous one is refused from then on. The token expires after
    AUTH_TOKEN_EXPIRES_AFTER_DAYS (14 days by default). Wrong credentials answer 400
    `{"non_field_errors": ["Unable to log in with provided credentials."]}`. Send no
    Authorization header: the server checks one if present, so a stale token gets 401 even
    with the right password.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | Token]
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
) -> Token:
    """Log in and get a token

     Exchanges a username and password for the user's API token. Each call replaces the
    user's token: the previous one is refused from then on. The token expires after
    AUTH_TOKEN_EXPIRES_AFTER_DAYS (14 days by default). Wrong credentials answer 400
    `{"non_field_errors": ["Unable to log in with provided credentials."]}`. Send no
    Authorization header: the server checks one if present, so a stale token gets 401 even
    with the right password.

    Args:
        body (LoginRequest):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
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
) -> Response[Detail | FieldErrors | list[str] | str | Token]:
    """Log in and get a token

     Exchanges a username and password for the user's API token. Each call replaces the
    user's token: the previous one is refused from then on. The token expires after
    AUTH_TOKEN_EXPIRES_AFTER_DAYS (14 days by default). Wrong credentials answer 400
    `{"non_field_errors": ["Unable to log in with provided credentials."]}`. Send no
    Authorization header: the server checks one if present, so a stale token gets 401 even
    with the right password.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | Token]
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
) -> Token:
    """Log in and get a token

     Exchanges a username and password for the user's API token. Each call replaces the
    user's token: the previous one is refused from then on. The token expires after
    AUTH_TOKEN_EXPIRES_AFTER_DAYS (14 days by default). Wrong credentials answer 400
    `{"non_field_errors": ["Unable to log in with provided credentials."]}`. Send no
    Authorization header: the server checks one if present, so a stale token gets 401 even
    with the right password.

    Args:
        body (LoginRequest):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

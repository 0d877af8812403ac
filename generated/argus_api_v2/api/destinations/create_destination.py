from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.destination import Destination
from ...models.destination_create import DestinationCreate
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...types import Response


def _get_kwargs(
    *,
    body: DestinationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notificationprofiles/destinations/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Destination | Detail | FieldErrors | list[str] | str | None:
    if response.status_code == 201:
        response_201 = Destination.from_dict(response.json())

        return response_201

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
) -> Response[Destination | Detail | FieldErrors | list[str] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Destination | Detail | FieldErrors | list[str] | str | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Destination:
    if response.status_code == 201:
        return cast(Destination, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DestinationCreate,
) -> Response[Destination | Detail | FieldErrors | list[str] | str]:
    """Add a destination

     Adds a place to send notifications to: `media` is a media slug ("email", "sms") and
    `settings` follows that medium's JSON schema (`get_media_json_schema`), for instance
    `{"email_address": "..."}` or `{"phone_number": "+47..."}`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (DestinationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Destination | Detail | FieldErrors | list[str] | str]
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
    body: DestinationCreate,
) -> Destination:
    """Add a destination

     Adds a place to send notifications to: `media` is a media slug ("email", "sms") and
    `settings` follows that medium's JSON schema (`get_media_json_schema`), for instance
    `{"email_address": "..."}` or `{"phone_number": "+47..."}`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (DestinationCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Destination
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
    body: DestinationCreate,
) -> Response[Destination | Detail | FieldErrors | list[str] | str]:
    """Add a destination

     Adds a place to send notifications to: `media` is a media slug ("email", "sms") and
    `settings` follows that medium's JSON schema (`get_media_json_schema`), for instance
    `{"email_address": "..."}` or `{"phone_number": "+47..."}`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (DestinationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Destination | Detail | FieldErrors | list[str] | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DestinationCreate,
) -> Destination:
    """Add a destination

     Adds a place to send notifications to: `media` is a media slug ("email", "sms") and
    `settings` follows that medium's JSON schema (`get_media_json_schema`), for instance
    `{"email_address": "..."}` or `{"phone_number": "+47..."}`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (DestinationCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Destination
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

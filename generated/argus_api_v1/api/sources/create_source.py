from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.source_system import SourceSystem
from ...models.source_system_create import SourceSystemCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SourceSystemCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/sources/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | SourceSystem | None:
    if response.status_code == 201:
        response_201 = SourceSystem.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = Detail.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Detail | FieldErrors | list[str] | str | SourceSystem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | SourceSystem | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SourceSystem:
    if response.status_code == 201:
        return cast(SourceSystem, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SourceSystemCreate,
) -> Response[Detail | FieldErrors | list[str] | str | SourceSystem]:
    """Add a source system (superusers only)

     Creates a source system and its user. The user is named after `username`, or after the
    source's name when that is left out; a taken username still gets a new user of its own.
    A name and type that another source already has answers 400 `{"__all__": [...]}`; an
    unknown type answers 400 `{"type": [...]}`. Without `name` argus-server 1.37.0 answers an
    HTML 500 (a server bug). `base_url` is not validated.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (SourceSystemCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | SourceSystem]
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
    body: SourceSystemCreate,
) -> SourceSystem:
    """Add a source system (superusers only)

     Creates a source system and its user. The user is named after `username`, or after the
    source's name when that is left out; a taken username still gets a new user of its own.
    A name and type that another source already has answers 400 `{"__all__": [...]}`; an
    unknown type answers 400 `{"type": [...]}`. Without `name` argus-server 1.37.0 answers an
    HTML 500 (a server bug). `base_url` is not validated.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (SourceSystemCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SourceSystem
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
    body: SourceSystemCreate,
) -> Response[Detail | FieldErrors | list[str] | str | SourceSystem]:
    """Add a source system (superusers only)

     Creates a source system and its user. The user is named after `username`, or after the
    source's name when that is left out; a taken username still gets a new user of its own.
    A name and type that another source already has answers 400 `{"__all__": [...]}`; an
    unknown type answers 400 `{"type": [...]}`. Without `name` argus-server 1.37.0 answers an
    HTML 500 (a server bug). `base_url` is not validated.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (SourceSystemCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | SourceSystem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SourceSystemCreate,
) -> SourceSystem:
    """Add a source system (superusers only)

     Creates a source system and its user. The user is named after `username`, or after the
    source's name when that is left out; a taken username still gets a new user of its own.
    A name and type that another source already has answers 400 `{"__all__": [...]}`; an
    unknown type answers 400 `{"type": [...]}`. Without `name` argus-server 1.37.0 answers an
    HTML 500 (a server bug). `base_url` is not validated.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (SourceSystemCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SourceSystem
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.source_system import SourceSystem
from ...models.source_system_patch import SourceSystemPatch
from ...types import Response


def _get_kwargs(
    pk: int,
    *,
    body: SourceSystemPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/incidents/sources/{pk}/".format(
            pk=quote(str(pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | SourceSystem | None:
    if response.status_code == 200:
        response_200 = SourceSystem.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = Detail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Detail.from_dict(response.json())

        return response_404

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
    if response.status_code == 200:
        return cast(SourceSystem, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: SourceSystemPatch,
) -> Response[Detail | FieldErrors | list[str] | str | SourceSystem]:
    """Rename a source system, partially (superusers only)

     Like `replace_source`, with every field optional (an empty body changes nothing); a name
    that another source of the same type already has gives the same HTML 500 (a server bug).

    Args:
        pk (int):
        body (SourceSystemPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | SourceSystem]
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
    body: SourceSystemPatch,
) -> SourceSystem:
    """Rename a source system, partially (superusers only)

     Like `replace_source`, with every field optional (an empty body changes nothing); a name
    that another source of the same type already has gives the same HTML 500 (a server bug).

    Args:
        pk (int):
        body (SourceSystemPatch):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SourceSystem
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
    body: SourceSystemPatch,
) -> Response[Detail | FieldErrors | list[str] | str | SourceSystem]:
    """Rename a source system, partially (superusers only)

     Like `replace_source`, with every field optional (an empty body changes nothing); a name
    that another source of the same type already has gives the same HTML 500 (a server bug).

    Args:
        pk (int):
        body (SourceSystemPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | SourceSystem]
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
    body: SourceSystemPatch,
) -> SourceSystem:
    """Rename a source system, partially (superusers only)

     Like `replace_source`, with every field optional (an empty body changes nothing); a name
    that another source of the same type already has gives the same HTML 500 (a server bug).

    Args:
        pk (int):
        body (SourceSystemPatch):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SourceSystem
    """

    kwargs = _get_kwargs(
        pk=pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.incident import Incident
from ...models.incident_create import IncidentCreate
from ...types import Response


def _get_kwargs(
    *,
    body: IncidentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | Incident | None:
    if response.status_code == 201:
        response_201 = Incident.from_dict(response.json())

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
) -> Response[Detail | FieldErrors | list[str] | str | Incident]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | Incident | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Incident:
    if response.status_code == 201:
        return cast(Incident, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncidentCreate,
) -> Response[Detail | FieldErrors | list[str] | str | Incident]:
    """Report a new incident

     Creates an incident owned by the source system of the calling user; only a source
    system's user may do this (others get 400). Without `end_time` the incident is stateful
    and open (`end_time` "infinity"); with `end_time: null` it is stateless.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (IncidentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | Incident]
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
    body: IncidentCreate,
) -> Incident:
    """Report a new incident

     Creates an incident owned by the source system of the calling user; only a source
    system's user may do this (others get 400). Without `end_time` the incident is stateful
    and open (`end_time` "infinity"); with `end_time: null` it is stateless.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (IncidentCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Incident
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
    body: IncidentCreate,
) -> Response[Detail | FieldErrors | list[str] | str | Incident]:
    """Report a new incident

     Creates an incident owned by the source system of the calling user; only a source
    system's user may do this (others get 400). Without `end_time` the incident is stateful
    and open (`end_time` "infinity"); with `end_time: null` it is stateless.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (IncidentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | Incident]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IncidentCreate,
) -> Incident:
    """Report a new incident

     Creates an incident owned by the source system of the calling user; only a source
    system's user may do this (others get 400). Without `end_time` the incident is stateful
    and open (`end_time` "infinity"); with `end_time: null` it is stateless.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 1.37.0:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        body (IncidentCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Incident
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

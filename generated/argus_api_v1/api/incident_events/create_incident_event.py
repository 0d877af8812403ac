from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.event import Event
from ...models.event_create import EventCreate
from ...models.field_errors import FieldErrors
from ...types import Response


def _get_kwargs(
    incident_pk: int,
    *,
    body: EventCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/{incident_pk}/events/".format(
            incident_pk=quote(str(incident_pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | Event | FieldErrors | list[str] | str | None:
    if response.status_code == 201:
        response_201 = Event.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Detail.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Detail | Event | FieldErrors | list[str] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | Event | FieldErrors | list[str] | str | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Event:
    if response.status_code == 201:
        return cast(Event, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: EventCreate,
) -> Response[Detail | Event | FieldErrors | list[str] | str]:
    """Add an event to an incident

     END (only source systems) closes the incident, its end_time becoming the event's
    timestamp; REO (only end users) reopens it; CLO (only end users) closes it manually; OTH
    records anything else. API v1 has no RES (restart): it is a 400 "not a valid choice". ACK is always
    refused here: use
    `create_incident_ack`. A type the caller's kind may not post is a 400 naming `type`.
    A source system must give `timestamp`; for end users it defaults to the time the server
    received the event.

    Source systems' events are never refused for the incident's state: STA, CHI, LES, an END
    to a closed incident, are all recorded (201) but change nothing. End users get a 400 for
    CLO on a closed, REO on an open, or any state change on a stateless incident.

    argus-server 1.37.0 answers a valid event for a missing incident with an HTML 500 (a
    server bug), not a 404; only an `incident_pk` that is not a number gets a 404 (Django's
    HTML page: no route matches).

    Args:
        incident_pk (int):
        body (EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | Event | FieldErrors | list[str] | str]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: EventCreate,
) -> Event:
    """Add an event to an incident

     END (only source systems) closes the incident, its end_time becoming the event's
    timestamp; REO (only end users) reopens it; CLO (only end users) closes it manually; OTH
    records anything else. API v1 has no RES (restart): it is a 400 "not a valid choice". ACK is always
    refused here: use
    `create_incident_ack`. A type the caller's kind may not post is a 400 naming `type`.
    A source system must give `timestamp`; for end users it defaults to the time the server
    received the event.

    Source systems' events are never refused for the incident's state: STA, CHI, LES, an END
    to a closed incident, are all recorded (201) but change nothing. End users get a 400 for
    CLO on a closed, REO on an open, or any state change on a stateless incident.

    argus-server 1.37.0 answers a valid event for a missing incident with an HTML 500 (a
    server bug), not a 404; only an `incident_pk` that is not a number gets a 404 (Django's
    HTML page: no route matches).

    Args:
        incident_pk (int):
        body (EventCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: EventCreate,
) -> Response[Detail | Event | FieldErrors | list[str] | str]:
    """Add an event to an incident

     END (only source systems) closes the incident, its end_time becoming the event's
    timestamp; REO (only end users) reopens it; CLO (only end users) closes it manually; OTH
    records anything else. API v1 has no RES (restart): it is a 400 "not a valid choice". ACK is always
    refused here: use
    `create_incident_ack`. A type the caller's kind may not post is a 400 naming `type`.
    A source system must give `timestamp`; for end users it defaults to the time the server
    received the event.

    Source systems' events are never refused for the incident's state: STA, CHI, LES, an END
    to a closed incident, are all recorded (201) but change nothing. End users get a 400 for
    CLO on a closed, REO on an open, or any state change on a stateless incident.

    argus-server 1.37.0 answers a valid event for a missing incident with an HTML 500 (a
    server bug), not a 404; only an `incident_pk` that is not a number gets a 404 (Django's
    HTML page: no route matches).

    Args:
        incident_pk (int):
        body (EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | Event | FieldErrors | list[str] | str]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: EventCreate,
) -> Event:
    """Add an event to an incident

     END (only source systems) closes the incident, its end_time becoming the event's
    timestamp; REO (only end users) reopens it; CLO (only end users) closes it manually; OTH
    records anything else. API v1 has no RES (restart): it is a 400 "not a valid choice". ACK is always
    refused here: use
    `create_incident_ack`. A type the caller's kind may not post is a 400 naming `type`.
    A source system must give `timestamp`; for end users it defaults to the time the server
    received the event.

    Source systems' events are never refused for the incident's state: STA, CHI, LES, an END
    to a closed incident, are all recorded (201) but change nothing. End users get a 400 for
    CLO on a closed, REO on an open, or any state change on a stateless incident.

    argus-server 1.37.0 answers a valid event for a missing incident with an HTML 500 (a
    server bug), not a 404; only an `incident_pk` that is not a number gets a 404 (Django's
    HTML page: no route matches).

    Args:
        incident_pk (int):
        body (EventCreate):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.event import Event
from ...types import Response


def _get_kwargs(
    incident_pk: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incidents/{incident_pk}/events/".format(
            incident_pk=quote(str(incident_pk), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Detail | list[Event] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Event.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Detail | list[Event]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Detail | list[Event] | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Event]:
    if response.status_code == 200:
        return cast(list[Event], _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Detail | list[Event]]:
    """The events of an incident

     Every event of the incident, latest `timestamp` first (not paginated).

    Args:
        incident_pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | list[Event]]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[Event]:
    """The events of an incident

     Every event of the incident, latest `timestamp` first (not paginated).

    Args:
        incident_pk (int):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Event]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Detail | list[Event]]:
    """The events of an incident

     Every event of the incident, latest `timestamp` first (not paginated).

    Args:
        incident_pk (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | list[Event]]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[Event]:
    """The events of an incident

     Every event of the incident, latest `timestamp` first (not paginated).

    Args:
        incident_pk (int):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Event]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

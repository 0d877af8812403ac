from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.destination import Destination
from ...models.destination_patch import DestinationPatch
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...types import Response


def _get_kwargs(
    pk: int,
    *,
    body: DestinationPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/notificationprofiles/destinations/{pk}/".format(
            pk=quote(str(pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Destination | Detail | FieldErrors | list[str] | str | None:
    if response.status_code == 200:
        response_200 = Destination.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Detail.from_dict(response.json())

        return response_404

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
    if response.status_code == 200:
        return cast(Destination, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: DestinationPatch,
) -> Response[Destination | Detail | FieldErrors | list[str] | str]:
    """Change a destination

     Changes the fields given; `media` cannot be changed (400). The documentation says PUT; the
    server serves PATCH (PUT is 405). Changing the settings of the user's automatic email
    destination (`settings.synced` true) turns it into an ordinary one (`synced` false) and the
    server makes a new synced destination with the account's address.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        pk (int):
        body (DestinationPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Destination | Detail | FieldErrors | list[str] | str]
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
    body: DestinationPatch,
) -> Destination:
    """Change a destination

     Changes the fields given; `media` cannot be changed (400). The documentation says PUT; the
    server serves PATCH (PUT is 405). Changing the settings of the user's automatic email
    destination (`settings.synced` true) turns it into an ordinary one (`synced` false) and the
    server makes a new synced destination with the account's address.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        pk (int):
        body (DestinationPatch):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Destination
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
    body: DestinationPatch,
) -> Response[Destination | Detail | FieldErrors | list[str] | str]:
    """Change a destination

     Changes the fields given; `media` cannot be changed (400). The documentation says PUT; the
    server serves PATCH (PUT is 405). Changing the settings of the user's automatic email
    destination (`settings.synced` true) turns it into an ordinary one (`synced` false) and the
    server makes a new synced destination with the account's address.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        pk (int):
        body (DestinationPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Destination | Detail | FieldErrors | list[str] | str]
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
    body: DestinationPatch,
) -> Destination:
    """Change a destination

     Changes the fields given; `media` cannot be changed (400). The documentation says PUT; the
    server serves PATCH (PUT is 405). Changing the settings of the user's automatic email
    destination (`settings.synced` true) turns it into an ordinary one (`synced` false) and the
    server makes a new synced destination with the account's address.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        pk (int):
        body (DestinationPatch):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Destination
    """

    kwargs = _get_kwargs(
        pk=pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.tag_value import TagValue
from ...types import Response


def _get_kwargs(
    incident_pk: int,
    tag: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incidents/{incident_pk}/tags/{tag}/".format(
            incident_pk=quote(str(incident_pk), safe=""),
            tag=quote(str(tag), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | TagValue | None:
    if response.status_code == 200:
        response_200 = TagValue.from_dict(response.json())

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
) -> Response[Detail | FieldErrors | list[str] | str | TagValue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | TagValue | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TagValue:
    if response.status_code == 200:
        return cast(TagValue, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    incident_pk: int,
    tag: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Detail | FieldErrors | list[str] | str | TagValue]:
    """One tag of an incident

     Returns the tag if the incident has it (404 if not; a path tag without "=" is a 400).
    A NUL character in the path's tag can answer an HTML 500 (argus-server 1.37.0: PostgreSQL
    refuses it; a server bug).

    Args:
        incident_pk (int):
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | TagValue]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        tag=tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    incident_pk: int,
    tag: str,
    *,
    client: AuthenticatedClient | Client,
) -> TagValue:
    """One tag of an incident

     Returns the tag if the incident has it (404 if not; a path tag without "=" is a 400).
    A NUL character in the path's tag can answer an HTML 500 (argus-server 1.37.0: PostgreSQL
    refuses it; a server bug).

    Args:
        incident_pk (int):
        tag (str):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagValue
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        tag=tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    incident_pk: int,
    tag: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Detail | FieldErrors | list[str] | str | TagValue]:
    """One tag of an incident

     Returns the tag if the incident has it (404 if not; a path tag without "=" is a 400).
    A NUL character in the path's tag can answer an HTML 500 (argus-server 1.37.0: PostgreSQL
    refuses it; a server bug).

    Args:
        incident_pk (int):
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | TagValue]
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_pk: int,
    tag: str,
    *,
    client: AuthenticatedClient | Client,
) -> TagValue:
    """One tag of an incident

     Returns the tag if the incident has it (404 if not; a path tag without "=" is a 400).
    A NUL character in the path's tag can answer an HTML 500 (argus-server 1.37.0: PostgreSQL
    refuses it; a server bug).

    Args:
        incident_pk (int):
        tag (str):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagValue
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

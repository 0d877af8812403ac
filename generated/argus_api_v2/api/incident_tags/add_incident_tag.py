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
    *,
    body: TagValue,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/{incident_pk}/tags/".format(
            incident_pk=quote(str(incident_pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | TagValue | None:
    if response.status_code == 201:
        response_201 = TagValue.from_dict(response.json())

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
    if response.status_code == 201:
        return cast(TagValue, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: TagValue,
) -> Response[Detail | FieldErrors | list[str] | str | TagValue]:
    """Add a tag to an incident

     Adds one "key=value" tag to the incident; adding a tag it already has is a 201 that
    changes nothing. A tag that is not "key=value" with a valid key is a 400 naming `tag`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        incident_pk (int):
        body (TagValue): A tag, "key=value": the key is lower-case letters, digits and
            underscores, the value anything,
            empty too ("k="). The server strips whitespace around the key and the value: only the
            stripped
            form is valid here (it is what the server stores and returns).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | TagValue]
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
    body: TagValue,
) -> TagValue:
    """Add a tag to an incident

     Adds one "key=value" tag to the incident; adding a tag it already has is a 201 that
    changes nothing. A tag that is not "key=value" with a valid key is a 400 naming `tag`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        incident_pk (int):
        body (TagValue): A tag, "key=value": the key is lower-case letters, digits and
            underscores, the value anything,
            empty too ("k="). The server strips whitespace around the key and the value: only the
            stripped
            form is valid here (it is what the server stores and returns).

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagValue
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
    body: TagValue,
) -> Response[Detail | FieldErrors | list[str] | str | TagValue]:
    """Add a tag to an incident

     Adds one "key=value" tag to the incident; adding a tag it already has is a 201 that
    changes nothing. A tag that is not "key=value" with a valid key is a 400 naming `tag`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        incident_pk (int):
        body (TagValue): A tag, "key=value": the key is lower-case letters, digits and
            underscores, the value anything,
            empty too ("k="). The server strips whitespace around the key and the value: only the
            stripped
            form is valid here (it is what the server stores and returns).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | TagValue]
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
    body: TagValue,
) -> TagValue:
    """Add a tag to an incident

     Adds one "key=value" tag to the incident; adding a tag it already has is a 201 that
    changes nothing. A tag that is not "key=value" with a valid key is a 400 naming `tag`.
    A NUL character in the body's strings can answer an HTML 500 (argus-server 2.10.2:
    PostgreSQL refuses it, and not every field's validator checks for one; a server bug).

    Args:
        incident_pk (int):
        body (TagValue): A tag, "key=value": the key is lower-case letters, digits and
            underscores, the value anything,
            empty too ("k="). The server strips whitespace around the key and the value: only the
            stripped
            form is valid here (it is what the server stores and returns).

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagValue
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

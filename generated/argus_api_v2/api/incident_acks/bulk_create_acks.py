from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_ack_request import BulkAckRequest
from ...models.bulk_ack_response import BulkAckResponse
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...types import Response


def _get_kwargs(
    *,
    body: BulkAckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/acks/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail | None:
    if response.status_code == 201:
        response_201 = BulkAckResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BulkAckResponse | FieldErrors | list[str] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = BulkAckResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
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
            return cast(BulkAckResponse | FieldErrors | list[str] | str, data)

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
) -> Response[BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkAckResponse:
    if response.status_code == 201:
        return cast(BulkAckResponse, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAckRequest,
) -> Response[BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail]:
    """Acknowledge several incidents

     Adds the same acknowledgement to every incident listed; each incident gets its own status
    and errors (a missing incident: status 400, `ack` null, an `ids` error). The request is 201
    when at least one incident was acknowledged, 400 (same body) when none was.
    Acknowledging an incident again as the same user with the same timestamp answers an HTML 500
    (argus-server 2.10.2 reuses the ACK event and the new acknowledgement's key collides; a
    server bug), where `create_incident_ack` accepts it.

    Args:
        body (BulkAckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail]
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
    body: BulkAckRequest,
) -> BulkAckResponse:
    """Acknowledge several incidents

     Adds the same acknowledgement to every incident listed; each incident gets its own status
    and errors (a missing incident: status 400, `ack` null, an `ids` error). The request is 201
    when at least one incident was acknowledged, 400 (same body) when none was.
    Acknowledging an incident again as the same user with the same timestamp answers an HTML 500
    (argus-server 2.10.2 reuses the ACK event and the new acknowledgement's key collides; a
    server bug), where `create_incident_ack` accepts it.

    Args:
        body (BulkAckRequest):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkAckResponse
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
    body: BulkAckRequest,
) -> Response[BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail]:
    """Acknowledge several incidents

     Adds the same acknowledgement to every incident listed; each incident gets its own status
    and errors (a missing incident: status 400, `ack` null, an `ids` error). The request is 201
    when at least one incident was acknowledged, 400 (same body) when none was.
    Acknowledging an incident again as the same user with the same timestamp answers an HTML 500
    (argus-server 2.10.2 reuses the ACK event and the new acknowledgement's key collides; a
    server bug), where `create_incident_ack` accepts it.

    Args:
        body (BulkAckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkAckResponse | BulkAckResponse | FieldErrors | list[str] | str | Detail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAckRequest,
) -> BulkAckResponse:
    """Acknowledge several incidents

     Adds the same acknowledgement to every incident listed; each incident gets its own status
    and errors (a missing incident: status 400, `ack` null, an `ids` error). The request is 201
    when at least one incident was acknowledged, 400 (same body) when none was.
    Acknowledging an incident again as the same user with the same timestamp answers an HTML 500
    (argus-server 2.10.2 reuses the ACK event and the new acknowledgement's key collides; a
    server bug), where `create_incident_ack` accepts it.

    Args:
        body (BulkAckRequest):

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkAckResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.acknowledgement import Acknowledgement
from ...models.acknowledgement_create import AcknowledgementCreate
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...types import Response


def _get_kwargs(
    incident_pk: int,
    *,
    body: AcknowledgementCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/{incident_pk}/acks/".format(
            incident_pk=quote(str(incident_pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Acknowledgement | Detail | FieldErrors | list[str] | str | None:
    if response.status_code == 201:
        response_201 = Acknowledgement.from_dict(response.json())

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
) -> Response[Acknowledgement | Detail | FieldErrors | list[str] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Acknowledgement | Detail | FieldErrors | list[str] | str | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Acknowledgement:
    if response.status_code == 201:
        return cast(Acknowledgement, _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    incident_pk: int,
    *,
    client: AuthenticatedClient | Client,
    body: AcknowledgementCreate,
) -> Response[Acknowledgement | Detail | FieldErrors | list[str] | str]:
    """Acknowledge an incident

     Records that someone is on it, until `expiration` (or for good when it is null); the
    incident is `acked` while an acknowledgement has not expired. The v1 body nests the
    event: `{"event": {"timestamp", "description"}, "expiration"}`; from an end user
    `{"event": {}}` is enough (timestamp now), a source system must give the timestamp (400
    `{"event": {"timestamp": [...]}}`). `expiration` must be later than the timestamp (400 in
    `non_field_errors`), though it may be in the past (the acknowledgement is then already
    expired). The Argus docs say only end users may acknowledge; 1.37.0 accepts source
    systems' acknowledgements too. A body without `event` (v2's flat form included) gets an
    HTML 500 on 1.37.0 (a server bug).

    Args:
        incident_pk (int):
        body (AcknowledgementCreate): The v1 acknowledgement body, `{"event": {"timestamp",
            "description"}, "expiration"}`
            (v2 takes the event's fields flat). argus-server 1.37.0 answers an HTML 500 to a body
            without `event`, v2's flat form included (a server bug).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | Detail | FieldErrors | list[str] | str]
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
    body: AcknowledgementCreate,
) -> Acknowledgement:
    """Acknowledge an incident

     Records that someone is on it, until `expiration` (or for good when it is null); the
    incident is `acked` while an acknowledgement has not expired. The v1 body nests the
    event: `{"event": {"timestamp", "description"}, "expiration"}`; from an end user
    `{"event": {}}` is enough (timestamp now), a source system must give the timestamp (400
    `{"event": {"timestamp": [...]}}`). `expiration` must be later than the timestamp (400 in
    `non_field_errors`), though it may be in the past (the acknowledgement is then already
    expired). The Argus docs say only end users may acknowledge; 1.37.0 accepts source
    systems' acknowledgements too. A body without `event` (v2's flat form included) gets an
    HTML 500 on 1.37.0 (a server bug).

    Args:
        incident_pk (int):
        body (AcknowledgementCreate): The v1 acknowledgement body, `{"event": {"timestamp",
            "description"}, "expiration"}`
            (v2 takes the event's fields flat). argus-server 1.37.0 answers an HTML 500 to a body
            without `event`, v2's flat form included (a server bug).

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement
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
    body: AcknowledgementCreate,
) -> Response[Acknowledgement | Detail | FieldErrors | list[str] | str]:
    """Acknowledge an incident

     Records that someone is on it, until `expiration` (or for good when it is null); the
    incident is `acked` while an acknowledgement has not expired. The v1 body nests the
    event: `{"event": {"timestamp", "description"}, "expiration"}`; from an end user
    `{"event": {}}` is enough (timestamp now), a source system must give the timestamp (400
    `{"event": {"timestamp": [...]}}`). `expiration` must be later than the timestamp (400 in
    `non_field_errors`), though it may be in the past (the acknowledgement is then already
    expired). The Argus docs say only end users may acknowledge; 1.37.0 accepts source
    systems' acknowledgements too. A body without `event` (v2's flat form included) gets an
    HTML 500 on 1.37.0 (a server bug).

    Args:
        incident_pk (int):
        body (AcknowledgementCreate): The v1 acknowledgement body, `{"event": {"timestamp",
            "description"}, "expiration"}`
            (v2 takes the event's fields flat). argus-server 1.37.0 answers an HTML 500 to a body
            without `event`, v2's flat form included (a server bug).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | Detail | FieldErrors | list[str] | str]
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
    body: AcknowledgementCreate,
) -> Acknowledgement:
    """Acknowledge an incident

     Records that someone is on it, until `expiration` (or for good when it is null); the
    incident is `acked` while an acknowledgement has not expired. The v1 body nests the
    event: `{"event": {"timestamp", "description"}, "expiration"}`; from an end user
    `{"event": {}}` is enough (timestamp now), a source system must give the timestamp (400
    `{"event": {"timestamp": [...]}}`). `expiration` must be later than the timestamp (400 in
    `non_field_errors`), though it may be in the past (the acknowledgement is then already
    expired). The Argus docs say only end users may acknowledge; 1.37.0 accepts source
    systems' acknowledgements too. A body without `event` (v2's flat form included) gets an
    HTML 500 on 1.37.0 (a server bug).

    Args:
        incident_pk (int):
        body (AcknowledgementCreate): The v1 acknowledgement body, `{"event": {"timestamp",
            "description"}, "expiration"}`
            (v2 takes the event's fields flat). argus-server 1.37.0 answers an HTML 500 to a body
            without `event`, v2's flat form included (a server bug).

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement
    """

    kwargs = _get_kwargs(
        incident_pk=incident_pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

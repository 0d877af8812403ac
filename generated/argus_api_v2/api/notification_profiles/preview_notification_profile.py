from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.detail import Detail
from ...models.field_errors import FieldErrors
from ...models.filter_content import FilterContent
from ...models.incident import Incident
from ...types import Response


def _get_kwargs(
    *,
    body: FilterContent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notificationprofiles/preview/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | list[Incident] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Incident.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if client.raise_on_unexpected_status:
        raise client.unexpected_response(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Detail | FieldErrors | list[str] | str | list[Incident]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client=client, response=response),
    )


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Detail | FieldErrors | list[str] | str | list[Incident] | None:
    try:
        return _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise client.unexpected_response(response, error) from error


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Incident]:
    if response.status_code == 200:
        return cast(list[Incident], _parse(client=client, response=response))
    raise client.unexpected_response(response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FilterContent,
) -> Response[Detail | FieldErrors | list[str] | str | list[Incident]]:
    """The incidents a filter would match

     Like `preview_filter`: returns every incident the filter in the body matches.
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.

    Args:
        body (FilterContent): Which incidents match: every field given must match. Booleans and
            maxlevel may be null
            (no condition); tags are "key=value" (same key: any of them; different keys: all). A
            filter with no condition at all matches no incident.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | list[Incident]]
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
    body: FilterContent,
) -> list[Incident]:
    """The incidents a filter would match

     Like `preview_filter`: returns every incident the filter in the body matches.
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.

    Args:
        body (FilterContent): Which incidents match: every field given must match. Booleans and
            maxlevel may be null
            (no condition); tags are "key=value" (same key: any of them; different keys: all). A
            filter with no condition at all matches no incident.

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Incident]
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
    body: FilterContent,
) -> Response[Detail | FieldErrors | list[str] | str | list[Incident]]:
    """The incidents a filter would match

     Like `preview_filter`: returns every incident the filter in the body matches.
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.

    Args:
        body (FilterContent): Which incidents match: every field given must match. Booleans and
            maxlevel may be null
            (no condition); tags are "key=value" (same key: any of them; different keys: all). A
            filter with no condition at all matches no incident.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Detail | FieldErrors | list[str] | str | list[Incident]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FilterContent,
) -> list[Incident]:
    """The incidents a filter would match

     Like `preview_filter`: returns every incident the filter in the body matches.
    A filter on many tag keys is slow, not refused: argus-server 2.10.2 joins the incidents once
    per distinct key, so seven keys take seconds and a dozen ran one PostgreSQL backend up to 17
    GB, and a stored filter runs again whenever its profiles' incidents are listed (a server
    bug): keep to a few keys.

    Args:
        body (FilterContent): Which incidents match: every field given must match. Booleans and
            maxlevel may be null
            (no condition); tags are "key=value" (same key: any of them; different keys: all). A
            filter with no condition at all matches no incident.

    Raises:
        client.unexpected_response(...): errors.UnexpectedStatus unless the client says otherwise, for any status but the documented success ones, or a body that does not decode as documented.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Incident]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)

"""The generated Client and AuthenticatedClient (generator/templates/client.py.jinja): plain classes, no attrs.

They take what upstream's attrs classes took, derive clients as attrs.evolve() did, and their repr shows no
token. That importing them loads no attrs (issue 19's import time) is checked in tests/test_import_cost.py.
"""

from __future__ import annotations

from types import ModuleType

import argus_api_v1
import argus_api_v2
import httpx
import pytest

PACKAGES = [pytest.param(argus_api_v2, id="v2"), pytest.param(argus_api_v1, id="v1")]


@pytest.mark.parametrize("package", PACKAGES)
def test_the_constructors_take_upstreams_arguments(package: ModuleType) -> None:
    timeout = httpx.Timeout(3.0)
    plain = package.Client("https://argus.example.org/api", headers={"X-A": "1"}, timeout=timeout)
    assert (plain._base_url, plain._headers, plain._timeout) == ("https://argus.example.org/api", {"X-A": "1"}, timeout)
    assert plain.raise_on_unexpected_status is False
    positional = package.AuthenticatedClient("https://argus.example.org/api", "secret-token")
    keywords = package.AuthenticatedClient(base_url="https://argus.example.org/api", token="secret-token")
    for client in (positional, keywords):
        assert (client.token, client.prefix, client.auth_header_name) == ("secret-token", "Token", "Authorization")
        assert client.get_httpx_client().headers["Authorization"] == "Token secret-token"
        client.get_httpx_client().close()
    with pytest.raises(TypeError):
        package.Client("https://argus.example.org/api", {"X-A": "1"})  # the rest by keyword only, as upstream


@pytest.mark.parametrize("package", PACKAGES)
def test_derived_clients_are_new_ones_with_the_same_arguments(package: ModuleType) -> None:
    client = package.AuthenticatedClient(
        "https://argus.example.org/api", "secret-token", headers={"X-A": "1"}, raise_on_unexpected_status=True
    )
    derived = client.with_headers({"X-B": "2"}).with_cookies({"c": "3"}).with_timeout(httpx.Timeout(9.0))
    assert type(derived) is package.AuthenticatedClient and derived is not client
    assert (derived.token, derived.raise_on_unexpected_status) == ("secret-token", True)
    assert (derived._headers, derived._cookies) == ({"X-A": "1", "X-B": "2"}, {"c": "3"})
    assert derived._timeout == httpx.Timeout(9.0)
    assert client._headers == {"X-A": "1"}  # the original keeps its own


@pytest.mark.parametrize("package", PACKAGES)
def test_the_repr_shows_no_token(package: ModuleType) -> None:
    client = package.AuthenticatedClient("https://argus.example.org/api", "secret-token")
    assert repr(client) == "AuthenticatedClient(base_url='https://argus.example.org/api')"

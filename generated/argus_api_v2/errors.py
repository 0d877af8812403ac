"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Iterable


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnknownFieldsError(ValueError):
    """Raised by from_dict of a model the spec closes (`additionalProperties: false`, a request body whose
    unknown keys the server refuses) when the dict has keys the model does not have: they would be dropped,
    and the request would silently do less than asked."""

    def __init__(self, model: str, unknown: Iterable[str], known: Iterable[str]):
        self.model = model
        self.unknown = sorted(unknown)
        self.known = tuple(known)
        super().__init__(
            f"{model} has no field {', '.join(map(repr, self.unknown))} (its fields: {', '.join(self.known)})"
        )


__all__ = ["UnexpectedStatus", "UnknownFieldsError"]

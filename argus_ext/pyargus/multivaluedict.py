"""pyargus 0.8.0's `MultiValueDict` (`pyargus.multivaluedict`): a dict of one value per key that keeps every value.

An incident's tags may repeat a key (`host=a`, `host=b`). The dict itself holds the last value of each key, so
`d[key]`, `dict(d)` and `json.dumps(d)` work as on any dict; every value is kept beside it, in order, for
`getlist`, `lists`, `allitems`, `add`, `setlist`, `remove` and `poplist`. The semantics are pyargus's, method by
method (tests/test_pyargus_compat.py runs the same operations on both and compares):
- building from pairs keeps repeated keys; from a mapping or keyword arguments, one value per key;
- a dict-style change (`d[key] = v`, `update`, `setdefault`) replaces every value of that key, and a removal
  (`del`, `pop`, `popitem`, `clear`) removes all of them;
- reading a key that holds several values through `d[key]` or `d.get(key)` gives the last one and warns
  (DeprecationWarning), since the others are left out.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any, Self

__all__ = ["MultiValueDict"]

_MISSING = object()  # pop()'s "no default given", as distinct from a default of None


class MultiValueDict(dict[Any, Any]):
    """A dict holding the last value of each key, and every value of each key beside it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > 1:
            raise TypeError(f"MultiValueDict expected at most 1 argument, got {len(args)}")
        super().__init__()
        self._lists: dict[Any, list[Any]] = {}
        if args:
            self._merge(args[0], append=True)
        for key, value in kwargs.items():
            self[key] = value

    def _merge(self, source: Any, *, append: bool) -> None:
        # Another MultiValueDict gives all its values; a mapping one per key; pairs are appended when building
        # (repeated keys kept) and assigned when updating (last wins, as dict.update does).
        if isinstance(source, MultiValueDict):
            for key, values in source.lists():
                self.setlist(key, values)
        elif hasattr(source, "keys"):
            for key in source.keys():  # noqa: SIM118 (any object with keys() is a mapping here, as in dict.update)
                self[key] = source[key]
        else:
            for key, value in source:
                if append:
                    self.add(key, value)
                else:
                    self[key] = value

    # -- the dict view: one value per key ---------------------------------------------------------------------------

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self._lists[key] = [value]

    def __getitem__(self, key: Any) -> Any:
        self._warn_if_several(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._warn_if_several(key)
        return super().get(key, default)

    def __delitem__(self, key: Any) -> None:
        super().__delitem__(key)
        del self._lists[key]

    def pop(self, key: Any, default: Any = _MISSING) -> Any:
        if key in self:
            value = super().__getitem__(key)
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def popitem(self) -> tuple[Any, Any]:
        key, value = super().popitem()
        del self._lists[key]
        return key, value

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return super().__getitem__(key)

    def clear(self) -> None:
        super().clear()
        self._lists.clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        if args:
            self._merge(args[0], append=False)
        for key, value in kwargs.items():
            self[key] = value

    def _warn_if_several(self, key: Any) -> None:
        if len(self._lists.get(key, ())) > 1:
            warnings.warn(
                f"Key {key!r} has multiple values; single-value access returns only the last. "
                f"Use getlist({key!r}) to get all of them.",
                DeprecationWarning,
                stacklevel=3,
            )

    # -- every value ------------------------------------------------------------------------------------------------

    def add(self, key: Any, value: Any) -> None:
        """Append `value` to the values of `key`."""
        self._lists.setdefault(key, []).append(value)
        super().__setitem__(key, value)

    def getlist(self, key: Any) -> list[Any]:
        """Every value of `key`, a copy (`[]` when absent)."""
        return list(self._lists.get(key, ()))

    def setlist(self, key: Any, values: Iterable[Any]) -> None:
        """Replace every value of `key`; no values removes the key."""
        values = list(values)
        if not values:
            if key in self:
                del self[key]
            return
        self._lists[key] = values
        super().__setitem__(key, values[-1])

    def lists(self) -> list[tuple[Any, list[Any]]]:
        """`[(key, [values...]), ...]`, in insertion order (copies)."""
        return [(key, list(values)) for key, values in self._lists.items()]

    def allitems(self) -> list[tuple[Any, Any]]:
        """Every `(key, value)` pair, repeated keys included, in order."""
        return [(key, value) for key, values in self._lists.items() for value in values]

    def poplist(self, key: Any) -> list[Any]:
        """Remove `key` and return all its values (KeyError when absent)."""
        values = self._lists.pop(key)
        super().__delitem__(key)
        return values

    def remove(self, key: Any, value: Any) -> None:
        """Remove one occurrence of `value` from `key` (KeyError: no key; ValueError: no such value); the key
        goes when its last value does."""
        values = self._lists[key]
        values.remove(value)
        if values:
            super().__setitem__(key, values[-1])
        else:
            del self[key]

    # -- copies, pickling, operators, equality ----------------------------------------------------------------------

    def copy(self) -> MultiValueDict:
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable: Iterable[Any], value: Any = None) -> MultiValueDict:
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    @classmethod
    def _from_lists(cls, items: Iterable[tuple[Any, list[Any]]]) -> MultiValueDict:
        result = cls()
        for key, values in items:
            result.setlist(key, values)
        return result

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # A dict pickles its one value per key only: rebuild from every value instead.
        return (type(self)._from_lists, (self.lists(),))

    def __or__(self, other: Any) -> MultiValueDict:
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other: Any) -> MultiValueDict:
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other: Any) -> Self:
        self.update(other)
        return self

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MultiValueDict):
            return self._lists == other._lists
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        # dict's own __ne__ would ignore __eq__ above.
        return not self == other

    __hash__ = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.allitems()!r})"

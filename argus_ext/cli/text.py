"""Server text made safe to print. Descriptions, tags, names, event texts and error bodies are written by any
source system or end user: they are data, never markup and never terminal control. Every output path goes
through one of the two functions here, which escape the same set of characters:

- `shown(text)` for people (tables, detail views, TSV, messages): a control character or invisible direction
  override becomes a visible escape (newline -> `\\n`, tab -> `\\t`, ESC -> `\\x1b`, U+202E -> `\\u202e`), so a
  row stays one line and nothing reaches the terminal raw;
- `json_text(document)` for `--json`/`--jsonl`: valid JSON with the same value; json escapes C0 controls itself,
  and the rest of the set (DEL, C1 controls such as NEL and CSI, line and paragraph separators, direction
  overrides, lone surrogates) is escaped as `\\uXXXX`.

Markup is the other half: tables are given rich `Text` objects, which rich never parses as markup or emoji codes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Invisible characters that reorder or break text: Arabic letter mark, LRM/RLM, the line and paragraph
# separators (line ends for many readers), the embeddings and overrides, and the isolates.
_FORMAT_CONTROLS = (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
# C0 controls, DEL and C1 controls (0x9b is a one-byte CSI for many terminals), then lone surrogates (they cannot
# be encoded for output at all).
UNSAFE: tuple[int, ...] = (*range(0x20), *range(0x7F, 0xA0), *_FORMAT_CONTROLS, *range(0xD800, 0xE000))

_NAMED = {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


@cache
def _escapes(json_form: bool) -> dict[int, str]:
    # Made on first use, not at import: `argus --help` prints no server text.
    if json_form:
        return {code: f"\\u{code:04x}" for code in UNSAFE}
    return {code: _NAMED.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}") for code in UNSAFE}


def shown(text: str) -> str:
    """`text` with every unsafe character written as a visible escape: one line, no terminal control."""
    return text.translate(_escapes(False))


def json_text(document: Any) -> str:
    """`document` as one line of JSON whose every unsafe character is an escape (the value is unchanged)."""
    import json

    return json.dumps(document, ensure_ascii=False, default=str).translate(_escapes(True))

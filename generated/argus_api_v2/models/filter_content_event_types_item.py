from typing import Literal

FilterContentEventTypesItem = Literal["ACK", "CHI", "CLO", "END", "LES", "OTH", "REO", "RES", "STA"]

FILTER_CONTENT_EVENT_TYPES_ITEM_VALUES: set[FilterContentEventTypesItem] = {
    "ACK",
    "CHI",
    "CLO",
    "END",
    "LES",
    "OTH",
    "REO",
    "RES",
    "STA",
}


def check_filter_content_event_types_item(value: str) -> FilterContentEventTypesItem:
    if value in FILTER_CONTENT_EVENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILTER_CONTENT_EVENT_TYPES_ITEM_VALUES!r}")

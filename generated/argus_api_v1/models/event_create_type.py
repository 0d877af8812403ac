from typing import Literal

EventCreateType = Literal["CHI", "CLO", "END", "LES", "OTH", "REO", "STA"]

EVENT_CREATE_TYPE_VALUES: set[EventCreateType] = {
    "CHI",
    "CLO",
    "END",
    "LES",
    "OTH",
    "REO",
    "STA",
}


def check_event_create_type(value: str) -> EventCreateType:
    if value in EVENT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_CREATE_TYPE_VALUES!r}")

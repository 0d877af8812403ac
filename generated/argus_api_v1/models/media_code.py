from typing import Literal

MediaCode = Literal["EM", "SM"]

MEDIA_CODE_VALUES: set[MediaCode] = {
    "EM",
    "SM",
}


def check_media_code(value: str) -> MediaCode:
    if value in MEDIA_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDIA_CODE_VALUES!r}")

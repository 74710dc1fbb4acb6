"""Pictures of contacts: reading a file the user picked, and making it the contact's default.

Only JPEG and PNG are accepted, told by the file's signature (not its name), at most 12 MB and
at most :data:`MAX_PIXELS` pixels.  The size in pixels is read from the header *before*
anything is decoded, so a decompression bomb (a small file that unpacks to gigabytes) is
refused without allocating it; then the picture is decoded once to be sure it is whole.
The bytes are kept exactly as the user's file had them.
"""

from __future__ import annotations

import io

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from app.domain.models import AnyContact, Image
from app.domain.problems import Problem
from app.domain.validation import CODE_MEDIA_TYPE, CODE_SIZE, MAX_IMAGE_BYTES
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import SaveResult
from app.services.history import EditHistory
from app.store.contacts import ContactNotFoundError
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork

MAX_PIXELS = 40_000_000
CODE_PIXELS = "pixels"
CODE_DAMAGED = "damaged"

_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": ("PNG", "image/png"),
    b"\xff\xd8\xff": ("JPEG", "image/jpeg"),
}
# Other formats people pick, named in the message.
_OTHER_FORMATS = {
    b"GIF87a": QT_TRANSLATE_NOOP("Validation", "a GIF file"),
    b"GIF89a": QT_TRANSLATE_NOOP("Validation", "a GIF file"),
    b"BM": QT_TRANSLATE_NOOP("Validation", "a BMP file"),
    b"II*\x00": QT_TRANSLATE_NOOP("Validation", "a TIFF file"),
    b"MM\x00*": QT_TRANSLATE_NOOP("Validation", "a TIFF file"),
    b"%PDF": QT_TRANSLATE_NOOP("Validation", "a PDF file"),
    b"<svg": QT_TRANSLATE_NOOP("Validation", "an SVG file"),
    b"<?xml": QT_TRANSLATE_NOOP("Validation", "an SVG or other XML file"),
}


def _problem(message: str, code: str) -> Problem:
    return Problem(field="data", label=translate("Fields", "Picture"), message=message, code=code)


def _other_format(data: bytes) -> str:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return translate("Validation", "a WebP picture")
    if data[4:8] == b"ftyp":
        return translate("Validation", "a HEIC/AVIF picture or a video")
    for signature, name in _OTHER_FORMATS.items():
        if data.startswith(signature):
            return translate("Validation", name)
    return translate("Validation", "not a picture Kontor knows")


def load_image(data: bytes) -> Image | list[Problem]:
    """A picture the user picked, checked and measured; or the problems that refuse it."""
    if not data:
        return [_problem(translate("Validation", "the file is empty"), CODE_DAMAGED)]
    if len(data) > MAX_IMAGE_BYTES:
        size = len(data) / (1024 * 1024)
        message = translate("Validation", "a picture may be at most 12 MB (this one has {size} MB)")
        return [_problem(message.format(size=f"{size:.1f}"), CODE_SIZE)]
    kind = next((v for k, v in _SIGNATURES.items() if data.startswith(k)), None)
    if kind is None:
        return [
            _problem(
                translate(
                    "Validation", "only JPEG and PNG pictures can be used — this file is {kind}"
                ).format(kind=_other_format(data)),
                CODE_MEDIA_TYPE,
            )
        ]
    pil_format, media_type = kind
    damaged = translate("Validation", "the {format} file is damaged or incomplete ({error})")
    try:
        with PILImage.open(io.BytesIO(data), formats=[pil_format]) as picture:
            width, height = picture.size
            if width * height > MAX_PIXELS:
                return [_too_many_pixels(width, height)]
            if pil_format == "JPEG":
                # Decode at an eighth of the size: every byte is still read (a cut-off file
                # fails), but the memory needed is 64 times smaller.
                picture.draft(picture.mode, (max(1, width // 8), max(1, height // 8)))
            picture.load()
    except PILImage.DecompressionBombError:
        message = translate("Validation", "the picture has far more than {maximum} pixels")
        return [_problem(message.format(maximum=f"{MAX_PIXELS:,}"), CODE_PIXELS)]
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        return [_problem(damaged.format(format=pil_format, error=exc), CODE_DAMAGED)]
    return Image(media_type=media_type, data=bytes(data), width=width, height=height)


def _too_many_pixels(width: int, height: int) -> Problem:
    megapixels = width * height / 1e6
    return _problem(
        translate(
            "Validation",
            "a picture may have at most {maximum} megapixels (this one is {width} × {height}, "
            "{megapixels} megapixels)",
        ).format(
            maximum=MAX_PIXELS // 1_000_000,
            width=f"{width:,}",
            height=f"{height:,}",
            megapixels=f"{megapixels:.0f}",
        ),
        CODE_PIXELS,
    )


class ImageService:
    """A contact's pictures; each change is a save through the edit history (undoable)."""

    def __init__(self, db: Database, history: EditHistory) -> None:
        self._db = db
        self._history = history

    def set_default_image(self, contact_id: str, image: Image) -> SaveResult:
        """Make ``image`` the contact's first picture (its avatar): a new picture is added in
        front, as the API does; a picture the contact has already moves to the front."""
        contact = self._require(contact_id)
        others = [i for i in contact.images if i.id != image.id]
        return self._history.save(contact.model_copy(update={"images": [image, *others]}))

    def remove_image(self, contact_id: str, image_id: str) -> SaveResult:
        contact = self._require(contact_id)
        kept = [i for i in contact.images if i.id != image_id]
        return self._history.save(contact.model_copy(update={"images": kept}))

    def _require(self, contact_id: str) -> AnyContact:
        with self._db.reading() as conn:
            contact = UnitOfWork(conn).contacts.get(contact_id)
        if contact is None:
            raise ContactNotFoundError(contact_id)
        return contact


__all__ = ["MAX_PIXELS", "ImageService", "load_image"]

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
    b"GIF87a": "a GIF",
    b"GIF89a": "a GIF",
    b"BM": "a BMP",
    b"II*\x00": "a TIFF",
    b"MM\x00*": "a TIFF",
    b"%PDF": "a PDF",
    b"<svg": "an SVG",
    b"<?xml": "an SVG or other XML",
}


def _problem(message: str, code: str) -> Problem:
    return Problem(field="data", label="Picture", message=message, code=code)


def _other_format(data: bytes) -> str:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP picture"
    if data[4:8] == b"ftyp":
        return "a HEIC/AVIF picture or a video"
    for signature, name in _OTHER_FORMATS.items():
        if data.startswith(signature):
            return f"{name} file"
    return "not a picture Kontor knows"


def load_image(data: bytes) -> Image | list[Problem]:
    """A picture the user picked, checked and measured; or the problems that refuse it."""
    if not data:
        return [_problem("the file is empty", CODE_DAMAGED)]
    if len(data) > MAX_IMAGE_BYTES:
        size = len(data) / (1024 * 1024)
        return [_problem(f"a picture may be at most 12 MB (this one has {size:.1f} MB)", CODE_SIZE)]
    kind = next((v for k, v in _SIGNATURES.items() if data.startswith(k)), None)
    if kind is None:
        return [
            _problem(
                f"only JPEG and PNG pictures can be used — this file is {_other_format(data)}",
                CODE_MEDIA_TYPE,
            )
        ]
    pil_format, media_type = kind
    damaged = f"the {pil_format} file is damaged or incomplete"
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
        return [_problem(f"the picture has far more than {MAX_PIXELS:,} pixels", CODE_PIXELS)]
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        return [_problem(f"{damaged} ({exc})", CODE_DAMAGED)]
    return Image(media_type=media_type, data=bytes(data), width=width, height=height)


def _too_many_pixels(width: int, height: int) -> Problem:
    megapixels = width * height / 1e6
    return _problem(
        f"a picture may have at most {MAX_PIXELS // 1_000_000} megapixels "
        f"(this one is {width:,} × {height:,}, {megapixels:.0f} megapixels)",
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

"""Pictures: only whole JPEG and PNG files of sensible size are accepted."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image as PILImage
from PIL import ImageFile

from app.domain.models import Image, IndividualContact
from app.domain.problems import Problem
from app.services.history import EditHistory
from app.services.images import MAX_PIXELS, ImageService, load_image
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork


def _encoded(fmt: str, size: tuple[int, int] = (3, 2), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, size, color=(200, 30, 30) if mode == "RGB" else 1).save(buffer, fmt)
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _png_claiming(width: int, height: int) -> bytes:
    """A valid black-and-white PNG of ``width`` × ``height``: small as a file, huge decoded."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\x00" + bytes((width + 7) // 8)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def _problems(result: Image | list[Problem]) -> list[Problem]:
    assert isinstance(result, list), result
    return result


def test_png_and_jpeg_are_measured_and_kept_as_they_are() -> None:
    png = _encoded("PNG")
    loaded = load_image(png)
    assert isinstance(loaded, Image)
    assert (loaded.media_type, loaded.width, loaded.height) == ("image/png", 3, 2)
    assert loaded.data == png
    jpeg = _encoded("JPEG", (40, 24))
    loaded = load_image(jpeg)
    assert isinstance(loaded, Image)
    assert (loaded.media_type, loaded.width, loaded.height) == ("image/jpeg", 40, 24)


def test_other_formats_are_refused_by_their_signature_not_their_name() -> None:
    [gif] = _problems(load_image(_encoded("GIF")))
    assert gif.code == "media_type"
    assert "only JPEG and PNG" in gif.message and "GIF" in gif.message
    [webp] = _problems(load_image(b"RIFF\x00\x00\x00\x00WEBPVP8 "))
    assert "WebP" in webp.message
    [text] = _problems(load_image(b"just some text that calls itself photo.png"))
    assert text.code == "media_type"


def test_a_fake_or_cut_off_file_is_refused_as_damaged() -> None:
    [fake] = _problems(load_image(b"\x89PNG\r\n\x1a\n" + b"garbage" * 50))
    assert fake.code == "damaged" and "PNG file is damaged" in fake.message
    png = _encoded("PNG", (64, 64))
    [cut] = _problems(load_image(png[: len(png) - 30]))
    assert cut.code == "damaged"
    jpeg = _encoded("JPEG", (64, 64))
    [cut_jpeg] = _problems(load_image(jpeg[: len(jpeg) // 2]))
    assert cut_jpeg.code == "damaged" and "JPEG" in cut_jpeg.message
    [empty] = _problems(load_image(b""))
    assert "empty" in empty.message


def test_a_file_over_12_mb_is_refused() -> None:
    [big] = _problems(load_image(b"\x89PNG\r\n\x1a\n" + bytes(12 * 1024 * 1024)))
    assert big.code == "size" and "12 MB" in big.message


def test_a_50_megapixel_png_is_refused_before_it_is_decoded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bomb = _png_claiming(10_000, 5_000)
    assert len(bomb) < 100_000  # small as a file

    def no_decoding(self: object) -> None:
        raise AssertionError("the picture was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    [problem] = _problems(load_image(bomb))
    assert problem.code == "pixels"
    assert "at most 40 megapixels" in problem.message and "10,000 × 5,000" in problem.message
    assert PILImage.MAX_IMAGE_PIXELS != MAX_PIXELS  # the process-wide limit is left alone


def test_a_picture_just_under_the_limit_is_decoded() -> None:
    # 6,000 × 6,000 = 36 megapixels, one bit each: small enough for a test.
    loaded = load_image(_png_claiming(6_000, 6_000))
    assert isinstance(loaded, Image) and loaded.width == 6_000


def test_a_bomb_far_over_pillows_own_limit_gets_a_clear_message() -> None:
    [problem] = _problems(load_image(_png_claiming(20_000, 20_000)))
    assert problem.code == "pixels"


def test_a_new_picture_becomes_the_default_and_can_be_removed(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    images = ImageService(tmp_db, history)
    first = load_image(_encoded("PNG"))
    second = load_image(_encoded("JPEG", (8, 8)))
    assert isinstance(first, Image) and isinstance(second, Image)
    contact = history.save(IndividualContact(name="An", images=[first])).contact
    assert contact is not None

    result = images.set_default_image(contact.id, second)
    assert result.saved and result.contact is not None
    assert [i.id for i in result.contact.images] == [second.id, first.id]
    # A picture it has already moves to the front.
    moved = images.set_default_image(contact.id, first).contact
    assert moved is not None and [i.id for i in moved.images] == [first.id, second.id]
    removed = images.remove_image(contact.id, first.id).contact
    assert removed is not None and [i.id for i in removed.images] == [second.id]
    history.undo()
    with tmp_db.reading() as conn:
        stored = UnitOfWork(conn).contacts.require(contact.id)
    assert [i.id for i in stored.images] == [first.id, second.id]
    assert stored.images[0].data == first.data

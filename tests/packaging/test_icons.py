"""The icons the build makes from ``resources/kontor.png``."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from tests.packaging.conftest import ROOT


def _alpha(image: Image.Image, xy: tuple[int, int]) -> int:
    pixel = image.convert("RGBA").getpixel(xy)
    assert isinstance(pixel, tuple)
    return int(pixel[3])


def test_the_source_picture_is_a_1024_square_with_transparent_corners(release: ModuleType) -> None:
    assert release.SOURCE_ICON == ROOT / "resources" / "kontor.png"
    with Image.open(release.SOURCE_ICON) as image:
        assert image.size == (1024, 1024)
        assert _alpha(image, (0, 0)) == 0  # rounded corners, not a white square
        assert _alpha(image, (512, 512)) == 255


def test_ico_icns_and_pngs_are_made_in_every_size(make_icons: ModuleType, tmp_path: Path) -> None:
    icons = make_icons.make_icons(make_icons.release.SOURCE_ICON, tmp_path / "icons")

    assert icons.ico == tmp_path / "icons" / "kontor.ico"
    with Image.open(icons.ico) as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(n, n) for n in (16, 20, 24, 32, 40, 48, 64, 128, 256)]
        smallest = ico.ico.getimage((16, 16))  # type: ignore[attr-defined]
        assert _alpha(smallest, (8, 8)) == 255  # the small size has the drawing, not a blank

    assert icons.icns == tmp_path / "icons" / "kontor.icns"
    with Image.open(icons.icns) as icns:
        assert icns.format == "ICNS"
        sizes = set(icns.info["sizes"])
    # 16 to 512 points, each at 2× (and 128 to 512 at 1×): what Finder and the Dock ask for.
    assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 2), (512, 512, 2)} <= sizes

    assert sorted(icons.pngs) == [16, 24, 32, 48, 64, 128, 256, 512, 1024]
    for size, path in icons.pngs.items():
        assert path == tmp_path / "icons" / "png" / f"kontor-{size}.png"
        with Image.open(path) as png:
            assert (png.format, png.size, png.mode) == ("PNG", (size, size), "RGBA")


def test_a_missing_or_misshapen_source_is_refused(make_icons: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(make_icons.IconError, match="the icon source is missing"):
        make_icons.make_icons(tmp_path / "nothing.png", tmp_path / "out")

    small = tmp_path / "small.png"
    Image.new("RGBA", (512, 256)).save(small)
    with pytest.raises(make_icons.IconError, match=r"must be 1024 × 1024 pixels, .* is 512 × 256"):
        make_icons.make_icons(small, tmp_path / "out")
    assert make_icons.main(["--source", str(small), "--out", str(tmp_path / "out")]) == 1


def test_generated_icons_are_not_kept_in_the_repository() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored
    found = [p for p in ROOT.rglob("*") if p.suffix in {".ico", ".icns"} and ".git" not in p.parts]
    outside_build = [p for p in found if p.relative_to(ROOT).parts[0] not in {"build", "dist"}]
    assert outside_build == []

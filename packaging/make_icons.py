"""Make Kontor's icons from its one source picture (``resources/kontor.png``, 1024 × 1024).

    python3 packaging/make_icons.py [--source PNG] [--out DIR]

writes into ``DIR`` (default ``build/icons``):

- ``kontor.ico``: the Windows icon, 16 to 256 pixels;
- ``kontor.icns``: the macOS icon, 32 to 1024 pixels (16 to 512 points, Retina sizes too);
- ``png/kontor-N.png``: square PNGs of 16 to 1024 pixels, for Linux desktops.

The build runs this; the generated files are not kept in the repository.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kontor_release as release

SOURCE_SIZE = 1024
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# The sizes an .icns holds (16@2x is 32, …, 512@2x is 1024).
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


class IconError(Exception):
    """The source picture cannot be made into icons."""


@dataclass(frozen=True)
class IconSet:
    ico: Path
    icns: Path
    pngs: dict[int, Path]


def load_source(source: Path) -> Image.Image:
    """The source picture as RGBA; it must be a square of :data:`SOURCE_SIZE` pixels."""
    if not source.is_file():
        raise IconError(f"the icon source is missing: {source}")
    with Image.open(source) as opened:
        image = opened.convert("RGBA")
    if image.size != (SOURCE_SIZE, SOURCE_SIZE):
        width, height = image.size
        raise IconError(
            f"the icon source must be {SOURCE_SIZE} × {SOURCE_SIZE} pixels, "
            f"{source} is {width} × {height}"
        )
    return image


def _scaled(image: Image.Image, size: int) -> Image.Image:
    if image.width == size:
        return image.copy()
    return image.resize((size, size), Image.Resampling.LANCZOS)


def make_icons(
    source: Path = release.SOURCE_ICON, out: Path = release.DEFAULT_ICONS_DIR
) -> IconSet:
    """Write the .ico, the .icns and the PNG sizes of ``source`` into ``out``."""
    image = load_source(source)
    scaled = {size: _scaled(image, size) for size in {*ICO_SIZES, *ICNS_SIZES, *PNG_SIZES}}
    png_dir = out / "png"
    png_dir.mkdir(parents=True, exist_ok=True)

    pngs: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = png_dir / f"{release.ICON_NAME}-{size}.png"
        scaled[size].save(path, format="PNG", optimize=True)
        pngs[size] = path

    ico = out / f"{release.ICON_NAME}.ico"
    largest = scaled[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[scaled[size] for size in ICO_SIZES if size != largest.width],
    )

    icns = out / f"{release.ICON_NAME}.icns"
    image.save(icns, format="ICNS", append_images=[scaled[size] for size in ICNS_SIZES])
    return IconSet(ico=ico, icns=icns, pngs=pngs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make Kontor's .ico, .icns and PNG icons.")
    parser.add_argument("--source", type=Path, default=release.SOURCE_ICON)
    parser.add_argument("--out", type=Path, default=release.DEFAULT_ICONS_DIR)
    args = parser.parse_args(argv)
    try:
        icons = make_icons(args.source, args.out)
    except IconError as exc:
        print(f"make_icons: {exc}", file=sys.stderr)
        return 1
    print(f"icons in {args.out}: {icons.ico.name}, {icons.icns.name}, {len(icons.pngs)} PNG sizes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Tags (with completion over the tags already in use) and the contact's picture.

The picture is the contact's first image. A new one is read from a file and handed to the
``load_image`` callable (the services check type, size and pixel count); what it answers is
either the image or the problems to show. Only the avatar is decoded here, with a pixel limit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImageReader, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import AnyContact, Image, Tag
from app.domain.problems import Problem
from app.ui.editors.marking import ERROR_COLOR
from app.ui.editors.rows import FieldMap, Section

ImageLoader = Callable[[bytes], Image | list[Problem]]
MAX_PICTURE_BYTES = 12 * 1024 * 1024
MAX_AVATAR_PIXELS = 40_000_000
AVATAR_SIZE = 64


class _ChipList(QListWidget):
    """Tags shown as chips; Delete removes the selected one."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class TagsSection(Section):
    """The contact's tags; typing offers the names of existing tags."""

    def __init__(self, tag_names: Callable[[str], list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._tag_names = tag_names
        self._loaded: dict[str, Tag] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a tag and press Enter"))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Add tag"))
        self.chips = _ChipList()
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setSpacing(4)
        self.chips.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chips.setStyleSheet(
            "QListWidget::item { border: 1px solid #8fa8c8; border-radius: 10px;"
            " padding: 2px 10px; background: #e8f0fb; color: #1d3557; }"
            "QListWidget::item:selected { background: #3d6fb6; color: white; }"
        )
        self.remove_button = QPushButton(self.tr("Remove tag"))
        line = QHBoxLayout()
        line.addWidget(self.edit, 1)
        line.addWidget(self.add_button)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(line)
        layout.addWidget(self.chips, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.edit.textEdited.connect(self._offer)
        self.edit.returnPressed.connect(self.add_typed)
        self.completer.activated[str].connect(self._on_completion)  # type: ignore[index]
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chips.delete_pressed.connect(self.remove_selected)
        self.chips.itemSelectionChanged.connect(self._sync_buttons)
        self._sync_buttons()

    def names(self) -> list[str]:
        return [self.chips.item(row).text() for row in range(self.chips.count())]

    def _offer(self, text: str) -> None:
        present = {n.casefold() for n in self.names()}
        prefix = text.strip()
        offered = (
            [n for n in self._tag_names(prefix) if n.casefold() not in present] if prefix else []
        )
        self.completions.setStringList(offered)

    def _on_completion(self, name: str) -> None:
        self.add(name)
        self.edit.clear()

    def add_typed(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return  # Enter picks the highlighted completion first
        if self.add(self.edit.text()):
            self.edit.clear()

    def add(self, name: str) -> bool:
        name = name.strip()
        if not name or name.casefold() in {n.casefold() for n in self.names()}:
            return False
        self.chips.addItem(name)
        self._sync_buttons()
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        row = self.chips.currentRow()
        if row >= 0 and self.chips.item(row).isSelected():
            self.chips.takeItem(row)
            self._sync_buttons()
            self.changed.emit()

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.chips.selectedItems()))

    def load(self, contact: AnyContact) -> None:
        self._loaded = {t.name: t for t in contact.tags}
        self.chips.clear()
        for tag in contact.tags:
            self.chips.addItem(tag.name)
        self.edit.clear()
        self._sync_buttons()

    def apply(self, draft: AnyContact) -> None:
        draft.tags = [self._loaded.get(name) or Tag(name=name) for name in self.names()]

    def fields(self) -> FieldMap:
        return {"tags": self.chips}


def _decode(data: bytes, size: int) -> QPixmap | None:
    """The picture scaled to ``size``, or None when it cannot (or should not) be decoded."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    found = reader.size()
    if not found.isValid() or found.width() * found.height() > MAX_AVATAR_PIXELS:
        return None
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )


def initials_pixmap(name: str, size: int) -> QPixmap:
    """A round badge with up to two initials, coloured by the name."""
    letters = "".join(word[0] for word in name.split()[:2] if word[:1].isalnum()).upper() or "?"
    hue = int(hashlib.sha1(name.encode()).hexdigest()[:4], 16) % 360
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsl(hue, 110, 120))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(int(size * 0.4))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap


class PictureHeader(QWidget):
    """Avatar, name and the picture buttons at the top of the editor."""

    changed = Signal()

    def __init__(self, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self._images: list[Image] = []
        self._name = ""
        self._decoded: tuple[str, QPixmap | None] = ("", None)  # image id -> avatar
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel()
        self.kind_label.setEnabled(False)
        self.change_button = QPushButton(self.tr("Change picture…"))
        self.remove_button = QPushButton(self.tr("Remove picture"))
        self.picture_problem = QLabel()
        self.picture_problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.picture_problem.setWordWrap(True)
        self.picture_problem.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name_label)
        text.addWidget(self.kind_label)
        text.addLayout(buttons)
        text.addWidget(self.picture_problem)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.change_button.clicked.connect(self.choose_picture)
        self.remove_button.clicked.connect(self.remove_picture)

    def set_contact(self, name: str, kind_text: str, images: list[Image]) -> None:
        self._images = list(images)
        self.kind_label.setText(kind_text)
        self.picture_problem.hide()
        self.set_name(name)

    def set_name(self, name: str) -> None:
        self._name = name
        self.name_label.setText(name or self.tr("(no name)"))
        self._paint()

    def images(self) -> list[Image]:
        return list(self._images)

    def _paint(self) -> None:
        pixmap = None
        if self._images:
            first = self._images[0]
            if self._decoded[0] != first.id:  # decode once, not on every keystroke
                self._decoded = (first.id, _decode(first.data, AVATAR_SIZE))
            pixmap = self._decoded[1]
        self.avatar.setPixmap(pixmap or initials_pixmap(self._name, AVATAR_SIZE))
        self.remove_button.setEnabled(bool(self._images))

    def choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """Read ``path`` and make it the contact's picture, or show why it cannot be."""
        try:
            if path.stat().st_size > MAX_PICTURE_BYTES:
                self._show_problem(self.tr("Picture: a picture may be at most 12 MB"))
                return
            data = path.read_bytes()
        except OSError as error:
            self._show_problem(
                self.tr("Picture: cannot read the file — {error}").format(error=error)
            )
            return
        self.use_bytes(data)

    def use_bytes(self, data: bytes) -> None:
        result = self._load_image(data)
        if isinstance(result, Image):
            self._images = [result, *self._images[1:]]
            self.picture_problem.hide()
            self._paint()
            self.changed.emit()
        else:
            self._show_problem("\n".join(str(p) for p in result))

    def _show_problem(self, text: str) -> None:
        self.picture_problem.setText(text)
        self.picture_problem.show()

    def remove_picture(self) -> None:
        if self._images:
            self._images = self._images[1:]
            self.picture_problem.hide()
            self._paint()
            self.changed.emit()


__all__ = ["PictureHeader", "TagsSection", "initials_pixmap"]

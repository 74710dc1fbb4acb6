"""A searchable, filterable, sortable table of contacts of one kind.

Typing in the search box or changing a filter builds a :class:`ContactQuery`.  Each keystroke
is one job on the list's own worker thread: the first page, found in index order without
counting the matches, is shown at once; then the positions of every row (their number is the
count) follow and set the scroll range.  A newer keystroke cancels the older job in SQLite, so
the worker is free for it at once.  Columns can be hidden from the header's context menu and
moved or resized; the owner saves the header state.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QCursor,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_ORGANIZATION_TYPES, ContactKind
from app.services.directory import (
    ContactDirectory,
    ContactQuery,
    ContactSummary,
    ReadCancel,
    ReadCancelledError,
    ReadTooSlowError,
    RoleFilter,
)
from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel
from app.ui.enum_labels import ORGANIZATION_TYPE_LABELS
from app.ui.tasks import TaskRunner
from app.ui.timing import after_first_paint, pause_timer

if TYPE_CHECKING:
    from app.services.tags import TagService

# Keystrokes that arrive together (a paste, a fast burst) make one search; otherwise every
# keystroke searches at once on a worker, and a newer search supersedes the older ones.
SEARCH_DEBOUNCE_MS = 0
# A first page read on the GUI thread stops after this long and is read on the worker: a
# search that slow would hold up the keystrokes that follow it.
FIRST_PAGE_HERE_S = 0.05

# What waits for the table's paint runs at the latest this long after it was asked for.
_PAINT_AT_THE_LATEST_MS = 100
# Pages beside the screen are fetched once the list has been still this long.
_AHEAD_WHEN_STILL_MS = 30

_DEFAULT_COLUMN_WIDTHS = {
    Column.NAME: 210,
    Column.EMAIL: 220,
    Column.PHONE: 130,
    Column.CITY: 120,
    Column.COUNTRY: 100,
}


# Texts whose characters are all below this (Latin, with its accents and symbols) have their
# width estimated from their letters' widths (:class:`_Advances`) before they are laid out.
_SUMMED_BELOW = "\u0370"


class _Advances(dict[str, float]):
    """The advance of each character in one font, measured once when first asked for."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        super().__init__()
        self._metrics = metrics

    def __missing__(self, char: str) -> float:
        width = self[char] = self._metrics.horizontalAdvance(char)
        return width


class _PaintSetup(NamedTuple):
    """What a paint of the table's rows takes from its style, font and palette."""

    # Whether the style draws an item view's plain rows as Qt's common style does (their
    # background, then their text): rows are painted as it would paint them only then.
    plain_style: bool
    margin: int  # between a cell's edge and its text, as Qt's item delegate leaves it
    alternate: QBrush  # the alternate rows' background, as the style fills it
    metrics: QFontMetricsF
    advances: _Advances
    ascent: float
    line: float  # the height of a line of text, as the item delegate centres it
    text_color: dict[bool, QColor]  # by whether the window is active


# The styles that draw an item view's rows as Qt's common style does (a style sheet, or a
# platform's own style, may draw them otherwise: those tables are painted by Qt alone).
_PLAIN_STYLES = frozenset({"fusion", "windows"})

# Pixels a row has above and below its text when the table paints it itself.
_ROOM_AROUND_TEXT = 4

# The changes that make the table's :class:`_PaintSetup` out of date.
_SETUP_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.ActivationChange,
        QEvent.Type.EnabledChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LocaleChange,
    }
)


# The header's changes that make its size hint out of date (as Qt's own hint is then).
_HEADER_HINT_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LanguageChange,
        QEvent.Type.LocaleChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


class ContactTableHeader(QHeaderView):
    """The table's column header, whose size hint is kept across resets of the model.

    Qt forgets a header's size hint whenever its model is reset (on every keystroke of a
    search), and the table's next layout works it out again: each section's size hint, font,
    title and icon asked of the model (two dozen calls into Python) and each title measured
    by the style, though none of them changed.  Here the hint is kept until what it is made
    of changes: the model or its header data, the sections (their number, sizes, shown or
    hidden), the font, style or language, or whether the sort indicator is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        # As the header a table makes for itself.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._hint: QSize | None = None
        # Whether the sort indicator was shown when the hint was made (no signal tells).
        self._hint_sorted = False
        self._watched: Any = None
        # Before the table's own handler of the signal, which asks for the hint: Qt says so
        # when the font or style of the sections changed (its viewport heard of it first).
        self.geometriesChanged.connect(self.forget_size_hint)
        self.sectionCountChanged.connect(self.forget_size_hint)
        self.sectionResized.connect(self.forget_size_hint)

    def forget_size_hint(self) -> None:
        """Work the size hint out again when next asked for."""
        self._hint = None

    def sizeHint(self) -> QSize:
        sorted_ = self.isSortIndicatorShown()
        if self._hint is None or sorted_ != self._hint_sorted:
            self._hint = super().sizeHint()
            self._hint_sorted = sorted_
        return QSize(self._hint)

    def setModel(self, model: Any) -> None:
        if self._watched is not None:
            self._watched.headerDataChanged.disconnect(self.forget_size_hint)
            self._watched = None
        super().setModel(model)
        if model is not None:
            model.headerDataChanged.connect(self.forget_size_hint)
            self._watched = model
        self.forget_size_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _HEADER_HINT_CHANGES:
            self._hint = None
        super().changeEvent(event)


class ContactTable(QTableView):
    """The table of contacts.

    When the count of a search arrives, its rows are appended after the first page; Qt then
    lays the table out again and repaints every row on screen, though none of them changed
    (a few milliseconds, often in the middle of the next keystroke).  Rows appended below a
    screen that the rows before already fill only change the scroll range
    (:meth:`appending_below_screen`).
    """

    # Rows that are neither selected nor current are painted by the table itself
    # (:meth:`_paint_plain_rows`); False: every cell through Qt's item delegate.
    paints_plain_rows = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(ContactTableHeader(self))
        # The row count an append below a full screen leads to, while its layout is due.
        self._appended_to: int | None = None
        self._setup: _PaintSetup | None = None

    def appending_below_screen(self, count: int) -> None:
        """Rows are about to be appended, up to ``count`` rows: when the rows there now fill
        the screen, the layout that follows only updates the scroll range and keeps what is
        painted.  Call right before the model appends them."""
        viewport = self.viewport()
        full = self.isVisible() and self.rowAt(viewport.height() - 1) >= 0
        self._appended_to = count if full else None

    def forget_appending(self) -> None:
        """Whatever comes next is laid out and painted in full (the model was reset)."""
        self._appended_to = None

    def lay_out_now(self) -> None:
        """The layout that rows added or removed call for, now rather than in a later pass
        of the event loop: the scroll range they make reaches the screen with them, not in
        the middle of whatever the user does next (the next keystroke's repaint)."""
        self.executeDelayedItemsLayout()

    def doItemsLayout(self) -> None:
        model = self.model()
        appended_to, self._appended_to = self._appended_to, None
        if appended_to is not None and model is not None and model.rowCount() == appended_to:
            self.updateGeometries()  # the scroll range; the rows on screen stay as painted
            return
        super().doItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        left_to_qt = self._paint_plain_rows(event)
        if left_to_qt is None:
            super().paintEvent(event)
        elif not left_to_qt.isEmpty():
            super().paintEvent(QPaintEvent(left_to_qt))

    def _paint_plain_rows(self, event: QPaintEvent) -> QRegion | None:
        """Paint the rows on screen that are neither selected nor current nor under the mouse
        (nearly all of them) as Qt's delegate would, but without its per-cell work; return
        what is left for Qt's own paint (those other rows), or ``None`` when this table is
        set up in a way painted by Qt alone (a grid, wrapped or unelided text, right to left,
        disabled, another model)."""
        model = self.model()
        if (
            not self.paints_plain_rows
            or not isinstance(model, ContactTableModel)
            or self.showGrid()
            or self.wordWrap()
            or self.textElideMode() != Qt.TextElideMode.ElideRight
            or self.isRightToLeft()
            or not self.isEnabled()
        ):
            return None
        area = event.rect()
        rows = self.verticalHeader()
        first = rows.visualIndexAt(area.top())
        if first < 0:
            return None  # no row there: nothing but the background, Qt's to paint
        last = rows.visualIndexAt(area.bottom())
        if last < 0:
            last = model.rowCount() - 1
        header = self.horizontalHeader()
        left = header.visualIndexAt(area.left())
        right = header.visualIndexAt(area.right())
        left = 0 if left < 0 else left
        right = header.count() - 1 if right < 0 else right
        setup = self._paint_setup()
        if not setup.plain_style:
            return None
        margin = setup.margin
        # Each column on screen: its left edge for the text, the text's width, and where
        # its text is in the model's rows.
        columns = []
        for visual in range(left, right + 1):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            x = header.sectionViewportPosition(logical)
            columns.append((x + margin, header.sectionSize(logical) - 2 * margin, logical + 1))
        painted_left = header.sectionViewportPosition(header.logicalIndex(left))
        painted_width = header.sectionViewportPosition(header.logicalIndex(right))
        painted_width += header.sectionSize(header.logicalIndex(right)) - painted_left

        left_to_qt = QRegion()
        special = self._special_rows(first, last)
        metrics, advances = setup.metrics, setup.advances
        ascent, line = setup.ascent, setup.line
        alternate = self.alternatingRowColors()
        elide = Qt.TextElideMode.ElideRight
        # Rows in their own order (as always here): each one's top is where the one before
        # ended, without asking the header for it.
        in_order = not rows.sectionsMoved()
        top = rows.sectionViewportPosition(first)
        painter = QPainter(self.viewport())
        try:
            painter.setPen(setup.text_color[self.isActiveWindow()])
            for visual in range(first, last + 1):
                if in_order:
                    row = visual
                else:
                    row = rows.logicalIndex(visual)
                    top = rows.sectionViewportPosition(row)
                height = rows.sectionSize(row)
                if height <= 0:
                    continue
                row_top, top = top, top + height
                # A row too low for its text (a font grown since the rows were sized) is
                # Qt's to paint: its delegate clips each text to its cell.
                if row in special or height - line < _ROOM_AROUND_TEXT:
                    left_to_qt += QRect(painted_left, row_top, painted_width, height)
                    continue
                if alternate and visual & 1:
                    painter.fillRect(painted_left, row_top, painted_width, height, setup.alternate)
                texts = model.row_texts(row)
                if texts is None:
                    continue
                # Centred as Qt's delegate centres it (to the nearest pixel, halves up).
                baseline = row_top + math.floor((height - line) / 2 + 0.5) + ascent
                for x, width, at in columns:
                    text = texts[at]
                    if not text:
                        continue
                    # Most texts are well short of their column: the widths of their letters
                    # say so without laying the text out (only Latin letters, whose
                    # laid-out width is never far above their sum).
                    if (
                        max(text) >= _SUMMED_BELOW
                        or sum(map(advances.__getitem__, text)) * 1.05 + 2 > width
                    ) and metrics.horizontalAdvance(text) > width:
                        text = metrics.elidedText(text, elide, width)
                    painter.drawText(QPointF(x, baseline), text)
        finally:
            painter.end()
        return left_to_qt

    def _paint_setup(self) -> _PaintSetup:
        """What every paint of the rows needs from the table's style, font and palette
        (asking Qt for it costs more than painting a few rows): kept until one of them, or
        the table's state they depend on, changes (:meth:`changeEvent`)."""
        if self._setup is None:
            style = self.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            metrics = QFontMetricsF(self.font())
            palette = self.palette()
            # As Qt's common style fills an alternate row (PE_PanelItemViewRow): the palette's
            # alternate base, of the inactive group while the window is not active.
            active = bool(option.state & QStyle.StateFlag.State_Active)
            group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
            self._setup = _PaintSetup(
                plain_style=(
                    style.name().lower() in _PLAIN_STYLES
                    and style.metaObject().className() != "QStyleSheetStyle"
                ),
                margin=margin,
                alternate=option.palette.brush(group, QPalette.ColorRole.AlternateBase),
                metrics=metrics,
                advances=_Advances(metrics),
                ascent=metrics.ascent(),
                line=metrics.ascent() + metrics.descent(),
                text_color={
                    True: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                    False: palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text),
                },
            )
        return self._setup

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _SETUP_CHANGES:
            self._setup = None
        super().changeEvent(event)

    def _special_rows(self, first: int, last: int) -> set[int]:
        """The rows between ``first`` and ``last`` that Qt paints itself: selected ones, the
        current one (its focus frame) and the one under the mouse (styles that show it)."""
        special: set[int] = set()
        selection = self.selectionModel()
        if selection is not None and selection.hasSelection():
            special.update(
                row for row in range(first, last + 1) if selection.rowIntersectsSelection(row)
            )
        current = self.currentIndex()
        if current.isValid():
            special.add(current.row())
        viewport = self.viewport()
        if viewport.underMouse():
            special.add(self.rowAt(viewport.mapFromGlobal(QCursor.pos()).y()))
        return special


class ContactListView(QWidget):
    """Search box and filters above a lazy contact table; emits the current contact's id."""

    current_contact_changed = Signal(object)  # str | None
    result_changed = Signal()

    def __init__(
        self,
        kind: ContactKind,
        directory: ContactDirectory,
        tags: Callable[[], TagService],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._directory = directory
        self._tags = tags
        self._runner = runner
        # One worker for this list's searches: a keystroke's job never competes with an older
        # one for the interpreter, and an older one is cancelled in SQLite.
        self._reader = TaskRunner(self, max_threads=1)
        self._cancel = ReadCancel()
        self._pending: ContactQuery | None = None
        # True while the rows shown are a first page whose full count is still being made.
        self.count_pending = False
        # Contacts of this kind in the book; None until counted.
        self.total: int | None = None
        # Nothing is read before the list is first shown (:meth:`reload`).
        self._started = False
        # A contact to select once the positions of the rows are known.
        self._select_later: str | None = None
        self.model = ContactTableModel(
            directory,
            kind,
            self,
            background=self._in_background,
            count=False,
            requery=self._requery,
        )
        self._timer = pause_timer(self, SEARCH_DEBOUNCE_MS, self.apply_filters)
        # What waits for the table's next paint (:meth:`_after_paint`).
        self._waiting_for_paint: list[Callable[[], None]] = []
        self._paint_fallback = pause_timer(self, _PAINT_AT_THE_LATEST_MS, self._painted)
        # Pages to fetch ahead once the list is still (:meth:`_in_background`).
        self._ahead_jobs: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []
        self._ahead_timer = pause_timer(self, _AHEAD_WHEN_STILL_MS, self._fetch_ahead)
        self._build()
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.search_edit.installEventFilter(self)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(self.result_changed)
        self.model.modelAboutToBeReset.connect(self.table.forget_appending)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search names, e-mails, phones, cities, VAT…"))
        self.search_edit.setClearButtonEnabled(True)

        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setToolTip(self.tr("Only contacts with this tag"))
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("Any role"), None)
        self.role_filter.addItem(self.tr("Customers"), RoleFilter.CUSTOMER)
        self.role_filter.addItem(self.tr("Suppliers"), RoleFilter.SUPPLIER)
        self.role_filter.addItem(self.tr("Alternative payers"), RoleFilter.ALTERNATIVE_PAYER)
        self.active_filter = QComboBox()
        self.active_filter.setObjectName("activeFilter")
        self.active_filter.addItem(self.tr("Active or not"), None)
        self.active_filter.addItem(self.tr("Active"), True)
        self.active_filter.addItem(self.tr("Inactive"), False)
        self.active_filter.setToolTip(
            self.tr("Active: at least one active role. Inactive: roles, but none active.")
        )
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.addItem(self.tr("Any type"), None)
        for value in KNOWN_ORGANIZATION_TYPES:
            label = ORGANIZATION_TYPE_LABELS.get(value) or value.replace("_", " ").capitalize()
            self.type_filter.addItem(QCoreApplication.translate("EnumValue", label), value)
        self.type_filter.setVisible(self._kind == ContactKind.ORGANIZATION)
        self.tag_filter.addItem(self.tr("Any tag"), None)  # the tags come with the rows

        # The search field above the filters: the filters' words (longer in German and French
        # than in English) then never crowd the search field or widen the list.
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        bar.addWidget(self.search_edit)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(filters)
        for combo in self._combos():
            # Narrow windows shrink the filters rather than the table, but never below the
            # entry shown (longer in German and French than in English).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
            combo.currentIndexChanged.connect(lambda _i, c=combo: _fit_to_shown_entry(c))
            _fit_to_shown_entry(combo)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.search_edit.setMinimumWidth(120)
        self._build_only_chip(bar)

        self.table = ContactTable()
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights: the view never asks every row for its size hint.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setObjectName("contactTableHeader")
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column, width in _DEFAULT_COLUMN_WIDTHS.items():
            header.resizeSection(column, width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _build_only_chip(self, bar: QVBoxLayout) -> None:
        """The chip that says the list shows only some contacts (:meth:`show_only`), with the
        button that shows every contact again."""
        self.only_chip = QWidget()
        self.only_chip.setObjectName("onlyChip")
        self.only_chip.setStyleSheet(
            "#onlyChip { background: palette(highlight); border-radius: 4px; }"
            " #onlyChip QLabel { color: palette(highlighted-text); }"
        )
        self.only_label = QLabel()
        self.only_label.setObjectName("onlyLabel")
        self.only_label.setWordWrap(True)
        self.only_clear = QToolButton()
        self.only_clear.setObjectName("onlyClear")
        self.only_clear.setText(self.tr("Show all"))
        self.only_clear.setToolTip(self.tr("Show every contact again (the other filters stay)"))
        self.only_clear.clicked.connect(self.clear_only)
        chip = QHBoxLayout(self.only_chip)
        chip.setContentsMargins(8, 2, 2, 2)
        chip.addWidget(self.only_label, 1)
        chip.addWidget(self.only_clear)
        self.only_chip.setVisible(False)
        bar.addWidget(self.only_chip)

    def show_only(self, contact_ids: list[str], label: str) -> None:
        """Show just these contacts (the search and filters still apply), with a chip that
        says ``label`` and a button that shows every contact again."""
        self.only_label.setText(label)
        self.only_chip.setVisible(True)
        self._show_first_page(replace(self.query(), contact_ids=tuple(contact_ids)), recount=True)

    def clear_only(self) -> None:
        """Show every contact again (after :meth:`show_only`)."""
        self.only_chip.setVisible(False)
        if self.model.query().contact_ids is not None:
            self._show_first_page(replace(self.query(), contact_ids=None), recount=True)

    def _combos(self) -> list[QComboBox]:
        return [self.tag_filter, self.role_filter, self.active_filter, self.type_filter]

    def reload_tags(self, soon: bool = False) -> None:
        """Refill the tag filter (after tags were added, renamed or deleted); ``soon``: once
        the event loop has shown what is on its way to the screen (the first rows)."""
        if soon:
            after_first_paint(self.table.viewport(), self.reload_tags)
            return
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in self._tags().all():
            self.tag_filter.addItem(tag.name, tag.id)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        _fit_to_shown_entry(self.tag_filter)

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column == Column.NAME:
                continue  # the name always stays
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    # --- queries -----------------------------------------------------------------------------

    def has_started(self) -> bool:
        """Whether the list has read its rows once (it does when first shown)."""
        return self._started

    def is_filtered(self) -> bool:
        query = self.model.query()
        return bool(
            query.search
            or query.tag_ids
            or query.roles
            or query.active is not None
            or query.organization_type
            or query.contact_ids is not None
        )

    def query(self) -> ContactQuery:
        """The query the filters describe now (the model may still show the previous one)."""
        tag_id = self.tag_filter.currentData()
        role = self.role_filter.currentData()
        organization_type = (
            self.type_filter.currentData() if self._kind == ContactKind.ORGANIZATION else None
        )
        return replace(
            self.model.query(),
            kind=self._kind,
            search=self.search_edit.text().strip() or None,
            tag_ids=(tag_id,) if tag_id else (),
            roles=(role,) if role else (),
            active=self.active_filter.currentData(),
            organization_type=organization_type,
        )

    def apply_filters(self) -> None:
        """Show the result of the current filters.

        The first page is read here, on the GUI thread, when it takes no longer than
        :data:`FIRST_PAGE_HERE_S` (a walk of an index page or so, as for nearly every text):
        no hand-over to a worker and back, nothing competing with it for the interpreter.
        A slower one stops there and is read again on the worker.  The positions of all rows
        (the count) follow on the worker once the first page is on screen, and set the
        scroll range.  A newer call cancels what is left of an older one.
        """
        self._timer.stop()
        query = self.query()
        cancel = self._restart(query)
        directory = self._directory
        size = self.model.page_size()
        try:
            rows = directory.first_page(query, size, within=FIRST_PAGE_HERE_S)
        except ReadTooSlowError:
            pass
        else:
            self._show(query, cancel, rows)
            return

        def page_arrived(page: object) -> None:
            if self._pending != query:
                return  # a newer search has started
            self._show(query, cancel, list(page))  # type: ignore[call-overload]

        self._reader.run(
            lambda: directory.first_page(query, size, cancel),
            page_arrived,
            _cancelled_or_raise,
            key="page",
        )

    def _show(self, query: ContactQuery, cancel: ReadCancel, rows: list[ContactSummary]) -> None:
        self.model.apply(query, len(rows), rows)
        self.table.scrollToTop()
        self._after_first_page(query, cancel, complete=len(rows) < self.model.page_size())

    def _restart(self, query: ContactQuery) -> ReadCancel:
        """Cancel the reads of the previous query and make way for ``query``'s."""
        self._cancel.cancel()
        self._cancel = ReadCancel()
        # Pages fetched ahead for the rows shown until now would only hold up the new ones.
        self._ahead_jobs.clear()
        self._ahead_timer.stop()
        self._pending = query
        self.count_pending = True
        return self._cancel

    def _requery(self, query: ContactQuery) -> None:
        """A new order (a click on a column header): its first page now, the rest on the
        worker; before the list was first shown, only remember it."""
        if self._started:
            self._show_first_page(query)
        else:
            self.model.set_query_quietly(query)

    def _show_first_page(self, query: ContactQuery, *, recount: bool = False) -> None:
        """The first page of ``query`` now, on this thread (a walk of one index page or so);
        the positions of every row (the count) follow on the worker."""
        self._started = True
        cancel = self._restart(query)
        size = self.model.page_size()
        rows = self._directory.first_page(query, size)
        self.model.apply(query, len(rows), rows)
        self._after_first_page(query, cancel, complete=len(rows) < size, recount=recount)

    def _after_first_page(
        self, query: ContactQuery, cancel: ReadCancel, complete: bool, recount: bool = False
    ) -> None:
        unfiltered = query == ContactQuery(kind=self._kind, sort=query.sort)
        if complete:
            # A short first page is the whole result.
            self.count_pending = False
            if unfiltered:
                self.total = self.model.rowCount()
                self.result_changed.emit()
                return
        directory = self._directory
        kind = self._kind
        need_total = (self.total is None or recount) and not unfiltered

        def positions() -> tuple[object, int | None]:
            found = None if complete else directory.positions(query, cancel)
            total = directory.count(ContactQuery(kind=kind)) if need_total else None
            return found, total

        def arrived(result: tuple[object, int | None]) -> None:
            if self._pending != query:
                return
            found, total = result
            if found is not None:
                self.count_pending = False
                count = len(found)  # type: ignore[arg-type]
                if count > self.model.rowCount():
                    self.table.appending_below_screen(count)
                self.model.set_positions(found)  # type: ignore[arg-type]
                self.table.lay_out_now()
                if unfiltered:
                    self.total = len(found)  # type: ignore[arg-type]
            if total is not None:
                self.total = total
            self.result_changed.emit()
            if found is not None and self._select_later is not None:
                self.select_contact(self._select_later)

        def start() -> None:
            if self._pending == query:
                self._reader.run(positions, arrived, _cancelled_or_raise, key="positions")

        # Once the first page is on screen: reading them meanwhile would take the interpreter
        # from the paint.
        self._after_paint(start)

    def _after_paint(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the table's rows have been painted (at once when the table is
        not on screen, and at the latest after :data:`_PAINT_AT_THE_LATEST_MS`)."""
        viewport = self.table.viewport()
        if not viewport.isVisible():
            then()
            return
        if not self._waiting_for_paint:
            viewport.installEventFilter(self)
            self._paint_fallback.start()
        self._waiting_for_paint.append(then)

    def _painted(self) -> None:
        waiting, self._waiting_for_paint = self._waiting_for_paint, []
        self._paint_fallback.stop()
        self.table.viewport().removeEventFilter(self)
        for then in waiting:
            then()

    def _in_background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Pages fetched ahead of the screen: on this list's worker, after its searches, once
        the list has been still for :data:`_AHEAD_WHEN_STILL_MS` (read while it scrolls, they
        would take the interpreter from the paint of the rows on screen)."""
        self._ahead_jobs.append((work, done))
        self._ahead_timer.start()

    def _fetch_ahead(self) -> None:
        jobs, self._ahead_jobs = self._ahead_jobs, []
        for work, done in jobs:
            self._reader.run(work, done)

    def reload(self, select: str | None = None) -> None:
        """Re-read the rows (after a save or delete, or when the list is shown) and select
        ``select`` when given: the first page now, the positions of every row (the count)
        on the worker, the contact selected once its row is known."""
        self._select_later = None
        self._show_first_page(self.model.query(), recount=True)
        if select is not None and not self.select_contact(select) and self.count_pending:
            self._select_later = select

    def shut_down(self, msecs: int = 10_000) -> bool:
        """Cancel this list's reads (in SQLite too) and wait for its worker: the window is
        closing, nothing they bring would be shown."""
        self._cancel.cancel()
        self._pending = None
        self._select_later = None
        self._waiting_for_paint.clear()
        self._ahead_jobs.clear()
        self._ahead_timer.stop()
        self.model.stop_fetching_ahead()
        return self._reader.stop(msecs)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until this list's reads are done (for shutdown and tests)."""
        return self._reader.wait(msecs)

    def select_contact(self, contact_id: str) -> bool:
        self._select_later = None
        if self.count_pending and not self.model.has_positions():
            # Only the first page is known yet: the contact is on it, or waits for the rest.
            row = self.model.loaded_row_of(contact_id)
        else:
            row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_contact_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ContactIdRole) if index.isValid() else None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_contact_changed.emit(self.model.data(current, ContactIdRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in a non-empty search box clears it; Down moves into the results.
        if (
            self._waiting_for_paint
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            # After this paint, as the event loop goes on (a timer would run before it).
            QTimer.singleShot(0, self, self._painted)
            return False
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)


def _fit_to_shown_entry(combo: QComboBox) -> None:
    """Keep a filter at least as wide as the entry it shows, so its words are never cut off."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.currentText()), metrics.height())
    style = combo.style()
    width = style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    combo.setMinimumWidth(width)


def _cancelled_or_raise(error: BaseException) -> None:
    """A cancelled read is expected (the user typed on); anything else is a bug to see."""
    if not isinstance(error, ReadCancelledError):
        raise error

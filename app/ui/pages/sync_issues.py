"""The sync issues page: what sync could not settle alone, and the user's decisions.

The issues (:meth:`SyncService.issues <app.services.sync.SyncService.issues>`) are listed on
the left; the right side shows the one chosen:

* a **conflict** (changed here and on the server): its fields side by side — Field, Base,
  Mine, Theirs — with a choice per row (click the value to keep, or Space on it), *Keep all
  mine*, *Take all theirs*, *Apply choices* and *Edit contact…* (applies, then opens the
  contact in its editor).  The result is an ordinary local edit that the next sync sends;
* a contact **deleted on one side** and changed on the other: two buttons that say what
  happens;
* a change the server **refused**: the server's problems, *Edit contact…* and *Retry*;
* a record of a new account's first pull that may be a contact here already (**link or
  create**): *Review…* opens the review where it is linked to a contact or made a new one.

With more than one account the issues of every account are listed (:class:`SyncOverview
<app.services.sync_accounts.SyncOverview>`), an *Account* column says whose, the account
filter shows one, and every decision acts on the issue's own account.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.sync import FieldChoice, Side, SyncIssue, SyncService
from app.services.sync_accounts import SyncOverview
from app.ui.pages.common import (
    Column,
    LazyRowsModel,
    SectionPage,
    make_table,
    selected_rows,
    shortcut,
    time_text,
)
from app.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex

FIELD, BASE, MINE, THEIRS = range(4)
SIDES: Final[dict[int, Side]] = {MINE: "mine", THEIRS: "theirs"}

# The pages of the detail stack.
EMPTY, CONFLICT, DELETED, REJECTED, LINK = range(5)
ACCOUNT_COLUMN = 3


def radio_icon(widget: QWidget, on: bool) -> QIcon:
    """The style's radio button indicator, checked or not, as an icon for a table cell."""
    style = widget.style()
    size = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    option = QStyleOptionButton()
    option.rect = QRect(0, 0, size, size)
    option.palette = widget.palette()
    option.state = QStyle.StateFlag.State_Enabled | (
        QStyle.StateFlag.State_On if on else QStyle.StateFlag.State_Off
    )
    painter = QPainter(pixmap)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, option, painter, widget)
    painter.end()
    return QIcon(pixmap)


class ChoicesModel(QAbstractTableModel):
    """The conflicting fields of one conflict and the side chosen for each (``mine`` first).

    The chosen side's cell carries a checked radio icon and a bold font; :meth:`choose` and
    :meth:`choose_all` change choices, :meth:`choices` is what :meth:`SyncService.resolve`
    takes.
    """

    def __init__(
        self, headers: Sequence[str], icons: tuple[QIcon, QIcon], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._off, self._on = icons
        self._rows: list[FieldChoice] = []
        self._chosen: list[Side] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[FieldChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._chosen = ["mine"] * len(self._rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.label, row.base or "—", row.mine, row.theirs)[column]
        side = SIDES.get(column)
        if side is None:
            return None
        chosen = self._chosen[index.row()] == side
        if role == Qt.ItemDataRole.DecorationRole:
            return self._on if chosen else self._off
        if role == Qt.ItemDataRole.FontRole and chosen:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return "chosen" if chosen else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def choose(self, row: int, side: Side) -> None:
        if 0 <= row < len(self._rows) and self._chosen[row] != side:
            self._chosen[row] = side
            self.dataChanged.emit(self.index(row, MINE), self.index(row, THEIRS))

    def choose_all(self, side: Side) -> None:
        for row in range(len(self._rows)):
            self.choose(row, side)

    def chosen(self, row: int) -> Side:
        return self._chosen[row]

    def choices(self) -> dict[str, Side]:
        return {row.key: side for row, side in zip(self._rows, self._chosen, strict=True)}


class SyncIssuesPage(SectionPage):
    """Conflicts, deletions on one side and refused changes, each with its decisions.

    ``sync_changed`` is emitted after a decision (the status bar counts again);
    ``open_contact(local_id)`` asks the window to show a contact in its editor.
    """

    sync_changed = Signal()
    open_contact = Signal(str)
    review_requested = Signal(int)  # the account whose "link or create" records to review

    def __init__(
        self,
        sync: SyncService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        overview: SyncOverview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncIssuesPage")
        self.title = self.tr("Sync issues")
        self._sync = sync
        self._overview = overview
        self._account: int | None = None  # the filter: None for every account
        self._tasks = tasks or TaskRunner(self)
        self._issues: list[SyncIssue] = []
        self._busy = False
        self.model = LazyRowsModel(
            (
                Column(self.tr("Contact"), lambda i: i.name),
                Column(self.tr("Issue"), self._issue_text),
                Column(self.tr("Since"), lambda i: time_text(i.at)),
                Column(self.tr("Account"), lambda i: i.account),
            ),
            lambda: len(self._issues),
            lambda offset, limit: self._issues[offset : offset + limit],
            lambda i: i.id,
            self,
        )
        self._build_ui()
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.table = make_table(self.model, "syncIssuesTable", multi=False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # few rows, all in memory: measuring them is cheap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.heading = QLabel()
        self.heading.setObjectName("issueHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("issueMessage")
        self.message.setWordWrap(True)

        self.details = QStackedWidget()
        self.details.addWidget(self._empty_panel())
        self.details.addWidget(self._conflict_panel())
        self.details.addWidget(self._deleted_panel())
        self.details.addWidget(self._rejected_panel())
        self.details.addWidget(self._link_panel())

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.details, 1)

        self.account_filter = QComboBox()
        self.account_filter.setObjectName("issuesAccountFilter")
        self.account_filter.setToolTip(self.tr("Show the issues of one account"))
        self.account_filter.activated.connect(self._filter_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.account_filter)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("syncIssuesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 680])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())

    def _empty_panel(self) -> QWidget:
        panel = QWidget()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("issuesEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.empty_label, 1)
        return panel

    def _conflict_panel(self) -> QWidget:
        panel = QWidget()
        icons = (radio_icon(self, False), radio_icon(self, True))
        self.choices = ChoicesModel(
            (self.tr("Field"), self.tr("Base"), self.tr("Mine"), self.tr("Theirs")), icons, self
        )
        self.choices_table = make_table(self.choices, "conflictTable", multi=False)
        self.choices_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.choices_table.setToolTip(
            self.tr("Click the value to keep, or select it and press Space")
        )
        header = self.choices_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FIELD, 150)
        for column in (BASE, MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr(
                "Base is the value both sides last agreed on. Click the value to keep in each "
                "row (or select it and press Space), then apply."
            )
        )
        hint.setWordWrap(True)
        self.keep_mine_button = QPushButton(self.tr("Keep all &mine"))
        self.keep_mine_button.setObjectName("keepAllMine")
        self.take_theirs_button = QPushButton(self.tr("Take all &theirs"))
        self.take_theirs_button.setObjectName("takeAllTheirs")
        self.conflict_edit_button = QPushButton(self.tr("Edit &contact…"))
        self.conflict_edit_button.setObjectName("conflictEdit")
        self.conflict_edit_button.setToolTip(
            self.tr("Apply the choices, then open the contact in its editor")
        )
        self.apply_button = QPushButton(self.tr("&Apply choices"))
        self.apply_button.setObjectName("applyChoices")
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.take_theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.conflict_edit_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.choices_table, 1)
        layout.addLayout(buttons)

        self.choices_table.clicked.connect(self._on_choice_clicked)
        shortcut(
            Qt.Key.Key_Space,
            self.choices_table,
            self._choose_current,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.keep_mine_button.clicked.connect(lambda: self.choices.choose_all("mine"))
        self.take_theirs_button.clicked.connect(lambda: self.choices.choose_all("theirs"))
        self.apply_button.clicked.connect(lambda: self.apply_choices())
        self.conflict_edit_button.clicked.connect(lambda: self.apply_choices(then_edit=True))
        return panel

    def _deleted_panel(self) -> QWidget:
        panel = QWidget()
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("settleMine")
        self.theirs_button = QPushButton()
        self.theirs_button.setObjectName("settleTheirs")
        self.mine_note = QLabel()
        self.theirs_note = QLabel()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        for row, (button, note) in enumerate(
            ((self.mine_button, self.mine_note), (self.theirs_button, self.theirs_note))
        ):
            note.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.mine_button.clicked.connect(lambda: self.settle("mine"))
        self.theirs_button.clicked.connect(lambda: self.settle("theirs"))
        return panel

    def _rejected_panel(self) -> QWidget:
        panel = QWidget()
        label = self.problems_label = QLabel(self.tr("What the server said:"))
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("serverProblems")
        self.problems_list.setWordWrap(True)
        label.setBuddy(self.problems_list)
        hint = self.rejected_hint = QLabel(
            self.tr(
                "Fix the contact in its editor and save, then retry; or retry as it is when "
                "the server's problem is gone."
            )
        )
        hint.setWordWrap(True)
        self.rejected_edit_button = QPushButton(self.tr("Edit &contact…"))
        self.rejected_edit_button.setObjectName("rejectedEdit")
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setToolTip(self.tr("Send the contact again with the next sync"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rejected_edit_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.rejected_edit_button.clicked.connect(self._edit_rejected)
        self.retry_button.clicked.connect(self.retry)
        return panel

    def _link_panel(self) -> QWidget:
        panel = QWidget()
        self.link_note = QLabel(
            self.tr(
                "Review it: link it to the contact it is, or make it a new contact. Until "
                "then it is neither merged nor added."
            )
        )
        self.link_note.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Review…"))
        self.review_button.setObjectName("reviewMatches")
        self.review_button.setToolTip(self.tr("Link or create, record by record"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.link_note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.review_button.clicked.connect(self._review)
        return panel

    def _review(self) -> None:
        issue = self.current()
        if issue is not None and issue.issue == "link_or_create":
            self.review_requested.emit(issue.account_id)

    # --- the account filter ------------------------------------------------------------------

    def _fill_filter(self) -> None:
        accounts = self._overview.accounts() if self._overview is not None else []
        several = len(accounts) > 1
        if self._account not in [a.id for a in accounts]:
            self._account = None
        self.account_filter.blockSignals(True)
        self.account_filter.clear()
        self.account_filter.addItem(self.tr("All accounts"), None)
        for account in accounts:
            self.account_filter.addItem(account.name, account.id)
        self.account_filter.setCurrentIndex(max(0, self.account_filter.findData(self._account)))
        self.account_filter.blockSignals(False)
        self.account_filter.setVisible(several)
        self.table.setColumnHidden(ACCOUNT_COLUMN, not several or self._account is not None)

    def _filter_chosen(self, index: int) -> None:
        self.show_account(self.account_filter.itemData(index))

    def show_account(self, account_id: int | None) -> None:
        """Show the issues of one account (``None``: of every account)."""
        self._account = account_id
        self.refresh()

    # --- what is shown -----------------------------------------------------------------------

    def _issue_text(self, issue: SyncIssue) -> str:
        if issue.issue == "rejected" and issue.own_message:
            return self.tr("Not sent")  # held back here, or waiting for the user's choice
        return {
            "conflict": self.tr("Conflict"),
            "rejected": self.tr("Refused by the server"),
            "remote_deleted": self.tr("Deleted on the server"),
            "local_deleted": self.tr("Changed on the server"),
            "remote_gone": self.tr("Gone from the server"),
            "link_or_create": self.tr("Link or create"),
        }.get(issue.issue, issue.issue)

    def _message(self, issue: SyncIssue) -> str:
        texts = {
            "conflict": self.tr(
                "“{name}” was changed here and on the server. Choose which value to keep "
                "for each field."
            ),
            "rejected": self.tr("The server refused the changes to “{name}”."),
            "remote_deleted": self.tr(
                "You changed “{name}” here, but it was deleted on the server."
            ),
            "local_deleted": self.tr(
                "You deleted “{name}” here, but it was changed on the server meanwhile."
            ),
            "link_or_create": self.tr(
                "“{name}” came with the first sync of {account} and may be a contact here already."
            ),
            "remote_gone": self.tr(
                "“{name}” was deleted in {account}. It stays here, no longer linked to "
                "{account}; nothing was deleted here."
            ),
        }
        text = texts.get(issue.issue)
        if issue.issue == "rejected" and issue.own_message:
            text = issue.message  # held back, a lost answer, a field changed on both sides
        account = issue.account or self.tr("this account")
        return text.format(name=issue.name, account=account) if text else issue.message

    def _kind_text(self, issue: SyncIssue) -> str:
        if issue.kind == ContactKind.ORGANIZATION.value:
            return self.tr("Organization")
        return self.tr("Person")

    def _reload(self) -> None:
        current = self.current()
        rows = selected_rows(self.table)
        self._fill_filter()
        self._issues = (
            self._overview.issues(self._account)
            if self._overview is not None
            else self._sync.issues()
        )
        self.model.refresh()
        if self._issues:
            # The same issue again, else the one that took its place (the next one).
            ids = [issue.id for issue in self._issues]
            if current is not None and current.id in ids:
                row = ids.index(current.id)
            else:
                row = min(rows[0] if rows else 0, len(ids) - 1)
            self.table.selectRow(row)
        self._show_current()

    def _summary(self) -> str:
        if not self._issues:
            return self.tr("No sync issues")
        return self.tr("%Ln sync issues", "", len(self._issues))

    def issues(self) -> list[SyncIssue]:
        return list(self._issues)

    def current(self) -> SyncIssue | None:
        rows = selected_rows(self.table)
        if not rows:
            return None
        found = self.model.item(rows[0])
        return found if isinstance(found, SyncIssue) else None

    def select_issue(self, issue_id: str) -> bool:
        for row, issue in enumerate(self._issues):
            if issue.id == issue_id:
                self.table.selectRow(row)
                return True
        return False

    def _show_current(self) -> None:
        issue = self.current()
        if issue is None:
            self.heading.setText("")
            self.message.setText("")
            self.heading.setVisible(False)
            self.message.setVisible(False)
            self.empty_label.setText(
                self.tr("No sync issues. Conflicts and changes the server refused show up here.")
                if not self._issues
                else self.tr("Choose an issue on the left.")
            )
            self.details.setCurrentIndex(EMPTY)
            return
        self.heading.setVisible(True)
        self.message.setVisible(True)
        heading = f"{issue.name} · {self._kind_text(issue)}"
        if issue.account and self.account_filter.count() > 2:
            heading += f" · {issue.account}"
        self.heading.setText(heading)
        self.message.setText(self._message(issue))
        if issue.issue == "conflict":
            self.choices.set_rows(issue.choices)
            self.details.setCurrentIndex(CONFLICT)
        elif issue.issue in ("remote_deleted", "local_deleted"):
            self._show_deleted(issue)
            self.details.setCurrentIndex(DELETED)
        elif issue.issue == "link_or_create":
            self.details.setCurrentIndex(LINK)
        else:
            self.problems_list.clear()
            self.problems_list.addItems(issue.problems or [self.tr("The server gave no reason.")])
            self._rejected_or_gone(issue.issue == "remote_gone")
            self.details.setCurrentIndex(REJECTED)
        self._sync_buttons()

    def _rejected_or_gone(self, gone: bool) -> None:
        """The refused-change panel, or (``gone``) the notice of a record deleted there: its
        button only takes the notice away."""
        self.problems_label.setText(
            self.tr("What the server said:") if not gone else self.tr("What happened:")
        )
        self.rejected_hint.setText(
            self.tr(
                "Fix the contact in its editor and save, then retry; or retry as it is when "
                "the server's problem is gone."
            )
            if not gone
            else self.tr("The contact here is kept as it is. Dismiss this notice once read.")
        )
        self.retry_button.setText(self.tr("&Retry") if not gone else self.tr("&Dismiss"))
        self.retry_button.setToolTip(
            self.tr("Send the contact again with the next sync")
            if not gone
            else self.tr("Take this notice away")
        )

    def _show_deleted(self, issue: SyncIssue) -> None:
        if issue.issue == "remote_deleted":
            self.mine_button.setText(self.tr("&Keep my version (send it again)"))
            self.mine_note.setText(
                self.tr("The contact is made again on the server, with your changes.")
            )
            self.theirs_button.setText(self.tr("A&ccept the deletion"))
            self.theirs_note.setText(
                self.tr("The contact goes to the trash here; your changes to it are dropped.")
            )
        else:
            self.mine_button.setText(self.tr("&Delete on the server too"))
            self.mine_note.setText(
                self.tr("Your deletion is sent; the server's changes are dropped.")
            )
            self.theirs_button.setText(self.tr("&Restore the server's version"))
            self.theirs_note.setText(
                self.tr("The contact comes back from the trash as the server has it.")
            )

    def _sync_buttons(self) -> None:
        for button in (
            self.apply_button,
            self.conflict_edit_button,
            self.keep_mine_button,
            self.take_theirs_button,
            self.mine_button,
            self.theirs_button,
            self.retry_button,
            self.rejected_edit_button,
            self.review_button,
        ):
            button.setEnabled(not self._busy)

    # --- choosing ----------------------------------------------------------------------------

    def _on_choice_clicked(self, index: QModelIndex) -> None:
        side = SIDES.get(index.column())
        if side is not None:
            self.choices.choose(index.row(), side)

    def _choose_current(self) -> None:
        index = self.choices_table.currentIndex()
        if not index.isValid():
            return
        side = SIDES.get(index.column())
        if side is None:  # on the field or the base: switch sides
            side = "theirs" if self.choices.chosen(index.row()) == "mine" else "mine"
        self.choices.choose(index.row(), side)

    # --- decisions ---------------------------------------------------------------------------

    def apply_choices(self, *, then_edit: bool = False) -> None:
        issue = self.current()
        if issue is None or issue.issue != "conflict" or self._busy:
            return
        choices = self.choices.choices()
        self._start(
            issue,
            lambda: self._decider().resolve(issue.id, choices),
            self.tr("Conflict of “{name}” settled").format(name=issue.name),
            then_edit=then_edit,
        )

    def settle(self, side: Side) -> None:
        issue = self.current()
        if issue is None or issue.issue not in ("remote_deleted", "local_deleted") or self._busy:
            return
        self._start(
            issue,
            lambda: self._decider().settle_deleted(issue.id, side),
            self.tr("“{name}” settled").format(name=issue.name),
        )

    def retry(self) -> None:
        issue = self.current()
        if issue is None or issue.issue not in ("rejected", "remote_gone") or self._busy:
            return
        self._start(
            issue,
            lambda: self._decider().retry(issue.id),
            self.tr("“{name}” is sent again with the next sync").format(name=issue.name)
            if issue.issue == "rejected"
            else self.tr("Notice about “{name}” dismissed").format(name=issue.name),
        )

    def _decider(self) -> SyncService | SyncOverview:
        """Who settles an issue: the overview sends it to the issue's own account."""
        return self._overview if self._overview is not None else self._sync

    def _edit_rejected(self) -> None:
        issue = self.current()
        if issue is not None:
            self.open_contact.emit(issue.local_id)

    def _start(
        self,
        issue: SyncIssue,
        work: Callable[[], object],
        note: str,
        *,
        then_edit: bool = False,
    ) -> None:
        self._set_busy(True)
        self.status_changed.emit(self.tr("Working…"))

        def done(_result: object) -> None:
            self._set_busy(False)
            self._reload()
            self.contacts_changed.emit([issue.local_id])
            self.sync_changed.emit()
            self._publish(note)
            if then_edit:
                self.open_contact.emit(issue.local_id)

        self._tasks.run(work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._reload()
        self.sync_changed.emit()
        QMessageBox.warning(self, self.title, str(error))
        self._publish()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync_buttons()

    def is_busy(self) -> bool:
        return self._busy


__all__ = ["ChoicesModel", "SyncIssuesPage", "radio_icon"]

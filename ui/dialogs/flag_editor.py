"""Flag an error in a pair: MQM category and severity, a note, a suggested correction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.qa.model import SEVERITY_WEIGHT, Category, Severity
from ui.fonts import korean_font_family
from ui.i18n import arg

CONTEXT = "FlagDialog"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


# MQM's top-level dimensions and the categories under each.
CATEGORY_GROUPS: list[tuple[str, list[Category]]] = [
    (
        QT_TRANSLATE_NOOP("FlagDialog", "Accuracy"),
        [Category.MISTRANSLATION, Category.OMISSION, Category.ADDITION, Category.UNTRANSLATED],
    ),
    (QT_TRANSLATE_NOOP("FlagDialog", "Terminology"), [Category.TERMINOLOGY]),
    (
        QT_TRANSLATE_NOOP("FlagDialog", "Fluency"),
        [Category.GRAMMAR, Category.SPELLING, Category.PUNCTUATION],
    ),
    (QT_TRANSLATE_NOOP("FlagDialog", "Style"), [Category.STYLE]),
    (QT_TRANSLATE_NOOP("FlagDialog", "Locale"), [Category.LOCALE_CONVENTION]),
]

CATEGORY_LABELS: dict[Category, str] = {
    Category.MISTRANSLATION: QT_TRANSLATE_NOOP("FlagDialog", "Mistranslation"),
    Category.OMISSION: QT_TRANSLATE_NOOP("FlagDialog", "Omission"),
    Category.ADDITION: QT_TRANSLATE_NOOP("FlagDialog", "Addition"),
    Category.UNTRANSLATED: QT_TRANSLATE_NOOP("FlagDialog", "Untranslated"),
    Category.TERMINOLOGY: QT_TRANSLATE_NOOP("FlagDialog", "Terminology"),
    Category.GRAMMAR: QT_TRANSLATE_NOOP("FlagDialog", "Grammar"),
    Category.SPELLING: QT_TRANSLATE_NOOP("FlagDialog", "Spelling"),
    Category.PUNCTUATION: QT_TRANSLATE_NOOP("FlagDialog", "Punctuation"),
    Category.STYLE: QT_TRANSLATE_NOOP("FlagDialog", "Style"),
    Category.LOCALE_CONVENTION: QT_TRANSLATE_NOOP("FlagDialog", "Locale convention"),
}

CATEGORY_HELP: dict[Category, str] = {
    Category.MISTRANSLATION: QT_TRANSLATE_NOOP(
        "FlagDialog", "The Korean says something other than the English."
    ),
    Category.OMISSION: QT_TRANSLATE_NOOP("FlagDialog", "Something in the English is missing."),
    Category.ADDITION: QT_TRANSLATE_NOOP(
        "FlagDialog", "The Korean adds something the English does not say."
    ),
    Category.UNTRANSLATED: QT_TRANSLATE_NOOP("FlagDialog", "English text was left as it is."),
    Category.TERMINOLOGY: QT_TRANSLATE_NOOP(
        "FlagDialog", "A term differs from the glossary or is used inconsistently."
    ),
    Category.GRAMMAR: QT_TRANSLATE_NOOP("FlagDialog", "Grammar errors in the Korean."),
    Category.SPELLING: QT_TRANSLATE_NOOP("FlagDialog", "Spelling or spacing errors."),
    Category.PUNCTUATION: QT_TRANSLATE_NOOP("FlagDialog", "Wrong or missing punctuation."),
    Category.STYLE: QT_TRANSLATE_NOOP(
        "FlagDialog", "Awkward, unidiomatic or the wrong register (formality)."
    ),
    Category.LOCALE_CONVENTION: QT_TRANSLATE_NOOP(
        "FlagDialog", "Numbers, dates, units, currency or names not written the Korean way."
    ),
}

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.MINOR: QT_TRANSLATE_NOOP("FlagDialog", "&Minor"),
    Severity.MAJOR: QT_TRANSLATE_NOOP("FlagDialog", "Ma&jor"),
    Severity.CRITICAL: QT_TRANSLATE_NOOP("FlagDialog", "C&ritical"),
}

SEVERITY_HELP: dict[Severity, str] = {
    Severity.MINOR: QT_TRANSLATE_NOOP(
        "FlagDialog", "Noticeable, but the meaning gets across and nobody is misled."
    ),
    Severity.MAJOR: QT_TRANSLATE_NOOP(
        "FlagDialog", "Changes or obscures the meaning; a reader would be misled or confused."
    ),
    Severity.CRITICAL: QT_TRANSLATE_NOOP(
        "FlagDialog", "Could cause harm: legal, safety, financial or reputational."
    ),
}

CATEGORY_ROLE = Qt.ItemDataRole.UserRole
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def category_label(category: str) -> str:
    """The translated name of a category value (the value itself if unknown)."""
    try:
        return _t(CATEGORY_LABELS[Category(category)])
    except ValueError:
        return category


def severity_label(severity: str) -> str:
    """The translated name of a severity value, without its keyboard mnemonic."""
    try:
        text = _t(SEVERITY_LABELS[Severity(severity)])
    except ValueError:
        return severity
    return strip_mnemonic(text)


def strip_mnemonic(text: str) -> str:
    """'Ma&jor' -> 'Major'; '중대(&J)' -> '중대'; '&&' stays a literal '&'."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def group_of(category: Category) -> str:
    for group, members in CATEGORY_GROUPS:
        if category in members:
            return group
    return ""


@dataclass(frozen=True)
class FlagDraft:
    category: str
    severity: str
    note: str = ""
    suggestion: str = ""
    src_span_text: str = ""
    tgt_span_text: str = ""


class _GroupedDelegate(QStyledItemDelegate):
    """The category popup: group names bold, their categories indented under them."""

    INDENT = 18

    def initStyleOption(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(HEADER_ROLE):
            option.font.setBold(True)
            palette = QPalette(option.palette)  # the attribute is a copy: set it back
            heading = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.WindowText)
            for group in (QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Normal):
                palette.setColor(group, QPalette.ColorRole.Text, heading)
            option.palette = palette
        else:
            option.rect.adjust(self.INDENT, 0, 0, 0)


class FlagDialog(QDialog):
    """Describe one issue; the flagged span texts are shown, not edited."""

    def __init__(self, parent: QWidget | None, draft: FlagDraft) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Flag an Issue"))
        self.setMinimumWidth(580)
        self.draft = draft
        self.flag: FlagDraft | None = None

        # What was flagged
        spans = QFrame(self)
        spans.setFrameShape(QFrame.Shape.StyledPanel)
        spans.setBackgroundRole(QPalette.ColorRole.Base)
        spans.setAutoFillBackground(True)
        span_grid = QGridLayout(spans)
        self.src_span = self._span_label(draft.src_span_text)
        self.tgt_span = self._span_label(draft.tgt_span_text)
        tgt_font = QFont(self.tgt_span.font())
        tgt_font.setFamilies([korean_font_family(), *tgt_font.families()])
        self.tgt_span.setFont(tgt_font)
        span_grid.addWidget(self._side_label(self.tr("English")), 0, 0, Qt.AlignmentFlag.AlignTop)
        span_grid.addWidget(self.src_span, 0, 1)
        span_grid.addWidget(self._side_label(self.tr("Korean")), 1, 0, Qt.AlignmentFlag.AlignTop)
        span_grid.addWidget(self.tgt_span, 1, 1)
        span_grid.setColumnStretch(1, 1)

        # Category
        self.category_combo = QComboBox(self)
        self.category_combo.setItemDelegate(_GroupedDelegate(self.category_combo))
        model = self.category_combo.model()
        assert isinstance(model, QStandardItemModel)
        for group, members in CATEGORY_GROUPS:
            self.category_combo.addItem(_t(group))
            header = model.item(self.category_combo.count() - 1)
            header.setData(True, HEADER_ROLE)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            for category in members:
                self.category_combo.addItem(_t(CATEGORY_LABELS[category]), category.value)
                row = self.category_combo.count() - 1
                self.category_combo.setItemData(
                    row, _t(CATEGORY_HELP[category]), Qt.ItemDataRole.ToolTipRole
                )
        self.category_combo.setMaxVisibleItems(self.category_combo.count())
        self.category_help = QLabel(self)
        self.category_help.setWordWrap(True)
        self.category_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # Severity
        severity_row = QHBoxLayout()
        self.severity_group = QButtonGroup(self)
        self.severity_buttons: dict[Severity, QRadioButton] = {}
        for number, severity in enumerate(Severity):
            weight = SEVERITY_WEIGHT[severity]
            points = self.tr("1 point") if weight == 1 else arg(self.tr("%1 points"), weight)
            text = f"{_t(SEVERITY_LABELS[severity])} ({points})"
            button = QRadioButton(text, self)
            button.setToolTip(_t(SEVERITY_HELP[severity]))
            self.severity_group.addButton(button, number)
            self.severity_buttons[severity] = button
            severity_row.addWidget(button)
        severity_row.addStretch(1)
        self.severity_help = QLabel(self)
        self.severity_help.setWordWrap(True)
        self.severity_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # Note and correction
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Why is this wrong? (optional)"))
        self.suggestion_edit = QPlainTextEdit(self)
        self.suggestion_edit.setTabChangesFocus(True)
        self.suggestion_edit.setPlaceholderText(self.tr("The corrected Korean text (optional)"))
        self.suggestion_edit.setFont(tgt_font)
        for edit in (self.note_edit, self.suggestion_edit):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)

        category_cell = QVBoxLayout()
        category_cell.setSpacing(2)
        category_cell.addWidget(self.category_combo)
        category_cell.addWidget(self.category_help)
        severity_cell = QVBoxLayout()
        severity_cell.setSpacing(2)
        severity_cell.addLayout(severity_row)
        severity_cell.addWidget(self.severity_help)
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Category:"), self.category_combo), category_cell)
        form.addRow(QLabel(self.tr("Severity:"), self), severity_cell)
        form.addRow(self._buddy(self.tr("&Note:"), self.note_edit), self.note_edit)
        form.addRow(
            self._buddy(self.tr("&Suggested correction:"), self.suggestion_edit),
            self.suggestion_edit,
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save Flag"))
        accept_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return)
        self.ok_button.setToolTip(
            arg(
                self.tr("Save the flag (%1)"),
                accept_keys.toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in (accept_keys, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter)):
            QShortcut(keys, self, self.accept)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Flagged text"), self)
        heading_font = QFont(heading.font())
        heading_font.setBold(True)
        heading.setFont(heading_font)
        layout.addWidget(heading)
        layout.addWidget(spans)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.severity_group.idToggled.connect(self._severity_changed)
        self._load(draft)
        self.category_combo.setFocus()

    # -- (value, ok) ------------------------------------------------------------

    @classmethod
    def get_flag(cls, parent: QWidget | None, draft: FlagDraft) -> tuple[FlagDraft | None, bool]:
        dialog = cls(parent, draft)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        flag = dialog.flag if ok else None
        return flag, flag is not None

    def accept(self) -> None:
        self.flag = self.current_flag()
        super().accept()

    # -- state ------------------------------------------------------------------

    def current_flag(self) -> FlagDraft:
        return FlagDraft(
            category=self.category(),
            severity=self.severity(),
            note=self.note_edit.toPlainText().strip(),
            suggestion=self.suggestion_edit.toPlainText().strip(),
            src_span_text=self.draft.src_span_text,
            tgt_span_text=self.draft.tgt_span_text,
        )

    def category(self) -> str:
        return str(self.category_combo.currentData(CATEGORY_ROLE))

    def set_category(self, category: str) -> None:
        index = self.category_combo.findData(category, CATEGORY_ROLE)
        if index < 0:
            index = self.category_combo.findData(Category.MISTRANSLATION.value, CATEGORY_ROLE)
        self.category_combo.setCurrentIndex(index)

    def severity(self) -> str:
        return list(Severity)[max(self.severity_group.checkedId(), 0)].value

    def set_severity(self, severity: str) -> None:
        try:
            chosen = Severity(severity)
        except ValueError:
            chosen = Severity.MINOR
        self.severity_buttons[chosen].setChecked(True)

    # -- behaviour --------------------------------------------------------------

    def _load(self, draft: FlagDraft) -> None:
        self.set_category(draft.category)
        self.set_severity(draft.severity)
        self.note_edit.setPlainText(draft.note)
        self.suggestion_edit.setPlainText(draft.suggestion)
        self._category_changed()
        self._severity_changed()

    def _category_changed(self) -> None:
        try:
            category = Category(self.category())
        except ValueError:
            self.category_help.setText("")
            return
        text = f"{_t(group_of(category))}: {_t(CATEGORY_HELP[category])}"
        self.category_help.setText(text)

    def _severity_changed(self, *_args: object) -> None:
        self.severity_help.setText(_t(SEVERITY_HELP[Severity(self.severity())]))

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _side_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _span_label(self, text: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if text:
            label.setText(text)
        else:
            label.setText(self.tr("(nothing selected: the flag is for the whole side)"))
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

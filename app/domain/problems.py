"""Problems found by validation: which field, why, and whether it blocks a save."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from app.i18n import translate


class Severity(StrEnum):
    ERROR = "error"  # blocks a save
    WARNING = "warning"  # shown, but the record can be saved


class Problem(BaseModel):
    """One finding about one field.

    ``field`` is a path into the entity (``"emails[0].address"``, ``"customer_role.credit_limit"``)
    so an editor can mark the widget; ``label`` is the field's name in words and ``message`` says
    what is wrong in words an office worker understands.
    """

    model_config = ConfigDict(frozen=True)

    field: str
    label: str
    message: str
    severity: Severity = Severity.ERROR
    code: str = ""

    def __str__(self) -> str:
        return translate("Validation", "{label}: {message}").format(
            label=self.label, message=self.message
        )


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.WARNING]


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)

"""The result of a use case that validates what the user typed before it writes anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.domain.problems import Problem

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What was stored (``value``), or ``None`` and the errors that stopped it.

    ``problems`` holds the errors of a refused write, or the warnings of a successful one.
    """

    value: T | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def saved(self) -> bool:
        return self.value is not None

"""The services the user interface works with, built together by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.contacts import ContactEditing
from app.services.customer_lists import CustomerLists
from app.services.directory import ContactDirectory
from app.services.history import EditHistory
from app.services.images import ImageService
from app.services.placeholders import PlaceholderCustomers
from app.services.tags import TagService
from app.services.trash import TrashService
from app.store.database import Database


@dataclass
class Services:
    db: Database
    directory: ContactDirectory
    editing: ContactEditing
    history: EditHistory
    trash: TrashService
    tags: TagService
    customer_lists: CustomerLists
    placeholders: PlaceholderCustomers
    images: ImageService

    @classmethod
    def over(cls, db: Database) -> Services:
        editing = ContactEditing(db)
        history = EditHistory(db, editing)
        return cls(
            db=db,
            directory=ContactDirectory(db),
            editing=editing,
            history=history,
            trash=TrashService(db, history),
            tags=TagService(db, history),
            customer_lists=CustomerLists(db),
            placeholders=PlaceholderCustomers(db),
            images=ImageService(db, history),
        )

    def close(self) -> None:
        self.db.close()

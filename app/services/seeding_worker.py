"""The process that generates sample contacts and prepares their rows while
:func:`app.services.seeding.generate` writes them.

It reads its task (a pickled tuple) from its input and writes each prepared batch to its
output, pickled, then ``None`` — or, when it fails, the error as text.  A batch goes as a pair:
the batch without its statements, and the statements (plain values) as :mod:`marshal` data,
which is written and read in about half the time pickling takes.  It opens no database.
When the writing process is gone, the next write fails and this one ends.
"""

from __future__ import annotations

import gc
import itertools
import marshal
import pickle
import sys
import traceback
from dataclasses import replace
from typing import BinaryIO

from app.domain.models import Tag
from app.services.demo_data import generate_contacts
from app.store.bulk_contacts import PreparedBatch, TagsFromBook, prepare_batch
from app.store.journal import JournalStamp

# Contacts per batch handed to the writing process.
BATCH = 2000


def prepare(
    output: BinaryIO,
    count: int,
    seed: int,
    first_rowid: int,
    stamp: JournalStamp,
    found: dict[str, Tag | None],
) -> None:
    """Write the prepared batches of ``count`` contacts generated from ``seed`` to ``output``:
    search index rowids from ``first_rowid`` on, tags resolved against ``found``."""
    contacts = generate_contacts(count, seed, moment=stamp.now)
    tags = TagsFromBook(found)
    rowid = first_rowid
    while batch := list(itertools.islice(contacts, BATCH)):
        prepared = prepare_batch(batch, tags, rowid, stamp, owned=True)
        new_tags = tags.take_new()
        if new_tags:
            prepared = prepared.with_new_tags(new_tags)
        pickle.dump(packed(prepared), output)
        output.flush()
        rowid += len(batch)
    pickle.dump(None, output)
    output.flush()


def packed(batch: PreparedBatch) -> tuple[PreparedBatch, bytes]:
    """What goes through the channel for ``batch`` (see :func:`unpacked`)."""
    return replace(batch, statements=()), marshal.dumps(batch.statements)


def unpacked(item: tuple[PreparedBatch, bytes]) -> PreparedBatch:
    """The batch :func:`packed` made ``item`` of."""
    batch, statements = item
    return replace(batch, statements=marshal.loads(statements))


def main() -> int:
    output = sys.stdout.buffer
    # Nothing else may write to the channel the batches go through.
    sys.stdout = sys.stderr
    # The contacts and their rows form no reference cycles (see ``generate``).
    gc.disable()
    try:
        count, seed, first_rowid, stamp, found = pickle.load(sys.stdin.buffer)
        prepare(output, count, seed, first_rowid, stamp, found)
    except (BrokenPipeError, ConnectionResetError):
        return 1  # the writing process is gone
    except BaseException:
        try:
            pickle.dump(traceback.format_exc(), output)
            output.flush()
        except OSError:
            pass
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

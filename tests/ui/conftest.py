"""The window's tests read English as a user of the English Kontor sees it.

English text in the code is the source of every catalogue, but the words that change with a
count ("1 person", "2 people") come from the English plural catalogue, so it is installed here
as Kontor installs it for a user who chose English.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.i18n import install_translations


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        # the catalogue is compiled from the checkout's .ts into a cache of this run's own
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        assert install_translations("en") == "en"
    yield

"""Privacy requests in the window: export everything about a person, erase a person, and the
retention list; :mod:`app.ui.privacy.pdf` turns a report into a PDF with Qt."""

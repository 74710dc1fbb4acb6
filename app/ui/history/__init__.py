"""The history of records in the window: a History tab on contacts, placeholder customers and
customer lists, and the whole book's Recent changes (:mod:`app.ui.history.wiring`)."""

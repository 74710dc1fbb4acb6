"""Kontor's reference server for the Contacts API contract (``design/api-contract.md``).

A Starlette app on uvicorn, storing its data in its own SQLite file, with fault switches
for testing sync against failures.  Beyond the contract it serves

* ``GET .../{kind}/{id}/images/{image_id}`` (the image bytes),
* ``/orgs/{org}/individual-contacts/{id}/personal-relationships[/{item_id}]``,
* ``/orgs/{org}/organization-contacts/{id}/departments|locations|memberships[/{item_id}]``

(GET, POST on the collection; GET, PUT, DELETE on an item), so every part of the details
aggregate can be written.

A request body without a field its schema marks required is refused 400 with a problem naming
the field, and nothing is stored (:mod:`app.sync.reference_server.schemas`).

Beside it, reference servers of the other documented systems, each its own Starlette app with
its own SQLite file, the same token check and fault switches: Kanbert contacts
(:mod:`app.sync.reference_server.kanbert`) and the partner-organizations portal
(:mod:`app.sync.reference_server.partners`); ``system=`` of :func:`serve` and
:func:`running_server` picks one.

In tests, :func:`running_server` yields the base URL; its ``.app.state.faults``
(:class:`Faults`, assign a new one or change its fields while the server runs) and
``.app.state.stats`` (:class:`RequestStats`, every request received and its status) steer and
observe the server.
"""

from app.sync.reference_server.app import create_app
from app.sync.reference_server.faults import Faults, RequestRecord, RequestStats
from app.sync.reference_server.server import (
    SYSTEMS,
    RunningServer,
    create_system_app,
    running_server,
    serve,
)

__all__ = [
    "SYSTEMS",
    "Faults",
    "RequestRecord",
    "RequestStats",
    "RunningServer",
    "create_app",
    "create_system_app",
    "running_server",
    "serve",
]

"""Partner-portal organizations: the mapping to and from Kontor organization contacts
(``mapping``)."""

"""Kanbert contacts: the mapping to and from Kontor individual contacts (``mapping``)."""

"""Connector mappings and rules, tested without a server."""

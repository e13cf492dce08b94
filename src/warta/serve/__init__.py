"""Serve: a read-only HTTP API over the store, and the dashboard."""

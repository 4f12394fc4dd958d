"""Doors for people: results shown as highlighted text, tables and charts."""

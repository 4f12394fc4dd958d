"""Doors for files: documents in (text, JSONL, CSV, Telegram exports), results out (JSONL, CSV, TSV, Parquet)."""

"""Extraction on distributed engines: the pandas core (`frames`) and the engines that run it (`dask`, `spark`)."""

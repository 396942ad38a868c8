"""The pipeline stages: render, convert, paraf, sign, archive.

Each stage takes records and a cycle's work folder, writes only there, and returns records.
"""

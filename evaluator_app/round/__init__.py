"""A round as the secretariat's desk edits it: plain data, its spec file and its tables.

Below trust and consolidation (imports neither): `model` holds the draft of a round, `spec_io`
reads and writes it as a spec.toml that `session check` accepts, `applicants` reads the
applicants table (XLSX or CSV in UTF-8, UTF-8 with BOM or CP949), `template` writes the blank
table and a commented spec for a program, and `new` composes a draft from a table, a documents
folder and a cards folder. Cards are read through a function the caller passes (the command
layer passes trust's), so nothing here needs a key.
"""

"""The meeting's programme: its model, its file (read, checked, written back keeping
comments), its texts in six languages, and the importer that proposes one from a
concept note."""

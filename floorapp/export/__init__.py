"""Exports of a meeting: the President's Summary draft, the log, the list of speakers.

Pure Python (no Qt): ``record_fields`` (the secretary's record fields), ``names``,
``record`` and ``figures`` (the journal folded into language-neutral ``SummaryData``),
``strings`` (fixed text in six languages), ``blocks`` and ``compose`` (a document in
one language), ``docx_writer``, ``log_export`` (CSV, JSON, Markdown), ``speakers_list``.
With Qt: ``qt_document`` and ``pdf_writer`` (PDF through QTextDocument), ``worker`` and
``dialog`` (File > Export in the GUI). ``formats`` lists every format with its two
steps, *prepare* (a snapshot, on the service's thread) and *render* (anywhere);
``cli`` is ``floorapp export``; ``sample_meeting`` builds meetings to export.
See docs/export.md.
"""

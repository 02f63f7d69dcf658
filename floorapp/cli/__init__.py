"""The ``floorapp`` command line: one package for its commands and their arguments.

``main`` (``main.py``) reads the command and hands it to its module: ``check``,
``roster``, ``importing``, ``export``; ``host``/``join``/``export-db``/``roles`` are
the hosting's (``floorapp.hosting.cli``, which the GUI's sharing dialogs share) and
``cues check`` the cues' own (``floorapp.cues.check_args``).
"""

from floorapp.cli.main import main as main

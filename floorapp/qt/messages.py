"""The core's messages (refusals, database errors, programme problems) in the user's language.

The core says which message with what values (:mod:`floorapp.core.messages`); here
Qt's translators turn the English template into the language of the application
(the console's), plural forms included, and names are picked in that language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from floorapp.core.categories import LANGUAGES
from floorapp.core.messages import Explained, Message
from floorapp.core.programme.problem import Problem
from floorapp.qt.languages import is_rtl


def qt_translate(context: str, template: str, count: int | None) -> str:
    """The template from the installed Qt translators (numerus form chosen by ``count``)."""
    return QCoreApplication.translate(context, template, None, -1 if count is None else count)


def app_language() -> str:
    """The language of the application's translations, from the default locale."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def say(message: Message | Explained | BaseException | str) -> str:
    """A message (or an error carrying one) in the application's language."""
    if isinstance(message, Explained):
        message = message.message
    if isinstance(message, Message):
        language = app_language()
        return message.text(qt_translate, language, isolate=is_rtl(language))
    return str(message)


def say_problem(problem: Problem) -> str:
    """A programme problem, ``FILE:LINE: message``, in the application's language."""
    language = app_language()
    if problem.said is None or not is_rtl(language):
        return problem.text(qt_translate, language)
    said = problem.said.text(qt_translate, language, isolate=True)
    where = f"{problem.file}:{problem.line}" if problem.line is not None else problem.file
    return f"\u2066{where}\u2069: {said}" if where else said

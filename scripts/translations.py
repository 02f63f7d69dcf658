#!/usr/bin/env python3
"""Keep the translation files of the app in step with its code.

    python scripts/translations.py extract   # update resources/translations/floorapp_*.ts
    python scripts/translations.py compile   # .ts -> .qm with pyside6-lrelease
    python scripts/translations.py check     # exit 1 when the .ts files miss a string
    python scripts/translations.py pending LANG > todo.json   # what LANG still lacks
    python scripts/translations.py fill LANG done.json        # put translations in

Qt's own lupdate does not know our module-level ``tr(text)`` helpers (each calls
``QCoreApplication.translate`` with its module's context), so this reads the code's
syntax tree instead: ``tr("...")`` calls, direct ``QCoreApplication.translate("ctx",
"...")`` calls, ``N(CONTEXT, "...")`` markers (``QT_TRANSLATE_NOOP``), and the titles
and descriptions of settings declared with ``Setting(...)``, and the core's messages
``msg("...")`` (context ``Messages``, see ``floorapp/core/messages.py``). A ``msg``
with ``count=`` and a ``trn(...)`` call are plural messages: the .ts gives them Qt's
numerus forms, as many as the language has (Arabic six, Russian three). Existing translations
are kept; strings no longer in the code are marked obsolete, as lupdate does.
Translators edit the .ts files with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "floorapp"
FOLDER = ROOT / "resources" / "translations"
#: The official languages other than English, the language of the source strings.
TARGETS = ("ar", "zh", "fr", "ru", "es")
SETTINGS_CONTEXT = "Settings"
MESSAGES_CONTEXT = "Messages"
#: How many plural forms each language has in Qt (QLocale's numerus rules).
NUMERUS_FORMS = {"ar": 6, "zh": 1, "fr": 2, "ru": 3, "es": 2}


@dataclass
class Catalogue:
    """Source strings by context, each with the places it comes from."""

    strings: dict[str, dict[str, list[tuple[str, int]]]] = field(default_factory=dict)
    numerus: set[tuple[str, str]] = field(default_factory=set)

    def add(self, context: str, source: str, filename: str, line: int,
            plural: bool = False) -> None:
        """Record one string (``plural``: it has numerus forms)."""
        self.strings.setdefault(context, {}).setdefault(source, []).append((filename, line))
        if plural:
            self.numerus.add((context, source))

    def pairs(self) -> set[tuple[str, str]]:
        """Every (context, source)."""
        return {(c, s) for c, msgs in self.strings.items() for s in msgs}


def _const_str(node: ast.AST, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _module_context(tree: ast.Module) -> str | None:
    """The context of the module's ``tr`` helper, if it has one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args):
                    return _const_str(call.args[0], {})
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            value = _const_str(node.value, {})
            if value is not None:
                out[node.targets[0].id] = value
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            value = _const_str(node.value, {})
            if value is not None:
                out[node.target.id] = value
    return out


def _imported_contexts(tree: ast.Module, contexts: dict[str, str | None]) -> dict[str, str]:
    """Local names of imported floorapp modules with a ``tr``: name -> their context."""
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                "floorapp"):
            for alias in node.names:
                ctx = contexts.get(f"{node.module}.{alias.name}")
                if ctx:
                    out[alias.asname or alias.name] = ctx
    return out


def _modules() -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        found[name] = (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def extract() -> Catalogue:
    """Every translatable string of the package."""
    modules = _modules()
    contexts = {name: _module_context(tree) for name, (_p, tree) in modules.items()}
    cat = Catalogue()
    for name, (path, tree) in modules.items():
        filename = path.relative_to(ROOT).as_posix()
        own = contexts[name]
        names = _module_constants(tree)
        others = _imported_contexts(tree, contexts)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            first = _const_str(node.args[0], names)
            if isinstance(func, ast.Name) and func.id == "tr" and own:
                if isinstance(node.args[0], ast.Constant) and first is not None:
                    cat.add(own, first, filename, node.lineno)
            elif isinstance(func, ast.Name) and func.id == "trn" and own:
                if isinstance(node.args[0], ast.Constant) and first is not None:
                    cat.add(own, first, filename, node.lineno, plural=True)
            elif isinstance(func, ast.Name) and func.id == "msg":
                if isinstance(node.args[0], ast.Constant) and first is not None:
                    plural = any(k.arg == "count" for k in node.keywords)
                    cat.add(MESSAGES_CONTEXT, first, filename, node.lineno, plural=plural)
            elif (isinstance(func, ast.Attribute) and func.attr == "tr"
                  and isinstance(func.value, ast.Name) and func.value.id in others):
                if isinstance(node.args[0], ast.Constant) and first is not None:
                    cat.add(others[func.value.id], first, filename, node.lineno)
            elif ((isinstance(func, ast.Attribute) and func.attr == "translate")
                  or (isinstance(func, ast.Name) and func.id in ("N", "QT_TRANSLATE_NOOP"))):
                if len(node.args) >= 2:
                    source = _const_str(node.args[1], names)
                    if first is not None and source is not None:
                        cat.add(first, source, filename, node.lineno)
            elif isinstance(func, ast.Name) and func.id == "Setting" and len(node.args) >= 5:
                for arg in node.args[3:5]:
                    text = _const_str(arg, names)
                    if text:  # titles built at run time (f-strings) are not extracted
                        cat.add(SETTINGS_CONTEXT, text, filename, node.lineno)
    return cat


#: A translation: its text (or its numerus forms, a tuple) and its type ("", "unfinished", ...).
Entry = tuple[str | tuple[str, ...], str]


def _read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    """(context, source) -> (translation or numerus forms, type) of an existing .ts file."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Entry] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            text: str | tuple[str, ...] = (tr_el.text or "") if tr_el is not None else ""
            if tr_el is not None and msg.get("numerus") == "yes":
                text = tuple(f.text or "" for f in tr_el.iter("numerusform"))
            out[(cname, msg.findtext("source") or "")] = (
                text, tr_el.get("type", "") if tr_el is not None else "unfinished")
    return out


def _complete(text: str | tuple[str, ...], lang: str, plural: bool) -> bool:
    """Whether a translation has every text (every numerus form) it needs."""
    if plural:
        return (isinstance(text, tuple) and len(text) == NUMERUS_FORMS[lang]
                and all(t.strip() for t in text))
    return isinstance(text, str) and bool(text)


def write_ts(cat: Catalogue, lang: str, folder: Path = FOLDER) -> Path:
    """Write (or update) ``floorapp_<lang>.ts``; returns its path."""
    path = folder / f"floorapp_{lang}.ts"
    old = _read_ts(path)
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts = sorted({c for c, _s in old} | set(cat.strings))
    for cname in contexts:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = cname
        current = cat.strings.get(cname, {})
        sources = sorted(set(current) | {s for c, s in old if c == cname})
        for source in sources:
            plural = (cname, source) in cat.numerus
            msg = ET.SubElement(ctx, "message")
            if plural:
                msg.set("numerus", "yes")
            for filename, line in current.get(source, []):
                ET.SubElement(msg, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(msg, "source").text = source
            text, kind = old.get((cname, source), ("", "unfinished"))
            el = ET.SubElement(msg, "translation")
            if plural:
                forms = list(text) if isinstance(text, tuple) else [text] if text else []
                forms = (forms + [""] * NUMERUS_FORMS[lang])[:NUMERUS_FORMS[lang]]
                for form in forms:
                    ET.SubElement(el, "numerusform").text = form
            else:
                el.text = text if isinstance(text, str) else (text[-1] if text else "")
            if source not in current:
                el.set("type", "vanished")
            elif (kind in ("unfinished", "vanished", "obsolete")
                  or not _complete(text, lang, plural)):
                el.set("type", "unfinished")
    ET.indent(root)
    folder.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return path


def lrelease() -> str | None:
    """The lrelease program of the installed PySide6, or None."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", shutil.which("pyside6-lrelease"),
                      shutil.which("lrelease")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def compile_ts(folder: Path = FOLDER) -> list[Path]:
    """Compile every .ts of ``folder`` to .qm next to it."""
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease was not found: install PySide6 first.")
    out = []
    for ts in sorted(folder.glob("floorapp_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def missing(cat: Catalogue, folder: Path = FOLDER) -> list[str]:
    """Strings of the code that a .ts file lacks, as 'file: context: source'."""
    problems = []
    for lang in TARGETS:
        path = folder / f"floorapp_{lang}.ts"
        have = set(_read_ts(path))
        for ctx, source in sorted(cat.pairs() - have):
            problems.append(f"{path.name}: {ctx}: {source!r}")
    return problems


def unfinished(cat: Catalogue, folder: Path = FOLDER) -> list[str]:
    """Strings of the code a .ts file has not translated (or not in every plural form)."""
    problems = []
    for lang in TARGETS:
        path = folder / f"floorapp_{lang}.ts"
        have = _read_ts(path)
        for ctx, source in sorted(cat.pairs()):
            text, kind = have.get((ctx, source), ("", "unfinished"))
            if kind == "unfinished" or not _complete(text, lang, (ctx, source) in cat.numerus):
                problems.append(f"{path.name}: {ctx}: {source!r}")
    return problems


def pending(lang: str, folder: Path = FOLDER) -> list[dict[str, object]]:
    """What ``lang`` still lacks: context, source, whether plural, and how many forms."""
    cat = extract()
    have = _read_ts(folder / f"floorapp_{lang}.ts")
    out: list[dict[str, object]] = []
    for ctx, source in sorted(cat.pairs()):
        plural = (ctx, source) in cat.numerus
        text, kind = have.get((ctx, source), ("", "unfinished"))
        if kind == "unfinished" or not _complete(text, lang, plural):
            item: dict[str, object] = {"context": ctx, "source": source, "translation": ""}
            if plural:
                item["translation"] = [""] * NUMERUS_FORMS[lang]
            out.append(item)
    return out


def fill(lang: str, done: list[dict[str, object]], folder: Path = FOLDER) -> int:
    """Put translations in ``lang``'s .ts (entries as :func:`pending` gives them, filled)."""
    path = folder / f"floorapp_{lang}.ts"
    tree = ET.parse(path)
    wanted = {(str(d["context"]), str(d["source"])): d["translation"] for d in done}
    count = 0
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (cname, msg.findtext("source") or "")
            if key not in wanted or not wanted[key]:
                continue
            el = msg.find("translation")
            if el is None:
                el = ET.SubElement(msg, "translation")
            value = wanted[key]
            for child in list(el):
                el.remove(child)
            if msg.get("numerus") == "yes":
                forms = list(value) if isinstance(value, list) else [str(value)]
                forms = (forms + [forms[-1]] * NUMERUS_FORMS[lang])[:NUMERUS_FORMS[lang]]
                el.text = None
                for form in forms:
                    ET.SubElement(el, "numerusform").text = str(form)
            else:
                el.text = value[-1] if isinstance(value, list) else str(value)
            if el.get("type") == "unfinished":
                del el.attrib["type"]
            count += 1
    ET.indent(tree.getroot())
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    """Run one of extract, compile, check."""
    what = argv[0] if argv else "check"
    if what == "extract":
        cat = extract()
        for lang in TARGETS:
            print(write_ts(cat, lang).relative_to(ROOT))
        print(f"{sum(len(m) for m in cat.strings.values())} strings in "
              f"{len(cat.strings)} contexts.")
        return 0
    if what == "compile":
        for qm in compile_ts():
            print(qm.relative_to(ROOT))
        return 0
    if what == "check":
        cat = extract()
        problems = missing(cat)
        for p in problems[:50]:
            print(p)
        if problems:
            print(f"{len(problems)} strings missing: run scripts/translations.py extract.")
        todo = unfinished(cat)
        for p in todo[:50]:
            print(f"unfinished: {p}")
        if todo:
            print(f"{len(todo)} strings not translated: see scripts/translations.py pending.")
        return 1 if problems or todo else 0
    if what == "pending" and len(argv) == 2 and argv[1] in TARGETS:
        json.dump(pending(argv[1]), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if what == "fill" and len(argv) == 3 and argv[1] in TARGETS:
        done = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(argv[1], done)} translations put in floorapp_{argv[1]}.ts")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

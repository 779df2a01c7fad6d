"""Which rules run, and where: ``--select``/``--extend-select``/``--ignore``
on the command line and ``per-file-ignores`` in the configuration, with
ruff's meanings.

- ``--select a,b`` runs exactly those rules (replacing the configuration's
  ``rules`` table); ``--extend-select c`` adds rules to what is enabled;
  ``--ignore d`` turns rules off, whatever else says.  ``ALL`` stands for
  every rule.
- ``per-file-ignores = {"drafts/wire/*.md" = ["unsourced-claim"]}`` drops
  those rules' findings in files whose path matches the glob (relative to
  the configuration file's folder, or as given on the command line).
- ``exclude``/``extend-exclude`` globs name files that are never read (a
  claims file written into the checked folder, an archive subfolder); a
  glob matches the path relative to the configuration file's folder, the
  path as found, or the file name.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import replace
from typing import Dict, Iterable, Mapping, Optional, Sequence, Tuple

from factcheck.errors import SetupError
from factcheck.settings import Settings


def rule_ids() -> Tuple[str, ...]:
    from factcheck.rules import RULES

    return tuple(sorted(RULES))


def parse_ids(value: Optional[str], option: str) -> Tuple[str, ...]:
    """Comma-separated rule ids (``ALL`` = every rule); SetupError for an unknown id."""
    if not value:
        return ()
    known = rule_ids()
    out = []
    for part in value.split(","):
        rid = part.strip()
        if not rid:
            continue
        if rid == "ALL":
            out.extend(known)
        elif rid not in known:
            raise SetupError(f"{option}: unknown rule '{rid}' (allowed: ALL, {', '.join(known)})")
        else:
            out.append(rid)
    return tuple(dict.fromkeys(out))


def apply_options(settings: Settings, select: Sequence[str] = (), extend_select: Sequence[str] = (),
                  ignore: Sequence[str] = ()) -> Settings:
    """``settings`` with the command line's rule selection applied."""
    if not (select or extend_select or ignore):
        return settings
    rules: Dict[str, bool] = dict(settings.rules)
    if select:
        rules = {rid: rid in select for rid in rule_ids()}
    for rid in extend_select:
        rules[rid] = True
    for rid in ignore:
        rules[rid] = False
    return replace(settings, rules=rules)


def _matches(path: str, pattern: str, base: Optional[str]) -> bool:
    candidates = {path.replace("\\", "/")}
    if base:
        rel = os.path.relpath(os.path.abspath(path), base)
        if not rel.startswith(os.pardir):
            candidates.add(rel.replace(os.sep, "/"))
    candidates.add(os.path.basename(path))
    return any(fnmatch.fnmatchcase(c, pattern) for c in candidates)


def ignored_here(path: str, rule: str, per_file: Mapping[str, Iterable[str]], base: Optional[str]) -> bool:
    """True when ``per_file`` (glob -> rule ids) turns ``rule`` off for ``path``."""
    return any(rule in rules and _matches(path, pattern, base) for pattern, rules in per_file.items())


def apply_per_file(report, settings: Settings):
    """``report`` without the findings that ``settings.per_file_ignores`` turns off."""
    if not settings.per_file_ignores:
        return report
    kept = tuple(f for f in report.findings
                 if not ignored_here(f.path, f.rule, settings.per_file_ignores, settings.config_root))
    return replace(report, findings=kept)


def touching(report, named: Sequence[str]):
    """``report`` keeping the findings on the ``named`` files or pointing at
    them (``check --siblings``: the folder was read for context only)."""
    keys = {os.path.normcase(os.path.abspath(p)) for p in named}

    def hits(path: str) -> bool:
        return os.path.normcase(os.path.abspath(path)) in keys

    kept = tuple(f for f in report.findings if hits(f.path) or any(hits(r.path) for r in f.related))
    return replace(report, findings=kept)


def with_siblings(paths: Sequence[str]) -> Tuple[str, ...]:
    """``paths`` plus the other article files in each named file's folder
    (not its subfolders, not hidden files), in a stable order."""
    from factcheck.load import LOADERS

    out = list(dict.fromkeys(paths))
    seen = {os.path.normcase(os.path.abspath(p)) for p in out}
    for folder in dict.fromkeys(os.path.dirname(p) or "." for p in paths if os.path.isfile(p)):
        for name in sorted(os.listdir(folder)):
            full = os.path.join(folder, name) if folder != "." else name
            key = os.path.normcase(os.path.abspath(full))
            if name.startswith(".") or key in seen or not os.path.isfile(full):
                continue
            if os.path.splitext(name)[1].lower() in LOADERS:
                out.append(full)
                seen.add(key)
    return tuple(out)


def drop_excluded(files, skipped, settings: Settings):
    """``(files, skipped)`` without the files that ``exclude`` or
    ``extend-exclude`` name; those are listed as skipped (excluded)."""
    globs = tuple(settings.exclude) + tuple(settings.extend_exclude)
    if not globs:
        return files, skipped
    kept, dropped = [], list(skipped)
    for fs_path, display in files:
        if any(_matches(display, g, settings.config_root) for g in globs):
            dropped.append(f"{display} (excluded)")
        else:
            kept.append((fs_path, display))
    return kept, dropped

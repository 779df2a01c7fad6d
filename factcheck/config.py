"""Configuration files: ``[tool.factcheck]`` in ``pyproject.toml`` or a
``.factcheck.toml``, found by walking up from each checked path.

``load(paths, config_file=None, isolated=False)`` returns a ``Loaded``: the
merged Settings and, for every setting, where its value came from.  Unknown
keys and bad values raise SetupError naming the key, the file and the
allowed values.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

from factcheck.model.record import Record, record
from factcheck.errors import InputError, SetupError
from factcheck.model import SEVERITIES
from factcheck.settings import Settings

CONFIG_NAMES = (".factcheck.toml", "pyproject.toml")
"""File names looked for in each folder; the first one that configures
factcheck wins (a .factcheck.toml beats pyproject.toml in the same folder)."""

FAIL_ON = ("error", "warning", "info", "never")
STORIES = ("auto", "single", "separate")

# config key -> Settings field, in the order `factcheck config` prints them
KEYS: Tuple[Tuple[str, str], ...] = (
    ("rules", "rules"),
    ("severity", "severity"),
    ("fail-on", "fail_on"),
    ("anonymity-phrases", "anonymity_phrases"),
    ("speech-verbs", "speech_verbs"),
    ("named-sources", "named_sources"),
    ("stories", "stories"),
    ("story-threshold", "story_threshold"),
    ("skip-quoted", "skip_quoted"),
    ("per-file-ignores", "per_file_ignores"),
    ("exclude", "exclude"),
    ("extend-exclude", "extend_exclude"),
    ("max-file-mib", "max_file_mib"),
    ("title", "title"),
    ("sources", "sources"),
)


@record
class Loaded(Record):
    """Settings and where each came from: ``origins`` maps a config key to
    ``default``, a file path or ``command line``."""

    settings: Settings
    origins: Mapping[str, str]
    file: Optional[str] = None


def _rule_ids() -> Tuple[str, ...]:
    from factcheck.rules import RULES

    return tuple(sorted(RULES))


def find(path: str) -> Optional[str]:
    """The config file that governs ``path``: the nearest folder (starting
    with ``path`` itself, or its folder for a file) holding a
    ``.factcheck.toml`` or a ``pyproject.toml`` with ``[tool.factcheck]``."""
    here = os.path.abspath(path)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        for name in CONFIG_NAMES:
            cand = os.path.join(here, name)
            if os.path.isfile(cand):
                if name == "pyproject.toml" and _table(cand) is None:
                    continue
                return cand
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


MAX_CONFIG_BYTES = 1 << 20
"""A config file larger than this (1 MiB) is refused, not read."""


def _read(path: str) -> Dict[str, Any]:
    from factcheck.load.limits import read_bytes

    # imported here: a run with no config file (--isolated, a one-draft check) never parses TOML
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        raw = read_bytes(path, path, MAX_CONFIG_BYTES)
        return tomllib.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise SetupError(f"cannot read config file {path}: {exc.strerror or exc}") from exc
    except InputError as exc:
        raise SetupError(f"cannot read config file {path}: {exc.message}") from exc
    except UnicodeDecodeError as exc:
        raise SetupError(f"{path}: not valid TOML: not UTF-8 text (byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SetupError(f"{path}: not valid TOML: {exc}") from exc
    except RecursionError as exc:  # tomllib recurses once per level of nested arrays and tables
        raise SetupError(f"{path}: not valid TOML: nested too deeply") from exc


def _table(path: str) -> Optional[Dict[str, Any]]:
    """factcheck's table in ``path`` (None when a pyproject.toml has none)."""
    data = _read(path)
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool")
        if not isinstance(tool, dict) or "factcheck" not in tool:
            return None
        table = tool["factcheck"]
        if not isinstance(table, dict):
            raise SetupError(f"{path}: [tool.factcheck] must be a table")
        return table
    return data


def _bad(path: str, key: str, allowed: str) -> SetupError:
    return SetupError(f"{path}: bad value for '{key}': allowed values are {allowed}")


def _strings(path: str, key: str, value: Any) -> Tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(path, key, "a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _per_file_ignores(path: str, value: Any, rules: Sequence[str]) -> Dict[str, Tuple[str, ...]]:
    if not isinstance(value, dict):
        raise _bad(path, "per-file-ignores", 'a table of "glob" = [rule ids]')
    out: Dict[str, Tuple[str, ...]] = {}
    for pattern, ids in value.items():
        ids = _strings(path, f"per-file-ignores.{pattern}", ids)
        for rid in ids:
            if rid not in rules:
                raise SetupError(f"{path}: unknown rule '{rid}' in 'per-file-ignores' (allowed: {', '.join(rules)})")
        out[pattern] = ids
    return out


def parse(table: Mapping[str, Any], path: str) -> Dict[str, Any]:
    """Validate one config table; returns Settings field -> value.  Raises
    SetupError naming the key, the file and the allowed values."""
    known = dict(KEYS)
    rules = _rule_ids()
    out: Dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise SetupError(f"{path}: unknown key '{key}' (allowed keys: {', '.join(k for k, _ in KEYS)})")
        if key == "rules":
            if not isinstance(value, dict):
                raise _bad(path, key, "a table of rule id = true/false")
            for rid, on in value.items():
                if rid not in rules:
                    raise SetupError(f"{path}: unknown rule '{rid}' in 'rules' (allowed: {', '.join(rules)})")
                if not isinstance(on, bool):
                    raise _bad(path, f"rules.{rid}", "true, false")
            out["rules"] = dict(value)
        elif key == "severity":
            if not isinstance(value, dict):
                raise _bad(path, key, "a table of rule id = severity")
            for rid, sev in value.items():
                if rid not in rules:
                    raise SetupError(f"{path}: unknown rule '{rid}' in 'severity' (allowed: {', '.join(rules)})")
                if sev not in SEVERITIES:
                    raise _bad(path, f"severity.{rid}", ", ".join(SEVERITIES))
            out["severity"] = dict(value)
        elif key == "fail-on":
            if value not in FAIL_ON:
                raise _bad(path, key, ", ".join(FAIL_ON))
            out["fail_on"] = value
        elif key == "stories":
            if value not in STORIES:
                raise _bad(path, key, ", ".join(STORIES))
            out["stories"] = value
        elif key == "story-threshold":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
                raise _bad(path, key, "a number above 0 and at most 1")
            out["story_threshold"] = float(value)
        elif key == "per-file-ignores":
            out["per_file_ignores"] = _per_file_ignores(path, value, rules)
        elif key == "max-file-mib":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 4096:
                raise _bad(path, key, "a number of MiB above 0 and at most 4096")
            out["max_file_mib"] = value
        elif key == "title":
            if not isinstance(value, str) or not value.strip():
                raise _bad(path, key, "a non-empty string")
            out["title"] = " ".join(value.split())
        elif key == "skip-quoted":
            if not isinstance(value, bool):
                raise _bad(path, key, "true, false")
            out["skip_quoted"] = value
        else:
            out[known[key]] = _strings(path, key, value)
    return out


def load(paths: Sequence[str], config_file: Optional[str] = None, isolated: bool = False,
         base: Optional[Settings] = None) -> Loaded:
    """The settings for a run over ``paths``.

    ``config_file`` (``--config``) is used instead of searching; ``isolated``
    ignores every config file.  Without either, the file governing each path
    is found by walking up from it; paths governed by different files are a
    SetupError (run them separately).
    """
    settings = base or Settings()
    origins = {key: "default" for key, _ in KEYS}
    if isolated:
        return Loaded(settings, origins, None)
    if config_file:
        if not os.path.isfile(config_file):
            raise SetupError(f"config file not found: {config_file}")
        table = _table(config_file)
        if table is None:
            raise SetupError(f"{config_file}: no [tool.factcheck] table")
        path = config_file
    else:
        found = {f for f in (find(p) for p in (paths or ["."])) if f}
        if not found:
            return Loaded(settings, origins, None)
        if len(found) > 1:
            raise SetupError("the paths are governed by different config files ("
                             + ", ".join(sorted(found)) + "): check them separately or pass --config")
        path = found.pop()
        table = _table(path) or {}
    values = parse(table, path)
    if {"per_file_ignores", "exclude", "extend_exclude"} & set(values):
        values["config_root"] = os.path.dirname(os.path.abspath(path))
    if "sources" in values:  # relative to the config file, as its globs are
        root = os.path.dirname(os.path.abspath(path))
        values["sources"] = tuple(os.path.join(root, p) for p in values["sources"])
    field_to_key = {f: k for k, f in KEYS}
    for f in values:
        if f in field_to_key:
            origins[field_to_key[f]] = path
    return Loaded(replace(settings, **values), origins, path)


def describe(loaded: Loaded) -> str:
    """The merged settings as TOML-like lines, each with its origin."""
    lines = [f"# config file: {loaded.file or '(none)'}"]
    for key, f in KEYS:
        value = getattr(loaded.settings, f)
        lines.append(f"{key} = {_toml(value)}  # from {loaded.origins.get(key, 'default')}")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    import json

    if value is None:
        return '"" (unset)'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(json.dumps(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)

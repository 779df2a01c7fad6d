"""A small JSON Schema validator: the subset the claims schema uses.

factcheck validates claims files against ``factcheck/schemas/*.json`` itself
so that ``jsonschema`` stays a test-only dependency (the tests check the
same files with it too).  Supported keywords: ``type`` (a name or a list),
``properties``, ``required``, ``additionalProperties`` (bool or schema),
``patternProperties``, ``items``, ``minItems``, ``maxItems``, ``enum``,
``const``, ``minimum``, ``minLength``, ``pattern``, ``anyOf`` and local ``$ref``
(``#/$defs/name``).  Anything else in a schema is ignored.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Tuple

Problem = Tuple[str, str]
"""``(json_path, message)``, the path like ``articles[0].claims[2].verdict``."""

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_PATTERNS: Dict[str, "re.Pattern[str]"] = {}


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _join(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _pattern(p: str) -> "re.Pattern[str]":
    got = _PATTERNS.get(p)
    if got is None:
        got = _PATTERNS[p] = re.compile(p)
    return got


def validate(value: Any, schema: Dict[str, Any], root: Dict[str, Any] = None, path: str = "",
             limit: int = 20) -> List[Problem]:
    """Return the problems of ``value`` against ``schema`` (empty when it
    conforms), at most ``limit`` of them, in document order."""
    out: List[Problem] = []
    _check(value, schema, root or schema, path, out, limit)
    return out


def _check(value: Any, schema: Dict[str, Any], root: Dict[str, Any], path: str,
           out: List[Problem], limit: int) -> None:
    if len(out) >= limit:
        return
    ref = schema.get("$ref")
    if ref is not None:
        target: Any = root
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        _check(value, target, root, path, out, limit)
        return
    where = path or "(top level)"
    if "anyOf" in schema:
        tried = []
        for option in schema["anyOf"]:
            problems = validate(value, option, root, path, limit)
            if not problems:
                break
            tried.append(problems)
        else:
            # Report the option that got furthest into the value.
            out.extend(max(tried, key=lambda ps: len(ps[0][0]))[: max(0, limit - len(out))])
            return
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_TYPES[n](value) for n in names):
            want = " or ".join("null" if n == "null" else f"{'an' if n[0] in 'aeiou' else 'a'} {n}" for n in names)
            out.append((where, f"must be {want}, not {_describe(value)}"))
            return
    if "const" in schema and value != schema["const"]:
        out.append((where, f"must be {schema['const']!r}, not {value!r}"))
        return
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join("null" if e is None else str(e) for e in schema["enum"])
        out.append((where, f"{value!r} is not one of {allowed}"))
        return
    if isinstance(value, str) and "pattern" in schema and not _pattern(schema["pattern"]).search(value):
        out.append((where, f"{value!r} does not have the expected form ({schema['pattern']})"))
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        out.append((where, "must not be empty" if not value else f"needs at least {schema['minLength']} characters"))
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "minimum" in schema:
        if value < schema["minimum"]:
            out.append((where, f"must be at least {schema['minimum']}, not {value}"))
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            out.append((where, f"needs at least {schema['minItems']} items, has {len(value)}"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append((where, f"allows at most {schema['maxItems']} items, has {len(value)}"))
        items = schema.get("items")
        if isinstance(items, dict):
            for i, item in enumerate(value):
                _check(item, items, root, _join(path, i), out, limit)
    if isinstance(value, dict):
        _check_object(value, schema, root, path, out, limit)


def _check_object(value: Dict[str, Any], schema: Dict[str, Any], root: Dict[str, Any], path: str,
                  out: List[Problem], limit: int) -> None:
    props = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            out.append((_join(path, name), "is required but missing"))
    patterns = schema.get("patternProperties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        key_s = str(key)
        if key_s in props:
            _check(item, props[key_s], root, _join(path, key_s), out, limit)
            continue
        matched = False
        for pat, sub in patterns.items():
            if _pattern(pat).search(key_s):
                matched = True
                _check(item, sub, root, _join(path, key_s), out, limit)
        if matched:
            continue
        if extra is False:
            known = ", ".join(sorted(props))
            out.append((_join(path, key_s), f"unknown field (known fields here: {known})"))
        elif isinstance(extra, dict):
            _check(item, extra, root, _join(path, key_s), out, limit)

"""Baselines: accept today's findings, report only new ones.

A finding's fingerprint is the rule, the file, the sentence text with
whitespace, case and punctuation normalised, the same for each place a
cross-reference finding points to (the other article's figure or quote),
and the occurrence number of that combination: it survives lines moving and
edits elsewhere in the article, two identical findings stay two, and a
conflict whose other figure changes is a new finding.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import replace
from typing import List, Sequence

from factcheck.errors import SetupError
from factcheck.model import Finding, Report

VERSION = 1
MAX_BYTES = 256 << 20
"""A baseline larger than this (256 MiB) is refused, not read."""
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower-case words of ``text`` joined by single spaces."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _place(path: str, text: str) -> str:
    return os.path.normpath(path).replace("\\", "/") + "\x1f" + normalise(text)


def fingerprints(findings: Sequence[Finding]) -> List[str]:
    """One fingerprint per finding, in order (hex SHA-256, 32 characters)."""
    seen: Counter = Counter()
    out = []
    for f in findings:
        # Findings without related places keep the fingerprint of baseline files
        # written before related places were counted.
        base = "\x1f".join((f.rule, _place(f.path, f.text or f.message)))
        if f.related:
            base += "\x1e" + "\x1e".join(sorted(_place(r.path, r.text) for r in f.related))
        seen[base] += 1
        out.append(hashlib.sha256(f"{base}\x1f{seen[base]}".encode("utf-8")).hexdigest()[:32])
    return out


def dump(report: Report) -> bytes:
    """The baseline file for ``report``'s findings (JSON, sorted, stable)."""
    entries = [
        {"fingerprint": fp, "rule": f.rule, "file": f.path, "line": f.line, "message": f.message}
        for f, fp in zip(report.findings, fingerprints(report.findings))
    ]
    return (json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def read(path: str) -> Counter:
    """The fingerprints recorded in a baseline file (as a multiset).  Raises
    SetupError for a missing or malformed file."""
    from factcheck.errors import InputError
    from factcheck.load.limits import TooDeep, json_depth, read_bytes

    try:
        text = read_bytes(path, path, MAX_BYTES).decode("utf-8")
        json_depth(text)
        data = json.loads(text)
    except OSError as exc:
        raise SetupError(f"cannot read baseline {path}: {exc.strerror or exc}") from exc
    except InputError as exc:
        raise SetupError(f"cannot read baseline {path}: {exc.message}") from exc
    except UnicodeDecodeError as exc:
        raise SetupError(f"baseline {path} is not UTF-8 text (byte {exc.start})") from exc
    except TooDeep as exc:
        raise SetupError(f"baseline {path} is not a factcheck baseline: {exc}") from exc
    except ValueError as exc:
        raise SetupError(f"baseline {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise SetupError(f"baseline {path} is not a factcheck baseline (version {VERSION})")
    out: Counter = Counter()
    for e in data["findings"]:
        if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str):
            raise SetupError(f"baseline {path}: every finding needs a 'fingerprint'")
        out[e["fingerprint"]] += 1
    return out


def apply(report: Report, known: Counter) -> Report:
    """``report`` without the findings in the baseline; ``baseline_skipped``
    says how many were left out."""
    left = Counter(known)
    kept: List[Finding] = []
    skipped = 0
    for f, fp in zip(report.findings, fingerprints(report.findings)):
        if left[fp] > 0:
            left[fp] -= 1
            skipped += 1
        else:
            kept.append(f)
    return replace(report, findings=tuple(kept), baseline_skipped=report.baseline_skipped + skipped)

"""schema.org ClaimReview JSON-LD for the claims an editor gave a verdict.

Required for every exported claim (missing ones are a SetupError naming the
claim and the field): the claim text (``claimReviewed``), the rating
(``reviewRating.alternateName``), the verdict's ``url`` (where the fact
check is published), its ``reviewer`` (``author``) and ``date``
(``datePublished``, YYYY-MM-DD).  ``itemReviewed`` names who made the claim
(the attributed source, else the article's author or outlet) and where it
appeared (the article's URL, else its title) when the article says.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional, Sequence

from factcheck.errors import SetupError
from factcheck.model import Analysis, Claim

RATINGS = {
    # rating -> (ratingValue on a 1..5 scale, alternateName shown to readers)
    "false": (1, "False"),
    "misleading": (2, "Misleading"),
    "unverifiable": (3, "Unverifiable"),
    "verified": (5, "True"),
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _claim_author(a: Analysis, c: Claim) -> Optional[Dict[str, Any]]:
    if c.attribution is not None and 0 <= c.attribution < len(a.attributions):
        at = a.attributions[c.attribution]
        if at.source_class in ("person", "organisation") and at.source:
            return {"@type": "Person" if at.source_class == "person" else "Organization", "name": at.source}
    if a.article.author:
        return {"@type": "Person", "name": a.article.author}
    if a.article.outlet:
        return {"@type": "Organization", "name": a.article.outlet}
    return None


def review(a: Analysis, c: Claim) -> Dict[str, Any]:
    """One ClaimReview for claim ``c`` of ``a`` (which must have a verdict).
    Raises SetupError when a required field is missing."""
    v = c.verdict
    text = " ".join(a.sentence_text(c.sentence).split()) if c.sentence < len(a.sentences) else ""
    where = f"{a.article.path}: claim in sentence {c.sentence + 1}"
    missing = [name for name, value in (("claim text", text), ("verdict url", v.url),
                                        ("verdict reviewer", v.reviewer), ("verdict date", v.date)) if not value]
    if missing:
        raise SetupError(f"{where}: ClaimReview needs {', '.join(missing)}")
    if v.rating not in RATINGS:
        raise SetupError(f"{where}: unknown verdict '{v.rating}' (allowed: {', '.join(sorted(RATINGS))})")
    if not _DATE.match(v.date):
        raise SetupError(f"{where}: verdict date '{v.date}' is not YYYY-MM-DD")
    value, name = RATINGS[v.rating]
    item: Dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(a, c)
    if author:
        item["author"] = author
    appearance: Dict[str, Any] = {"@type": "CreativeWork"}
    if a.article.url:
        appearance["url"] = a.article.url
    if a.article.title:
        appearance["headline"] = a.article.title
    if a.article.date:
        item["datePublished"] = a.article.date
    if len(appearance) > 1:
        item["appearance"] = appearance
    rating: Dict[str, Any] = {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                              "alternateName": name}
    out = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": v.url,
        "claimReviewed": text,
        "itemReviewed": item,
        "author": {"@type": "Organization" if a.article.outlet == v.reviewer else "Person", "name": v.reviewer},
        "datePublished": v.date[:10],
        "reviewRating": rating,
    }
    if v.note:
        out["reviewBody"] = v.note
    return out


def reviews(analyses: Sequence[Analysis]) -> List[Dict[str, Any]]:
    """ClaimReviews for every claim with a verdict, in input order."""
    return [review(a, c) for a in analyses for c in a.claims if c.verdict is not None]


def export(path: str) -> bytes:
    """Read the claims file at ``path`` and return its ClaimReview JSON-LD
    (a JSON array).  Raises SetupError for an unreadable file or when no
    claim carries a verdict."""
    import os

    from factcheck.errors import InputError
    from factcheck.load import load_file

    if not os.path.isfile(path):
        raise SetupError(f"claims file not found: {path}")
    try:
        loaded = load_file(path, path)
    except InputError as exc:
        raise SetupError(str(exc)) from exc
    analyses = [x for x in loaded if isinstance(x, Analysis)]
    if not analyses:
        raise SetupError(f"{path} is not a claims file (write one with `factcheck extract -o claims.yaml`)")
    out = reviews(analyses)
    if not out:
        raise SetupError(f"{path}: no claim carries a verdict")
    return (json.dumps(out, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

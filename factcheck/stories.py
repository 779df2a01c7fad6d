"""Story grouping: which articles are about the same story.

Figures and quotes are only compared within a story.
"""

from __future__ import annotations

from typing import Sequence, Tuple

from factcheck.model import Analysis, Story
from factcheck.settings import Settings


def group(analyses: Sequence[Analysis], settings: Settings) -> Tuple[Story, ...]:
    """Group articles into stories.  An explicit ``story`` key wins."""
    by_key: dict = {}
    for a in analyses:
        key = a.article.story or ("*" if settings.stories != "separate" else a.article.path)
        by_key.setdefault(key, []).append(a)
    out = []
    for key, members in sorted(by_key.items()):
        label = next((m.article.title for m in members if m.article.title), key)
        out.append(Story(key=key, label=label or key, paths=tuple(m.article.path for m in members)))
    return tuple(out)

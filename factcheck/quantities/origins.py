"""Where the people counted come from, for the quantity model (``describe``).

"refused 37 children from the village a place" and "turned away 73 local
children" count one group: a count whose noun is followed by "from the
village" (the town, the area, the estate ...) is of local people, as
"local" says before the noun, so the scope word "local" of the other
report narrows nothing.  Only a definite place of the story's own kind
is read ("from the village"); "300 workers from Poland" stays unmarked.
"""

from __future__ import annotations

import re
from typing import FrozenSet

from factcheck.extract.lazy import Lazy

_FROM_HERE = Lazy(r"\s+(?:who\s+live\s+in|living\s+in|from)\s+the\s+(?:local\s+)?"
                  r"(?:village|town|area|estate|neighbourhood|neighborhood|city|district|parish|island|valley)\b",
                  re.I)


def local_mark(kind: str, sentence: str, end: int, marks: FrozenSet[str]) -> FrozenSet[str]:
    """``marks`` with "+local" when the count ending at ``end`` is followed
    by where its people come from in the story's place ("from the
    village"); an amount "from the parish" is where money came from."""
    if kind != "count" or "+local" in marks or not _FROM_HERE.match(sentence, end):
        return marks
    return marks | {"+local"}

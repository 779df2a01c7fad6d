"""What a story rule finds in a story must not depend on the stories
checked before it in the same process: the cold run shares stories among
worker processes in an order the scheduler picks, and the report must be
the same bytes whatever it picked.  Each order runs in a fresh process, so
that no cache is warm; the stories are those factcheck groups in BBC News
(../shared, skipped when absent), where a remembered word inflection once
made one story's comparisons depend on the order."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "benchmarks", "bbc-news", "bbc")

_SCRIPT = r"""
import json, sys
from factcheck import parallel, stories
from factcheck.load import discover
from factcheck.settings import Settings
from factcheck.story_rules import story_findings

corpus, order = sys.argv[1], sys.argv[2]
settings = Settings()
files, _ = discover([corpus])
analyses, sigs, _errors = parallel.load_and_extract(files, settings, 2)
by_path = {a.article.path: a for a in analyses}
groups = [[by_path[p] for p in s.paths if p in by_path] for s in stories.group(analyses, settings, sigs)]
indices = list(range(len(groups)))
if order == "reversed":
    indices.reverse()
out = {}
for i in indices:
    found = story_findings(groups[i], settings)
    out[str(i)] = {rule: [count, sorted(f.message for f in findings)] for rule, (findings, count, _) in found.items()}
print(json.dumps(out, sort_keys=True))
"""


def _run(order):
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", _SCRIPT, CORPUS, order], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    return json.loads(done.stdout)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="../shared/benchmarks/bbc-news is not here")
def test_story_findings_do_not_depend_on_the_order_stories_are_checked_in():
    forward, backward = _run("forward"), _run("reversed")
    assert forward.keys() == backward.keys()
    differ = [k for k in forward if forward[k] != backward[k]]
    assert not differ, [(k, forward[k], backward[k]) for k in differ[:3]]

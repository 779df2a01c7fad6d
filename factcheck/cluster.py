"""Extraction on a Dask cluster, for archives beyond one machine.

The per-article work (read, extract) is independent; the story work (group,
compare, the rules) needs only the extractions.  So the unit of distribution
is what ``factcheck extract`` writes: the cluster extracts, the claims file
gathers the results, and ``factcheck check claims.json`` runs the rules on
one machine.  The result is identical to a local run (tests compare bytes).

    factcheck extract archive/ --dask tcp://scheduler:8786 -o claims.json
    factcheck extract archive/ --dask local:4 -o claims.json   # a LocalCluster
    factcheck check claims.json --format json

Dask is an optional extra (``pip install 'newsroom-factcheck[dask]'``), and
every worker needs factcheck installed at the same version.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from factcheck.errors import SetupError
from factcheck.model import Analysis, Finding
from factcheck.settings import Settings

PARTITION_SIZE = 64  # articles per task: large enough to amortise scheduling


def _extract_partition(items: Sequence[Tuple[int, Tuple[str, str]]], settings: Settings) -> List[tuple]:
    """Worker side: load and extract each file; (index, analyses, error)."""
    from factcheck.check import extract_all
    from factcheck.errors import InputError
    from factcheck.load import load_file
    from factcheck.rules import input_error

    out = []
    for index, (fs_path, display) in items:
        try:
            loaded = load_file(fs_path, display, settings.max_file_bytes)
        except InputError as exc:
            out.append((index, [], input_error.finding_for(exc)))
            continue
        out.append((index, extract_all(loaded, settings, 1), None))
    return out


def _client(address: str):
    """A distributed Client for ``address``: a scheduler address, or
    ``local``/``local:N`` for a LocalCluster of N single-threaded workers."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise SetupError("--dask needs Dask: pip install 'newsroom-factcheck[dask]'") from exc
    if address == "local" or address.startswith("local:"):
        workers = int(address.partition(":")[2] or 2)
        if workers < 1:
            raise SetupError("--dask local:N needs N >= 1")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except OSError as exc:
        raise SetupError(f"--dask: cannot reach the scheduler at {address}: {exc}") from exc


def extract_on_dask(paths: Sequence[str], settings: Settings, address: str
                    ) -> Tuple[List[Analysis], List[Finding], List[str]]:
    """Extract the articles at ``paths`` on a Dask cluster.  Returns
    ``(analyses, input_errors, skipped)`` in the order a local run gives."""
    import dask.bag as db

    from factcheck.load import discover
    from factcheck.selection import drop_excluded

    files, skipped = drop_excluded(*discover(paths), settings)
    client, cluster = _client(address)
    try:
        bag = db.from_sequence(list(enumerate(files)), partition_size=PARTITION_SIZE)
        results = bag.map_partitions(_extract_partition, settings).compute(scheduler=client.get)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    analyses: List[Analysis] = []
    errors: List[Finding] = []
    for _, found, error in sorted(results, key=lambda r: r[0]):
        analyses.extend(found)
        if error is not None:
            errors.append(error)
    return analyses, errors, skipped

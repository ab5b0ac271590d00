"""Where graphkit finds its ontology and language resources.

In a source checkout they are ``ontology/`` beside the package and
``graphkit/data/``; in an installed wheel ``ontology/`` is shipped inside the
package. ``GRAPHKIT_ONTOLOGY`` points to another ontology folder.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


@lru_cache(maxsize=None)
def ontology_dir() -> Path:
    """The folder holding ppp.ttl, kinds.ttl, shapes.ttl, registry.ttl and queries/."""
    override = os.environ.get("GRAPHKIT_ONTOLOGY")
    candidates = [Path(override)] if override else [PACKAGE_DIR / "ontology", PACKAGE_DIR.parent / "ontology"]
    for path in candidates:
        if (path / "ppp.ttl").is_file():
            return path
    raise OntologyError(
        f"no ontology folder found (looked in {', '.join(str(p) for p in candidates)})",
        hint="reinstall graphkit, or set GRAPHKIT_ONTOLOGY to a folder holding ppp.ttl",
    )


def ontology_file(name: str) -> Path:
    """A file of the ontology folder, which must exist."""
    path = ontology_dir() / name
    if not path.is_file():
        raise OntologyError(f"ontology file {path} is missing", hint="reinstall graphkit or restore the file")
    return path

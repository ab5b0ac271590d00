"""The project's vocabularies as rdflib ``DefinedNamespace`` classes.

Every term here is declared in ``ontology/ppp.ttl`` (``PPP``) or
``ontology/kinds.ttl`` (``KIND``); ``_fail = True`` turns a typo into an
``AttributeError`` instead of a silent new IRI. ``tests/test_ontology.py`` checks
that this module and the ontology agree term for term. The terms are listed
in :mod:`graphkit.iris`, which gives them as plain strings to the code that
writes a build without rdflib.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from . import iris
from .iris import KINDS, RELATIONS, SCORED_CLASSES

__all__ = ["BASE", "ENTITY", "DOC", "EVIDENCE", "FIGURE", "CURATION", "PPP", "KIND", "NIF", "ITSRDF", "ORG", "SCHEMA",
           "SCORED_CLASSES", "RELATIONS", "KINDS", "PREFIXES"]

BASE = iris.BASE
ENTITY = Namespace(iris.ENTITY)
DOC = Namespace(iris.DOC)
EVIDENCE = Namespace(iris.EVIDENCE)
FIGURE = Namespace(iris.FIGURE)
CURATION = Namespace(iris.CURATION)


def _defined(name: str, vocabulary: iris.Vocabulary) -> type[DefinedNamespace]:
    """The ``DefinedNamespace`` class of one of :mod:`graphkit.iris`'s vocabularies: each name a ``URIRef``."""
    return type(DefinedNamespace)(name, (DefinedNamespace,), {
        "__module__": __name__, "__doc__": f"``{vocabulary.ns}``, as listed in :mod:`graphkit.iris`.",
        "__annotations__": dict.fromkeys(vocabulary.names, URIRef), "_NS": Namespace(vocabulary.ns), "_fail": True})


#: The graphkit ontology, ``ppp:``.
PPP = _defined("PPP", iris.PPP)
#: Kinds of figures, ``kind:``, each a ``skos:Concept``.
KIND = _defined("KIND", iris.KIND)
#: The parts of NIF 2.0 Core that graphkit writes.
NIF = _defined("NIF", iris.NIF)
#: The parts of ITS 2.0 RDF that graphkit writes.
ITSRDF = _defined("ITSRDF", iris.ITSRDF)

ORG = Namespace(iris.ORG)
SCHEMA = Namespace(iris.SCHEMA)

#: Prefixes bound in every graph graphkit writes and predeclared in queries.
PREFIXES = iris.PREFIXES

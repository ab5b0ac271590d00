"""The IRIs graphkit writes, as plain strings: its vocabularies without rdflib.

This is where the terms of graphkit's vocabularies are listed: ``ppp:``
(``ontology/ppp.ttl``), ``kind:`` (``ontology/kinds.ttl``) and the parts of
NIF 2.0 and ITS 2.0 graphkit writes. :mod:`graphkit.vocab` makes rdflib's
``DefinedNamespace`` classes of them for the Python API; the stages and the
writer of ``graphkit build`` use them as strings, so that a build never
imports rdflib (a tenth of a second of CPU, a tenth of a cold start). As in
``vocab``, a name the vocabulary does not declare is an error, never a
silent new IRI:

>>> PPP["Organization"], PPP.memberOf
('https://w3id.org/graphkit/ppp#Organization', 'https://w3id.org/graphkit/ppp#memberOf')
>>> PPP["Organisation"]
Traceback (most recent call last):
...
AttributeError: term 'Organisation' not in namespace 'https://w3id.org/graphkit/ppp#'
"""

from __future__ import annotations

from collections.abc import Iterable


class Vocabulary:
    """A namespace and the local names it declares; its terms are ``str`` IRIs."""

    __slots__ = ("ns", "names")

    def __init__(self, ns: str, names: Iterable[str]) -> None:
        self.ns = ns
        self.names = tuple(names)

    def __getitem__(self, name: str) -> str:
        if name not in self.names:
            raise AttributeError(f"term '{name}' not in namespace '{self.ns}'")
        return self.ns + name

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def __str__(self) -> str:
        return self.ns

    def __repr__(self) -> str:
        return f"Vocabulary({self.ns!r}, {len(self.names)} names)"


BASE = "https://w3id.org/graphkit/"
ENTITY = BASE + "entity/"
DOC = BASE + "doc/"
EVIDENCE = BASE + "evidence/"
FIGURE = BASE + "figure/"
#: Curation: decisions (``curation/decision/…``), records of the statements they removed or added
#: (``curation/removed/…``, ``curation/added/…``), and a knowledge base's graph of decisions (``curation/``).
CURATION = BASE + "curation/"

#: The graphkit ontology, ``ppp:``.
PPP = Vocabulary(BASE + "ppp#", (
    # scored classes and their subclasses
    "Organization", "LawEnforcementAgency", "GovernmentAgency", "IntergovernmentalOrganization", "Company",
    "NonProfit", "Initiative", "OrganizationalUnit", "Media", "Person", "Operation", "Location", "Country", "Region",
    "City", "AdministrativeArea",
    "sector",  # annotation on classes of organizations: "public" or "private"
    "country",  # registry data: the ISO 3166-1 code of a national body's country
    "seat",  # registry data: the English name of the city an organization has its seat in
    # provenance classes
    "Document", "Evidence", "Figure",
    # relations between entities
    "memberOf", "partnersWith", "worksFor", "partOf", "coordinatedBy", "participatedIn", "targets", "locatedIn",
    "launchedBy", "investigates", "supports", "trains",
    # evidence, mentions and figures
    "confidence", "role", "method", "kind", "value", "unit", "about",
    # documents
    "sourcePath", "contentHash",
    # operations
    "startDate", "endDate",
    # curation: an analyst's decisions, replayed on every build (graphkit.curate)
    "Decision", "RejectEntity", "RejectRelation", "Merge", "Rename", "AddRelation", "RemovedStatement",
    "AddedStatement", "target", "statementSubject", "statementPredicate", "statementObject", "mergedInto", "newLabel",
    "reason", "appliedTo", "notApplied", "curatedBy",
))

#: Kinds of figures, ``kind:``, each a ``skos:Concept``.
KIND = Vocabulary(BASE + "kind/", (
    "Scheme", "arrests", "victims", "amount_recovered", "amount_disrupted", "amount_seized", "amount_laundered",
    "amount_lost", "accounts_frozen", "infrastructure_taken_down", "countries", "member_organizations",
    "intelligence_packages", "actionable_points", "users", "training_sessions", "participants", "operations",
    "percentage", "founded",
))

#: The parts of NIF 2.0 Core that graphkit writes.
NIF = Vocabulary("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", (
    "Context", "Phrase", "RFC5147String", "referenceContext", "beginIndex", "endIndex", "anchorOf", "isString",
))

#: The parts of ITS 2.0 RDF that graphkit writes.
ITSRDF = Vocabulary("http://www.w3.org/2005/11/its/rdf#", ("taIdentRef", "taClassRef", "taConfidence"))

ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"

# the W3C vocabularies' terms the writer uses (what rdflib's RDF, RDFS, SKOS, DCTERMS, PROV, XSD give)
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"

#: The four classes the contract scores, by their local name.
SCORED_CLASSES = ("Organization", "Person", "Operation", "Location")

#: Relation predicates of the contract (local names in ``ppp:``).
RELATIONS = (
    "memberOf", "partnersWith", "worksFor", "partOf", "coordinatedBy", "participatedIn",
    "targets", "locatedIn", "launchedBy", "investigates", "supports", "trains",
)

#: Figure kinds of the contract (local names in ``kind:``).
KINDS = (
    "arrests", "victims", "amount_recovered", "amount_disrupted", "amount_seized",
    "amount_laundered", "amount_lost", "accounts_frozen", "infrastructure_taken_down",
    "countries", "member_organizations", "intelligence_packages", "actionable_points",
    "users", "training_sessions", "participants", "operations", "percentage", "founded",
)

#: Prefixes bound in every graph graphkit writes and predeclared in queries.
PREFIXES = {
    "ppp": PPP.ns,
    "kind": KIND.ns,
    "nif": NIF.ns,
    "itsrdf": ITSRDF.ns,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "org": ORG,
    "schema": SCHEMA,
    "gke": ENTITY,
}

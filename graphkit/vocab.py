"""The project's vocabularies as rdflib ``DefinedNamespace`` classes.

Every term here is declared in ``ontology/ppp.ttl`` (``PPP``) or
``ontology/kinds.ttl`` (``KIND``); ``_fail = True`` turns a typo into an
``AttributeError`` instead of a silent new IRI. ``tests/test_ontology.py`` checks
that this module and the ontology agree term for term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/graphkit/"
ENTITY = Namespace(BASE + "entity/")
DOC = Namespace(BASE + "doc/")
EVIDENCE = Namespace(BASE + "evidence/")
FIGURE = Namespace(BASE + "figure/")
#: Curation: decisions (``curation/decision/…``), records of the statements they removed or added
#: (``curation/removed/…``, ``curation/added/…``), and a knowledge base's graph of decisions (``curation/``).
CURATION = Namespace(BASE + "curation/")


class PPP(DefinedNamespace):
    """The graphkit ontology, ``ppp:``."""

    _NS = Namespace(BASE + "ppp#")
    _fail = True

    # scored classes and their subclasses
    Organization: URIRef
    LawEnforcementAgency: URIRef
    GovernmentAgency: URIRef
    IntergovernmentalOrganization: URIRef
    Company: URIRef
    NonProfit: URIRef
    Initiative: URIRef
    OrganizationalUnit: URIRef
    Media: URIRef
    Person: URIRef
    Operation: URIRef
    Location: URIRef
    Country: URIRef
    Region: URIRef
    City: URIRef
    AdministrativeArea: URIRef
    sector: URIRef  # annotation on classes of organizations: "public" or "private"
    country: URIRef  # registry data: the ISO 3166-1 code of a national body's country
    seat: URIRef  # registry data: the English name of the city an organization has its seat in
    # provenance classes
    Document: URIRef
    Evidence: URIRef
    Figure: URIRef
    # relations between entities
    memberOf: URIRef
    partnersWith: URIRef
    worksFor: URIRef
    partOf: URIRef
    coordinatedBy: URIRef
    participatedIn: URIRef
    targets: URIRef
    locatedIn: URIRef
    launchedBy: URIRef
    investigates: URIRef
    supports: URIRef
    trains: URIRef
    # evidence, mentions and figures
    confidence: URIRef
    role: URIRef
    method: URIRef
    kind: URIRef
    value: URIRef
    unit: URIRef
    about: URIRef
    # documents
    sourcePath: URIRef
    contentHash: URIRef
    # operations
    startDate: URIRef
    endDate: URIRef
    # curation: an analyst's decisions, replayed on every build (graphkit.curate)
    Decision: URIRef
    RejectEntity: URIRef
    RejectRelation: URIRef
    Merge: URIRef
    Rename: URIRef
    AddRelation: URIRef
    RemovedStatement: URIRef
    AddedStatement: URIRef
    target: URIRef
    statementSubject: URIRef
    statementPredicate: URIRef
    statementObject: URIRef
    mergedInto: URIRef
    newLabel: URIRef
    reason: URIRef
    appliedTo: URIRef
    notApplied: URIRef
    curatedBy: URIRef


class KIND(DefinedNamespace):
    """Kinds of figures, ``kind:``, each a ``skos:Concept``."""

    _NS = Namespace(BASE + "kind/")
    _fail = True

    Scheme: URIRef
    arrests: URIRef
    victims: URIRef
    amount_recovered: URIRef
    amount_disrupted: URIRef
    amount_seized: URIRef
    amount_laundered: URIRef
    amount_lost: URIRef
    accounts_frozen: URIRef
    infrastructure_taken_down: URIRef
    countries: URIRef
    member_organizations: URIRef
    intelligence_packages: URIRef
    actionable_points: URIRef
    users: URIRef
    training_sessions: URIRef
    participants: URIRef
    operations: URIRef
    percentage: URIRef
    founded: URIRef


class NIF(DefinedNamespace):
    """The parts of NIF 2.0 Core that graphkit writes."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    Phrase: URIRef
    RFC5147String: URIRef
    referenceContext: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    isString: URIRef


class ITSRDF(DefinedNamespace):
    """The parts of ITS 2.0 RDF that graphkit writes."""

    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True

    taIdentRef: URIRef
    taClassRef: URIRef
    taConfidence: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

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
    "ppp": str(PPP._NS),
    "kind": str(KIND._NS),
    "nif": str(NIF._NS),
    "itsrdf": str(ITSRDF._NS),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "org": str(ORG),
    "schema": str(SCHEMA),
    "gke": str(ENTITY),
}

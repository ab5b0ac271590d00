"""A graph whose every article-borne string is hostile, for the viewer's tests.

:func:`hostile_graph` returns a graph in the shape of ``output-contract.md``
(entities of the four scored classes, documents, relations with evidence,
figures, dates) whose labels, altLabels, sentences, roles, confidences,
document identifiers and languages, figure values and units, some IRIs and a
class name are markup, script, attribute breakers, ``javascript:`` URLs,
template syntax, object-key traps and line separators. A page made from it
must show them as text and run none of them: tests/test_view.py checks the
HTML statically, tests/test_browser.py in headless Chromium.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from graphkit.vocab import DOC, ENTITY, EVIDENCE, FIGURE, KIND, NIF, PPP

#: Strings that break out of HTML text, attributes, <script>, JSON, JS strings or templates if not escaped.
PAYLOADS = (
    "</script><script>alert('script')</script>",
    "<img src=x onerror=alert('img')>",
    "javascript:alert('js')",
    '" onmouseover="alert(\'dq\')" x="',
    "' onfocus='alert(\"sq\")' autofocus='",
    "<!--<script>alert('comment')//-->",
    "\u2028</title><iframe src=javascript:alert('iframe')>\u2029",
    "{{constructor.constructor('alert(1)')()}}",
    "__proto__",
    "&lt;b&gt;already escaped&amp;",
    "<a href=\"javascript:alert('a')\">click</a>",
    "]]><svg onload=alert('svg')>",
)

#: Entity IRIs that are themselves hostile (node ids in the page).
HOSTILE_IRIS = (
    URIRef("javascript:alert('iri')"),
    URIRef(str(ENTITY) + "constructor"),
)

#: A class declared in the graph (a subclass of ppp:Organization) whose local name breaks attributes,
#: and one (a subclass of ppp:Person) whose name is an object-key trap.
HOSTILE_CLASS = URIRef(str(PPP._NS) + "Evil'Class&amp;x")
PROTO_CLASS = URIRef(str(PPP._NS) + "__proto__")

CLASSES = (PPP.Company, PPP.Person, PPP.Operation, PPP.City, HOSTILE_CLASS, PPP.LawEnforcementAgency, PROTO_CLASS)
PREDICATES = (PPP.partnersWith, PPP.worksFor, PPP.coordinatedBy, PPP.targets, PPP.memberOf, PPP.supports)


def hostile_graph() -> Graph:
    """A contract-shaped graph whose names, sentences and document ids are all hostile."""
    g = Graph()
    g.add((HOSTILE_CLASS, RDFS.subClassOf, PPP.Organization))
    g.add((PROTO_CLASS, RDFS.subClassOf, PPP.Person))

    docs = []
    for i, (identifier, language, date) in enumerate((
        ("javascript:alert('doc')", "en", Literal("2024-05-01", datatype=XSD.date)),
        ("<img src=x onerror=alert('doc')>.txt", "\"><script>alert('lang')</script>", Literal("2023", datatype=XSD.gYear)),
        ("</script><script>alert('doc')</script>.txt", "th", None),
    )):
        doc = DOC[f"hostile{i}.txt"]
        g.add((doc, RDF.type, PPP.Document))
        g.add((doc, RDF.type, NIF.Context))
        g.add((doc, DCTERMS.identifier, Literal(identifier)))
        g.add((doc, DCTERMS.language, Literal(language)))
        if date is not None:
            g.add((doc, DCTERMS.date, date))
        docs.append(doc)

    entities = []
    for i, text in enumerate(PAYLOADS):
        iri = ENTITY[f"hostile{i}"]
        entities.append(iri)
        g.add((iri, RDF.type, CLASSES[i % len(CLASSES)]))
        g.add((iri, RDFS.label, Literal(text, lang="en")))
        g.add((iri, SKOS.altLabel, Literal(text + " alt", lang="th")))
    for j, iri in enumerate(HOSTILE_IRIS):
        entities.append(iri)
        g.add((iri, RDF.type, PPP.Company))
        g.add((iri, RDFS.label, Literal(f"hostile iri {j} <b>bold</b>", lang="en")))

    for i in range(len(entities) - 1):
        s, o = entities[i], entities[i + 1]
        predicate = PREDICATES[i % len(PREDICATES)]
        g.add((s, predicate, o))
        ev = EVIDENCE[f"hostile{i}"]
        g.add((ev, RDF.type, PPP.Evidence))
        g.add((ev, RDF.type, RDF.Statement))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, predicate))
        g.add((ev, RDF.object, o))
        g.add((ev, PROV.wasDerivedFrom, docs[i % len(docs)]))
        g.add((ev, NIF.anchorOf, Literal(PAYLOADS[i % len(PAYLOADS)] + " said <b>so</b>")))
        g.add((ev, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((ev, NIF.endIndex, Literal(10, datatype=XSD.nonNegativeInteger)))
        g.add((ev, PPP.confidence, Literal("0.9\"><img src=x onerror=alert('conf')>")))
        g.add((ev, PPP.role, Literal("<script>alert('role')</script>")))
        if i % 3 == 0:
            g.add((ev, DCTERMS.date, Literal("2022", datatype=XSD.gYear)))
        elif i % 3 == 1:
            g.add((ev, DCTERMS.date, Literal("<script>alert('date')</script>")))

    for i, iri in enumerate(entities[:4]):
        fig = FIGURE[f"hostile{i}"]
        g.add((fig, RDF.type, PPP.Figure))
        g.add((fig, PPP.kind, KIND.users if i % 2 else URIRef(str(KIND) + "x'onerror=alert(1)")))
        g.add((fig, PPP.value, Literal(Decimal(i + 1)) if i % 2 else Literal("<img src=x onerror=alert('value')>")))
        g.add((fig, PPP.unit, Literal("<b>USD</b>")))
        g.add((fig, PPP.about, iri))
        g.add((fig, PROV.wasDerivedFrom, docs[0]))
        g.add((fig, NIF.anchorOf, Literal(PAYLOADS[i])))
        g.add((fig, DCTERMS.date, Literal("2021-02", datatype=XSD.gYearMonth)))
    return g

"""Score a graph against gold annotations, as ``gold-format.md`` describes.

The corpus is the set of documents that have a gold file; everything else in
the graph is ignored. A graph document is the ``ppp:Document`` (any node with a
``dcterms:identifier``) whose identifier equals the gold ``"document"``.

Entities
    A graph node is *scored* when one of its ``rdf:type`` s reaches one of
    ``ppp:Organization``, ``ppp:Person``, ``ppp:Operation`` or ``ppp:Location``
    through ``rdfs:subClassOf*`` (the graph's own subclass triples plus
    ``ontology/ppp.ttl``), and *in the corpus* when a mention
    (``itsrdf:taIdentRef``) in a corpus document refers to it. Gold entities are
    merged by ``id`` across documents. A node *matches* a gold entity when one of
    its labels (``rdfs:label``, ``skos:altLabel``), after NFKC and case folding,
    equals the entity's name, a mention or an alias, and the coarse types agree.
    Nodes are assigned to gold entities one to one by a maximum matching over
    non-optional entities (ties broken by IRI and id). Then: TP = gold entities
    assigned a node; FN = non-optional gold entities left without one; FP = nodes
    matching nothing, plus unassigned nodes matching only already-taken entities
    (split entities). Unassigned nodes that match an optional entity are not
    counted.

    Every scored node gets one *identity*, the gold entity it stands for: its
    assignment, else (split or optional nodes) the first gold entity it matches,
    optional ones first for unassigned nodes of the corpus. Mentions, relations
    and figures compare identities, so a node that conflates two gold entities
    counts for one of them only.

Mentions
    Recall only: a gold mention (text, in that document, of a non-optional
    entity of that document) is found when a phrase of that document has that
    exact ``nif:anchorOf`` and refers to a node whose identity is the entity.

Relations
    Graph triples with one of the twelve relation predicates between scored
    nodes are in the corpus when one of their ``ppp:Evidence`` nodes is
    ``prov:wasDerivedFrom`` a corpus document. Each is read as
    (identity or node, predicate, identity or node), ``partnersWith`` without
    direction, and deduplicated. A gold relation (merged across documents) is
    found when such a key equals it or one of its alternatives; a key that
    equals no gold relation (optional ones included) is a false positive.
    ``roles`` counts found ``worksFor`` relations whose evidence from a document
    carries a ``ppp:role`` equal (NFKC, case folded) to that document's gold role.

Figures
    Per document: a gold figure is found by a ``ppp:Figure`` derived from that
    document, of the same ``ppp:kind``, whose ``ppp:value`` is within 0.5% of
    the gold value (exactly, for 0). Matching is one to one and greedy:
    non-optional gold figures first, each taking the closest free graph figure.
    Graph figures left over are false positives. ``attached`` is, of the found
    figures whose gold names a subject, the share whose ``ppp:about`` node has
    that subject as identity.

Per language, the same scores are computed on the documents of that language
alone (their gold entities merged again, so an entity optional there is
optional there). Scores whose denominator is zero are ``None`` (shown ``-``).

The parts: :mod:`.gold` reads the gold files, :mod:`.index` what the graph
holds, :mod:`.scoring` matches and scores, :mod:`.report` holds the results
and :mod:`.text` writes them for people.

Example:
    >>> report = evaluate(graph, load_gold(["gold/seeds"]))   # doctest: +SKIP
    >>> print(format_report(report))                           # doctest: +SKIP
"""

from __future__ import annotations

from .gold import GoldDocument, GoldEntity, GoldFigure, GoldRelation, load_gold
from .report import LanguageScores, Misses, Ratio, Report, Score, ScoreTable
from .scoring import FIGURE_TOLERANCE, evaluate
from .text import format_report

__all__ = [
    "FIGURE_TOLERANCE",
    "GoldDocument",
    "GoldEntity",
    "GoldFigure",
    "GoldRelation",
    "LanguageScores",
    "Misses",
    "Ratio",
    "Report",
    "Score",
    "ScoreTable",
    "evaluate",
    "format_report",
    "load_gold",
]

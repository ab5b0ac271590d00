"""Scoring: gold entities matched to graph nodes one to one, then mentions, relations and figures
compared through the identities the matching gives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph
from rdflib.term import Node

from ..vocab import KINDS, RELATIONS, SCORED_CLASSES
from .gold import GoldDocument, _check_corpus
from .index import _Figure, _fold, _GraphIndex, _Triple
from .report import (FalseEntity, FalseFigure, FalseRelation, LanguageScores, MissedEntity, MissedFigure,
                     MissedMention, MissedRelation, Misses, Ratio, Report, Score, ScoreTable, UnattachedFigure,
                     WrongRole)

#: Relative tolerance on figure values.
FIGURE_TOLERANCE = Decimal("0.005")


@dataclass
class _Entity:
    id: str
    type: str
    name: str
    keys: set[str]
    optional: bool


@dataclass
class _Relation:
    subject: str
    predicate: str
    object: str
    accepted: set[str]
    optional: bool
    roles: dict[str, str]  # document -> gold role
    documents: list[str]


@dataclass
class _Result:
    entities: ScoreTable
    mentions: Ratio
    relations: ScoreTable
    roles: Ratio
    figures: ScoreTable
    attached: Ratio
    misses: Misses


_Key = tuple[str, str]  # ("e", gold id) or ("n", node IRI)


def _rel_key(subject: _Key, predicate: str, obj: _Key) -> tuple[_Key, str, _Key]:
    if predicate == "partnersWith" and obj < subject:
        subject, obj = obj, subject
    return (subject, predicate, obj)


def _merge_entities(docs: list[GoldDocument]) -> dict[str, _Entity]:
    merged: dict[str, _Entity] = {}
    for doc in docs:
        for e in doc.entities:
            keys = {_fold(text) for text in (e.name, *e.mentions, *e.aliases)}
            if e.id not in merged:
                merged[e.id] = _Entity(e.id, e.type, e.name, keys, e.optional)
            else:
                entry = merged[e.id]
                entry.keys |= keys
                entry.optional = entry.optional and e.optional
    return merged


def _merge_relations(docs: list[GoldDocument]) -> dict[tuple[_Key, str, _Key], _Relation]:
    merged: dict[tuple[_Key, str, _Key], _Relation] = {}
    for doc in docs:
        for r in doc.relations:
            key = _rel_key(("e", r.subject), r.predicate, ("e", r.object))
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = _Relation(
                    r.subject, r.predicate, r.object, {r.predicate}, r.optional, {}, []
                )
            else:
                entry.optional = entry.optional and r.optional
            entry.accepted.update(r.alternatives)
            if r.role is not None:
                entry.roles[doc.document] = r.role
            if doc.document not in entry.documents:
                entry.documents.append(doc.document)
    return merged


def _max_matching(nodes: list[Node], edges: Mapping[Node, list[str]]) -> dict[Node, str]:
    """A maximum one-to-one matching of nodes to entity ids (Kuhn), deterministic in the input order."""
    owner: dict[str, Node] = {}

    def augment(node: Node, seen: set[str]) -> bool:
        for entity in edges.get(node, ()):
            if entity in seen:
                continue
            seen.add(entity)
            if entity not in owner or augment(owner[entity], seen):
                owner[entity] = node
                return True
        return False

    for node in nodes:
        augment(node, set())
    return {node: entity for entity, node in owner.items()}


def _sorted_rows(counts: Mapping[str, Score], order: Iterable[str]) -> tuple[tuple[str, Score], ...]:
    known = list(order)
    extra = sorted(k for k in counts if k not in known)
    return tuple((k, counts[k]) for k in [*known, *extra] if k in counts and counts[k] != Score())


def _table(counts: Mapping[str, Score], order: Iterable[str], *, keep_all: bool = False) -> ScoreTable:
    order = list(order)
    if keep_all:
        rows = tuple((k, counts.get(k, Score())) for k in order)
    else:
        rows = _sorted_rows(counts, order)
    total = Score()
    for score in counts.values():
        total = total + score
    return ScoreTable(rows=rows, all=total)


def _score(index: _GraphIndex, docs: list[GoldDocument]) -> _Result:
    """Every score over the given gold documents (the corpus or one language's part of it)."""
    corpus = frozenset(doc.document for doc in docs)
    gold_entities = _merge_entities(docs)

    # ---- entities: candidates, assignment, identity
    by_key: dict[str, list[str]] = defaultdict(list)
    for entity in gold_entities.values():
        for key in entity.keys:
            by_key[key].append(entity.id)
    candidates: dict[Node, list[str]] = {}
    for node in index.nodes:
        types = index.types[node]
        ids = {i for label in index.labels[node] for i in by_key.get(label, ()) if gold_entities[i].type in types}
        candidates[node] = sorted(ids)
    in_corpus = [node for node in index.nodes if index.node_docs.get(node, set()) & corpus]
    required_edges = {
        node: [i for i in candidates[node] if not gold_entities[i].optional] for node in in_corpus
    }
    assigned = _max_matching(in_corpus, required_edges)

    identity: dict[Node, str] = {}
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in SCORED_CLASSES}
    false_entities: list[FalseEntity] = []
    in_corpus_set = set(in_corpus)
    for node in index.nodes:
        cands = candidates[node]
        optional = [i for i in cands if gold_entities[i].optional]
        required = [i for i in cands if not gold_entities[i].optional]
        if node in assigned:
            identity[node] = assigned[node]
            counts[gold_entities[assigned[node]].type][0] += 1
        elif node in in_corpus_set:
            if optional:
                identity[node] = optional[0]  # matches an optional entity: not counted
            elif required:
                identity[node] = required[0]  # split: its entities are taken by other nodes
                counts[gold_entities[required[0]].type][1] += 1
                false_entities.append(
                    FalseEntity(index.label(node), gold_entities[required[0]].type, str(node), required[0])
                )
            else:
                counts[index.types[node][0]][1] += 1
                false_entities.append(FalseEntity(index.label(node), index.types[node][0], str(node), ""))
        elif cands:
            identity[node] = (required or optional)[0]
    found_entities = set(assigned.values())
    missed_entities = []
    for entity in gold_entities.values():
        if not entity.optional and entity.id not in found_entities:
            counts[entity.type][2] += 1
            missed_entities.append(MissedEntity(entity.id, entity.type, entity.name))
    entity_table = _table({k: Score(*v) for k, v in counts.items()}, SCORED_CLASSES, keep_all=True)

    def key_of(node: Node) -> _Key:
        return ("e", identity[node]) if node in identity else ("n", str(node))

    # ---- mentions
    mention_found = mention_total = 0
    missed_mentions = []
    for doc in docs:
        for entity in doc.entities:
            if entity.optional:
                continue
            for text in dict.fromkeys(entity.mentions):
                mention_total += 1
                if any(identity.get(n) == entity.id for n in index.phrases.get((doc.document, text), ())):
                    mention_found += 1
                else:
                    missed_mentions.append(MissedMention(doc.document, text, entity.id))

    # ---- relations
    gold_relations = _merge_relations(docs)
    accepted: dict[tuple[_Key, str, _Key], list[tuple[_Key, str, _Key]]] = defaultdict(list)
    for gkey, rel in gold_relations.items():
        for predicate in sorted(rel.accepted):
            accepted[_rel_key(("e", rel.subject), predicate, ("e", rel.object))].append(gkey)
    graph_keys: dict[tuple[_Key, str, _Key], list[_Triple]] = defaultdict(list)
    for triple in index.triples:
        if triple.documents & corpus:
            graph_keys[_rel_key(key_of(triple.subject), triple.predicate, key_of(triple.object))].append(triple)
    found_by: dict[tuple[_Key, str, _Key], list[_Triple]] = defaultdict(list)
    rel_counts: dict[str, Score] = defaultdict(Score)
    false_relations = []
    for key in sorted(graph_keys):
        triples = graph_keys[key]
        if key in accepted:
            for gkey in accepted[key]:
                found_by[gkey].extend(triples)
        else:
            rel_counts[key[1]] += Score(fp=1)
            t = triples[0]
            false_relations.append(
                FalseRelation(
                    index.label(t.subject),
                    t.predicate,
                    index.label(t.object),
                    str(t.subject),
                    str(t.object),
                    tuple(sorted({d for tr in triples for d in tr.documents} & corpus)),
                )
            )
    missed_relations = []
    role_found = role_total = 0
    wrong_roles = []
    for gkey, rel in gold_relations.items():
        if rel.optional:
            continue
        if gkey not in found_by:
            rel_counts[rel.predicate] += Score(fn=1)
            missed_relations.append(
                MissedRelation(rel.subject, rel.predicate, rel.object, tuple(sorted(rel.documents)))
            )
            continue
        rel_counts[rel.predicate] += Score(tp=1)
        if rel.roles:
            role_total += 1
            on_evidence = {
                doc: [role for t in found_by[gkey] if t.predicate == "worksFor" for role in t.roles.get(doc, ())]
                for doc in rel.roles
            }
            if any(_fold(rel.roles[doc]) in {_fold(r) for r in on_evidence[doc]} for doc in rel.roles):
                role_found += 1
            else:
                wrong_roles.append(
                    WrongRole(
                        rel.subject,
                        rel.object,
                        tuple(f"{doc}: {role}" for doc, role in sorted(rel.roles.items())),
                        tuple(sorted({f"{doc}: {r}" for doc, roles in on_evidence.items() for r in roles})),
                    )
                )
    relation_table = _table(rel_counts, RELATIONS)

    # ---- figures
    fig_counts: dict[str, Score] = defaultdict(Score)
    attached_found = attached_total = 0
    missed_figures, false_figures, unattached = [], [], []
    for doc in sorted(docs, key=lambda d: d.document):
        graph_figures = [f for f in index.figures if doc.document in f.documents]
        used: set[Node] = set()
        order = sorted(range(len(doc.figures)), key=lambda i: (doc.figures[i].optional, i))
        for i in order:
            gold = doc.figures[i]
            best: tuple[Decimal, str, _Figure] | None = None
            for fig in graph_figures:
                if fig.node in used or fig.kind != gold.kind or fig.value is None:
                    continue
                if not _close(fig.value, gold.value):
                    continue
                rank = (abs(fig.value - gold.value), str(fig.node), fig)
                if best is None or rank[:2] < best[:2]:
                    best = rank
            if best is not None:
                used.add(best[2].node)
            if gold.optional:
                continue
            if best is None:
                fig_counts[gold.kind] += Score(fn=1)
                missed_figures.append(
                    MissedFigure(doc.document, gold.kind, gold.value, gold.text or "", gold.subject or "")
                )
                continue
            fig_counts[gold.kind] += Score(tp=1)
            if gold.subject is not None:
                attached_total += 1
                if any(identity.get(node) == gold.subject for node in best[2].about):
                    attached_found += 1
                else:
                    unattached.append(
                        UnattachedFigure(
                            doc.document,
                            gold.kind,
                            gold.value,
                            gold.subject,
                            tuple(index.label(node) for node in best[2].about),
                        )
                    )
        for fig in graph_figures:
            if fig.node not in used:
                fig_counts[fig.kind] += Score(fp=1)
                false_figures.append(FalseFigure(doc.document, fig.kind, fig.value, fig.text, str(fig.node)))
    figure_table = _table(fig_counts, KINDS)

    return _Result(
        entities=entity_table,
        mentions=Ratio(mention_found, mention_total),
        relations=relation_table,
        roles=Ratio(role_found, role_total),
        figures=figure_table,
        attached=Ratio(attached_found, attached_total),
        misses=Misses(
            entities=tuple(sorted(missed_entities)),
            mentions=tuple(sorted(missed_mentions)),
            relations=tuple(sorted(missed_relations)),
            figures=tuple(sorted(missed_figures)),
            roles=tuple(sorted(wrong_roles)),
            unattached=tuple(sorted(unattached)),
            false_entities=tuple(sorted(false_entities)),
            false_relations=tuple(sorted(false_relations)),
            false_figures=tuple(sorted(false_figures, key=_false_figure_order)),
        ),
    )


def _false_figure_order(fig: FalseFigure) -> tuple:
    return (fig.document, fig.kind, fig.value is None, fig.value or Decimal(0), fig.text, fig.figure)


def _close(value: Decimal, gold: Decimal) -> bool:
    if gold == 0:
        return value == 0
    return abs(value - gold) <= abs(gold) * FIGURE_TOLERANCE


def evaluate(graph: Graph, gold: list[GoldDocument]) -> Report:
    """Score a graph against gold documents.

    Only the documents that have gold are scored: a node counts as an entity
    only if it has a mention in one of them, a relation triple only if one of
    its evidence nodes derives from one of them, a figure only if it derives
    from one of them. The rules are in this module's docstring.

    Args:
        graph: a graph following ``output-contract.md``.
        gold: gold documents, as :func:`load_gold` returns them.

    Returns:
        The scores, per type, predicate, kind and language, and the misses.

    Raises:
        GoldError: two gold documents annotate the same article, or one id has
            two types.
        OntologyError: ``ontology/ppp.ttl`` is missing or cannot be parsed.
    """
    docs = sorted(gold, key=lambda d: d.document)
    _check_corpus(docs)
    index = _GraphIndex(graph)
    result = _score(index, docs)
    languages = []
    for language in sorted({doc.language for doc in docs}):
        part = [doc for doc in docs if doc.language == language]
        scores = _score(index, part)
        languages.append(
            LanguageScores(
                language=language,
                documents=tuple(doc.document for doc in part),
                entities=scores.entities.all,
                mentions=scores.mentions,
                relations=scores.relations.all,
                figures=scores.figures.all,
            )
        )
    names = tuple(doc.document for doc in docs)
    return Report(
        documents=names,
        missing_documents=tuple(name for name in names if name not in index.doc_names),
        entities=result.entities,
        mentions=result.mentions,
        relations=result.relations,
        roles=result.roles,
        figures=result.figures,
        attached=result.attached,
        languages=tuple(languages),
        misses=result.misses,
    )

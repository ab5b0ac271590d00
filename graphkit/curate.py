"""Curation: an analyst's corrections kept as data, apart from what was extracted, replayed on every build.

A curation file is Turtle, one decision per node (``ppp:Decision``, a
``prov:Activity``): reject an entity or a relation, merge entities, rename
one, add a relation the text missed with its source; with who made it
(``dcterms:creator``), when (``prov:endedAtTime``) and why (``ppp:reason``).
Decisions name entities by the IRIs graphkit mints (``gke:pakistan-fia``) or
by names in any script, looked up in the labels and alternative labels of the
graph they are replayed on. The file is written sorted, so that a team
reviews it in git like code; :func:`add`, :func:`undo` and :func:`load` edit
and read it.

:func:`apply` replays the decisions, in the order they were made, on the
default graph of a pyoxigraph store (:func:`apply_to_graph` on an rdflib
graph). Replay is deterministic and idempotent: a decision the graph already
records as replayed is passed over, and one whose entity or relation is not
in the graph changes nothing and is reported (``CurationReport.missing``).
The curated graph records what was done, with PROV:

- each decision, with ``ppp:appliedTo`` the entities it resolved to, or
  ``ppp:notApplied`` and why;
- every statement of the extracted graph it removed, reified as a
  ``ppp:RemovedStatement`` (``prov:wasInvalidatedBy`` the decision), and
  every statement it added as a ``ppp:AddedStatement``
  (``prov:wasGeneratedBy``): the extracted graph is the curated one less
  the added statements and the curation's own nodes, plus the removed ones
  (the ``extracted`` named query makes it);
- ``ppp:curatedBy`` on the entities a merge or a rename changed.

Curation comes after resolution, before the store and the exports: builds
(:func:`graphkit.pipeline.build`, ``build_to``) and knowledge bases
(:func:`graphkit.kb.add`, which keeps the decisions and replays them at each
write) call :func:`apply`.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .iris import CURATION, ENTITY, PPP, PREFIXES, RELATIONS


class CurationError(InputError):
    """A curation file or a decision is malformed, or names an entity ambiguously."""

    code = "E150"
    exit_code = 2


# --------------------------------------------------------------------------- terms

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_DCT = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


TYPE, LABEL, ALT_LABEL = _n(_RDF + "type"), _n(_RDFS + "label"), _n(_SKOS + "altLabel")
STATEMENT, SUBJECT, PREDICATE, OBJECT = (_n(_RDF + n) for n in ("Statement", "subject", "predicate", "object"))
ENDED, INVALIDATED_BY, GENERATED_BY = _n(_PROV + "endedAtTime"), _n(_PROV + "wasInvalidatedBy"), _n(_PROV + "wasGeneratedBy")
CREATOR, SOURCE = _n(_DCT + "creator"), _n(_DCT + "source")
DATETIME = _n(_XSD + "dateTime")
EVIDENCE = _n(str(PPP.Evidence))
TA_IDENT_REF = _n("http://www.w3.org/2005/11/its/rdf#taIdentRef")
_OFFSETS = frozenset({_NIF + "beginIndex", _NIF + "endIndex"})
_P = {name: _n(str(PPP[name])) for name in (
    "Decision", "RejectEntity", "RejectRelation", "Merge", "Rename", "AddRelation", "RemovedStatement",
    "AddedStatement", "target", "statementSubject", "statementPredicate", "statementObject", "mergedInto",
    "newLabel", "reason", "appliedTo", "notApplied", "curatedBy", "startDate", "endDate", "about")}
_RELATION_IRIS = {str(PPP[name]): name for name in RELATIONS}
_ENTITY_LEVEL_UNIQUE = frozenset({str(PPP.startDate), str(PPP.endDate)})

#: The command words of the decisions, and their classes.
ACTIONS = {
    "reject-entity": "RejectEntity",
    "reject-relation": "RejectRelation",
    "merge": "Merge",
    "rename": "Rename",
    "add-relation": "AddRelation",
}
_ACTION_OF = {str(PPP[cls]): action for action, cls in ACTIONS.items()}

DECISION_NS = str(CURATION) + "decision/"
REMOVED_NS = str(CURATION) + "removed/"
ADDED_NS = str(CURATION) + "added/"
#: Records of a NIF offset (its object an xsd:nonNegativeInteger, which the embedded store keeps as an
#: xsd:integer) are told apart by their IRI, so that writers give the object its type again.
OFFSET_RECORD = "offset-"
#: The named graph of a knowledge base that holds its decisions.
CURATION_GRAPH = _n(str(CURATION))

Ref = ox.NamedNode | ox.Literal  # an entity: its IRI, or a name that labels it


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class Decision:
    """One decision of a curation file.

    ``targets`` are the entities it applies to (for a merge, those merged
    away); ``subject``, ``predicate`` and ``object`` the relation of a
    reject-relation or add-relation; ``into`` the entity a merge keeps;
    ``label`` a rename's new name; ``source`` an added relation's source.
    """

    iri: str
    action: str
    when: str  # ISO 8601, UTC, without a time zone: "2025-11-13T09:30:00"
    targets: tuple[Ref, ...] = ()
    subject: Ref | None = None
    predicate: str | None = None  # a relation's local name in ppp:
    object: Ref | None = None
    into: Ref | None = None
    label: str | None = None
    source: Ref | None = None
    reason: str | None = None
    by: str | None = None

    def triples(self) -> list[tuple]:
        """The decision as RDF (pyoxigraph terms): what the curation file holds of it."""
        d = _n(self.iri)
        out = [(d, TYPE, _n(str(PPP[ACTIONS[self.action]]))), (d, ENDED, ox.Literal(self.when, datatype=DATETIME))]
        out += [(d, _P["target"], t) for t in self.targets]
        if self.subject is not None:
            out.append((d, _P["statementSubject"], self.subject))
        if self.predicate is not None:
            out.append((d, _P["statementPredicate"], _n(str(PPP[self.predicate]))))
        if self.object is not None:
            out.append((d, _P["statementObject"], self.object))
        if self.into is not None:
            out.append((d, _P["mergedInto"], self.into))
        if self.label is not None:
            out.append((d, _P["newLabel"], ox.Literal(self.label)))
        if self.source is not None:
            out.append((d, SOURCE, self.source))
        if self.reason:
            out.append((d, _P["reason"], ox.Literal(self.reason)))
        if self.by:
            out.append((d, CREATOR, ox.Literal(self.by)))
        return out

    def summary(self) -> str:
        """One line: the command that made it (``reject-relation binance partnersWith interpol``)."""
        words = [self.action]
        if self.action in ("reject-relation", "add-relation"):
            words += [show_ref(self.subject), self.predicate or "", show_ref(self.object)]
        else:
            words += [show_ref(t) for t in self.targets]
            if self.into is not None:
                words.append(show_ref(self.into))
            if self.label is not None:
                words.append(_quoted(self.label))
        return " ".join(words)


def _quoted(text: str) -> str:
    return text if re.fullmatch(r"[\w.:/-]+", text) else '"' + text.replace('"', '\\"') + '"'


def show_ref(ref: Ref | None) -> str:
    """An entity reference as a user writes it: ``gke:pakistan-fia``, ``<iri>``, or the name."""
    if ref is None:
        return ""
    if isinstance(ref, ox.NamedNode):
        for prefix, ns in (("gke", str(ENTITY)), ("ppp", PPP.ns)):
            if ref.value.startswith(ns) and re.fullmatch(r"[\w.-]+", ref.value[len(ns):]):
                return f"{prefix}:{ref.value[len(ns):]}"
        return f"<{ref.value}>"
    return _quoted(ref.value)


def parse_ref(text: str) -> Ref:
    """An entity reference from the command line: an IRI (``<…>``, ``http(s)://…``, ``prefix:name``) or a name.

    Raises:
        CurationError: an empty name, or an IRI that is not valid.
    """
    text = unicodedata.normalize("NFC", text.strip())
    if not text:
        raise CurationError("an entity is given as an empty name", hint="give its IRI (gke:…) or one of its names")
    iri = None
    if text.startswith("<") and text.endswith(">"):
        iri = text[1:-1]
    elif re.match(r"https?://", text):
        iri = text
    else:
        m = re.fullmatch(r"([A-Za-z][\w-]*):(\S+)", text)
        if m and m.group(1) in PREFIXES:
            iri = PREFIXES[m.group(1)] + m.group(2)
    if iri is None:
        return ox.Literal(text)
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise CurationError(f"{text!r} is not a valid IRI ({exc})",
                            hint="percent-encode it, or give the entity's name instead") from None


def parse_predicate(text: str) -> str:
    """A relation predicate given as ``partnersWith``, ``ppp:partnersWith`` or its IRI → its local name.

    Raises:
        CurationError: not one of the relation predicates.
    """
    name = text.strip()
    if name.startswith("<") and name.endswith(">"):
        name = name[1:-1]
    for prefix in (PPP.ns, "ppp:"):
        name = name.removeprefix(prefix)
    if name not in RELATIONS:
        raise CurationError(f"{text!r} is not a relation predicate", hint=f"give one of {', '.join(RELATIONS)}")
    return name


def now() -> str:
    """The time of a new decision, in UTC to the second; ``SOURCE_DATE_EPOCH`` fixes it (reproducible files).

    It is written without a time zone ("2025-11-13T09:30:00", UTC): the forms
    with one ("Z", "+00:00") are written back differently by rdflib and by the
    embedded store, and a graph must read the same whichever wrote it.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = time.time()
    if epoch:
        try:
            seconds = int(epoch)
        except ValueError:
            raise CurationError(f"SOURCE_DATE_EPOCH = {epoch!r} is not a number of seconds",
                                hint="unset it, or give an integer") from None
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))


def _term_key(term) -> str:
    return str(term)


def make(action: str, *, targets: Iterable[str] = (), subject: str | None = None, predicate: str | None = None,
         object: str | None = None, into: str | None = None, label: str | None = None, source: str | None = None,
         reason: str | None = None, by: str | None = None, when: str | None = None) -> Decision:
    """A new decision from what a user typed (names, IRIs, ``prefix:name``), checked; its IRI is its digest.

    Raises:
        CurationError: an unknown action, a predicate that is not a relation, an empty or
            invalid entity, a merge of fewer than two entities, an empty new label, an
            added relation without its source.
    """
    if action not in ACTIONS:
        raise CurationError(f"action = {action!r} is invalid; choose one of {', '.join(ACTIONS)}")
    refs = tuple(parse_ref(t) for t in targets)
    fields: dict = {"targets": refs}
    if action in ("reject-relation", "add-relation"):
        if subject is None or predicate is None or object is None:
            raise CurationError(f"{action} needs a subject, a predicate and an object")
        fields.update(subject=parse_ref(subject), predicate=parse_predicate(predicate), object=parse_ref(object),
                      targets=())
        if action == "add-relation":
            if not source or not source.strip():
                raise CurationError("add-relation needs the source of the fact (--source URL or a citation)",
                                    hint="an added relation stands on a source, as extracted ones stand on a sentence")
            fields["source"] = parse_ref(source) if re.match(r"https?://", source.strip()) else ox.Literal(source.strip())
    elif action == "merge":
        if into is None:
            if len(refs) < 2:
                raise CurationError("merge needs two entities or more: those merged away, then the one kept")
            refs, into_ref = refs[:-1], refs[-1]
        else:
            into_ref = parse_ref(into)
        fields.update(targets=refs, into=into_ref)
    elif action == "rename":
        if len(refs) != 1:
            raise CurationError("rename needs one entity and its new name")
        if not label or not label.strip():
            raise CurationError("rename needs a new name that is not empty")
        fields["label"] = unicodedata.normalize("NFC", " ".join(label.split()))
    elif len(refs) < 1:
        raise CurationError(f"{action} needs an entity")
    when = when or now()
    reason = " ".join(reason.split()) if reason else None
    by = " ".join(by.split()) if by else None
    return _identified(Decision(DECISION_NS, action, when, reason=reason, by=by, **fields))


def _identified(draft: Decision) -> Decision:
    """The decision with its IRI: a digest of what it says, its time included."""
    content = "\x1f".join(str(t) for _, p, t in sorted(draft.triples(), key=lambda t: (str(t[1]), str(t[2]))))
    return replace(draft, iri=DECISION_NS + hashlib.sha1(content.encode("utf-8")).hexdigest()[:16])


def _later_than(when: str, last: str) -> str:
    """``when``, or one second after ``last`` if it is not later (decisions are replayed in the order made)."""
    import calendar

    if when > last:
        return when
    seconds = calendar.timegm(time.strptime(last[:19], "%Y-%m-%dT%H:%M:%S")) + 1
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))


# --------------------------------------------------------------------------- the file


@dataclass(frozen=True)
class Curation:
    """The decisions of a curation file, in the order they were made (time, then IRI)."""

    decisions: tuple[Decision, ...] = ()

    def __len__(self) -> int:
        return len(self.decisions)

    def triples(self) -> list[tuple]:
        return [t for d in self.decisions for t in d.triples()]


def _utc(text: str, where: str) -> str:
    """A decision's time as :func:`now` writes it: in UTC, without a time zone (``2025-11-13T09:30:00``).

    A time with another zone is moved to UTC, so that decisions sort in the order
    they were made; a fraction of a second is kept.

    Raises:
        CurationError: not an xsd:dateTime, or not a real date and time (a 13th month).
    """
    import datetime as dt

    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?", text)
    try:
        if m is None:
            raise ValueError(text)
        moment = dt.datetime.fromisoformat(m.group(1) + (m.group(3) or "").replace("Z", "+00:00"))
    except ValueError:
        raise CurationError(f"{where}: its time {text!r} is not an xsd:dateTime",
                            hint="write it as 2025-11-13T09:30:00 (UTC), or restore the file from git") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + (m.group(2) or "")


def _sorted(decisions: Iterable[Decision]) -> tuple[Decision, ...]:
    unique = {d.iri: d for d in decisions}
    return tuple(sorted(unique.values(), key=lambda d: (d.when, d.iri)))


#: What to do with a malformed decision: `graphkit curate FILE undo` reads the file, so it cannot remove it.
_EDIT_HINT = "edit the file (plain Turtle, one decision per node) to complete or remove that decision, or restore it from git"


def from_triples(triples: Iterable, *, name: str = "curation") -> Curation:
    """The decisions that RDF triples (pyoxigraph terms) state; other statements are ignored.

    Raises:
        CurationError: a decision lacks what its kind needs, or holds what is not valid.
    """
    by_subject: dict[str, list] = {}
    kinds: dict[str, str] = {}
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == TYPE and o.value in _ACTION_OF:
            kinds[s.value] = _ACTION_OF[o.value]
        by_subject.setdefault(s.value, []).append((p.value, o))
    decisions = []
    for iri, action in sorted(kinds.items()):
        values: dict[str, list] = {}
        for p, o in by_subject[iri]:
            values.setdefault(p, []).append(o)

        def one(predicate: ox.NamedNode, *, required: bool = False, literal: bool = False):
            found = values.get(predicate.value, [])
            if len(found) > 1:
                raise CurationError(f"{name}: decision <{iri}> has {len(found)} values of <{predicate.value}>",
                                    hint="give it one")
            if not found:
                if required:
                    raise CurationError(f"{name}: decision <{iri}> ({action}) has no <{predicate.value}>",
                                        hint=_EDIT_HINT)
                return None
            if literal and not isinstance(found[0], ox.Literal):
                raise CurationError(f"{name}: decision <{iri}>: <{predicate.value}> must be a text")
            return found[0]

        when = one(ENDED, required=True, literal=True)
        when = ox.Literal(_utc(when.value, f"{name}: decision <{iri}>"), datatype=DATETIME)
        fields: dict = {"targets": tuple(sorted((o for o in values.get(_P["target"].value, [])
                                                 if isinstance(o, (ox.NamedNode, ox.Literal))), key=_term_key))}
        predicate = one(_P["statementPredicate"])
        if predicate is not None:
            if not isinstance(predicate, ox.NamedNode) or predicate.value not in _RELATION_IRIS:
                raise CurationError(f"{name}: decision <{iri}>: {predicate} is not a relation predicate",
                                    hint=f"give one of ppp:{', ppp:'.join(RELATIONS)}")
            fields["predicate"] = _RELATION_IRIS[predicate.value]
        for key, prop in (("subject", "statementSubject"), ("object", "statementObject"), ("into", "mergedInto")):
            fields[key] = one(_P[prop])
        label = one(_P["newLabel"], literal=True)
        reason = one(_P["reason"], literal=True)
        by = one(CREATOR, literal=True)
        fields.update(label=label.value if label else None, reason=reason.value if reason else None,
                      by=by.value if by else None, source=one(SOURCE))
        d = Decision(iri, action, when.value, **fields)
        missing = {"reject-entity": not d.targets, "rename": not d.targets or d.label is None,
                   "merge": not d.targets or d.into is None}.get(action)
        if action in ("reject-relation", "add-relation"):
            missing = d.subject is None or d.predicate is None or d.object is None
        if missing:
            raise CurationError(f"{name}: decision <{iri}> ({action}) lacks what it applies to",
                                hint=_EDIT_HINT)
        if action == "rename" and (len(d.targets) > 1 or not d.label.strip()):
            raise CurationError(f"{name}: decision <{iri}> (rename) needs one entity and a new name that is not empty",
                                hint=_EDIT_HINT)
        decisions.append(d)
    return Curation(_sorted(decisions))


def load(path: str | Path, *, missing_ok: bool = False) -> Curation:
    """The decisions of a curation file (Turtle).

    Raises:
        CurationError: the file does not parse, or a decision is malformed.
        InputError: the file does not exist (unless ``missing_ok``: then no decision) or cannot be read.
    """
    path = Path(path)
    if not path.exists():
        if missing_ok:
            return Curation()
        raise InputError(f"{path}: no such curation file",
                         hint="make one with `graphkit curate FILE reject-entity NAME` (or another decision)")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a curation file", hint="give the Turtle file of the decisions")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check the file's permissions") from None
    try:
        triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=str(CURATION)))
    except SyntaxError as exc:
        from .errors import syntax_location

        line, column, detail = syntax_location(str(exc))
        where = f" at line {line}, column {column}" if line is not None else ""
        raise CurationError(f"{path}: not valid Turtle{where}: {detail}"[:300],
                            hint="fix the file (it is plain Turtle, one decision per node), or restore it from git") from None
    return from_triples(triples, name=str(path))


HEADER = ("# graphkit curation: one decision per node, replayed on every build (graphkit build --curation FILE).\n"
          "# Edit with `graphkit curate FILE …`; `graphkit curate FILE list` shows the decisions.\n")


def dumps(curation: Curation) -> bytes:
    """The curation file's bytes: sorted Turtle, the same decisions always giving the same bytes."""
    import io

    from .rdf import SortedTriples, write_sorted

    out = io.BytesIO()
    out.write(HEADER.encode("utf-8"))
    with SortedTriples("turtle") as sorted_triples:
        for s, p, o in curation.triples():
            sorted_triples.add_nt(str(s), str(p), str(o))
        write_sorted(sorted_triples, out, "turtle")
    return out.getvalue()


def save(path: str | Path, curation: Curation) -> None:
    """Write a curation file atomically (a crash leaves the old file)."""
    from .writing import write_atomic

    write_atomic(path, dumps(curation))


@contextmanager
def _editing(path: Path):
    """Hold the lock of ``path``'s folder while a curation file is read, changed and written back.

    Two edits of one file at once (two ``graphkit curate`` commands, two servers'
    actions) would each read the file, add their decision and write it back, the
    second losing the first's: the kernel's lock (flock) on the folder makes them
    one after the other, and a process killed at any moment releases it. The
    folder is locked rather than the file, which each edit replaces.

    Raises:
        InputError: the folder cannot be opened.
    """
    import fcntl

    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        from .writing import _file_on_the_way

        blocker = _file_on_the_way(folder) if isinstance(exc, (FileExistsError, NotADirectoryError)) else None
        if blocker is not None:
            raise InputError(f"{blocker}: is a file, not a folder", hint="check the path") from None
        raise InputError(f"{path}: cannot write in its folder ({exc.strerror})",
                         hint="check the path and the folder's permissions") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def add(path: str | Path, decision: Decision) -> tuple[Curation, int]:
    """Add a decision to a curation file (created if missing); the curation and the decision's number (from 1).

    A decision is replayed after those already in the file: one whose time is not
    later than theirs is given the second after the last one's. Edits of one file
    at once (by other processes too) are made one after the other, none lost.

    Raises:
        CurationError: the file already holds the same decision.
    """
    path = Path(path)
    with _editing(path):
        curation = load(path, missing_ok=True)
        if any(d.iri == decision.iri for d in curation.decisions):
            raise CurationError(f"{path}: already holds this decision ({decision.summary()})",
                                hint="`graphkit curate FILE list` shows the decisions")
        if curation.decisions and decision.when <= curation.decisions[-1].when:
            # made in the same second as the last (or with a clock behind it): it still comes after it
            decision = _identified(replace(decision, when=_later_than(decision.when, curation.decisions[-1].when)))
        curation = Curation(_sorted((*curation.decisions, decision)))
        save(path, curation)
    return curation, 1 + next(i for i, d in enumerate(curation.decisions) if d.iri == decision.iri)


def undo(path: str | Path, number: int) -> Decision:
    """Remove decision ``number`` (as :func:`load` orders them, from 1) from a curation file; the decision removed.

    Raises:
        CurationError: no decision has that number.
    """
    path = Path(path)
    with _editing(path):
        curation = load(path)
        if not 1 <= number <= len(curation):
            raise CurationError(f"{path}: holds {len(curation)} decision{'s' if len(curation) != 1 else ''}; "
                                f"there is no decision {number}",
                                hint="`graphkit curate FILE list` numbers them" if curation else "there is nothing to undo")
        gone = curation.decisions[number - 1]
        save(path, Curation(tuple(d for d in curation.decisions if d.iri != gone.iri)))
    return gone


def withdraw(path: str | Path, iri: str) -> bool:
    """Remove the decision whose IRI is ``iri`` from a curation file, whatever its number now; whether it was there."""
    path = Path(path)
    with _editing(path):
        curation = load(path, missing_ok=True)
        kept = tuple(d for d in curation.decisions if d.iri != iri)
        if len(kept) == len(curation.decisions):
            return False
        save(path, Curation(kept))
    return True


# --------------------------------------------------------------------------- replay


@dataclass(frozen=True)
class Missing:
    """A decision that changed nothing: its number, the decision, and why."""

    number: int
    decision: Decision
    reason: str

    def __str__(self) -> str:
        return f"decision {self.number} ({self.decision.summary()}) changed nothing: {self.reason}"


@dataclass(frozen=True)
class CurationReport:
    """What a replay did: decisions applied, those that found nothing to change, statements removed and added."""

    applied: tuple[Decision, ...] = ()
    missing: tuple[Missing, ...] = ()
    skipped: tuple[Decision, ...] = ()  # already replayed in this graph
    removed: int = 0
    added: int = 0

    def describe(self) -> str:
        """One line: ``curation: 4 decisions applied, 1 changed nothing (12 statements removed, 3 added)``."""
        n = len(self.applied)
        text = f"curation: {n} decision{'s' if n != 1 else ''} applied"
        if self.missing:
            text += f", {len(self.missing)} changed nothing"
        if self.skipped:
            text += f", {len(self.skipped)} already replayed"
        return text + f" ({self.removed} statements removed, {self.added} added)"


_DG = ox.DefaultGraph()


def _norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class _Replay:
    """The state of one replay over a store's default graph."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.removed: dict[tuple, str] = {}  # extracted statements removed → the decision that removed them
        self.added: dict[tuple, str] = {}  # statements not extracted, added → the decision that added them
        self.redirect: dict[str, str] = {}  # merged-away entity IRI → the entity kept
        self.curated: dict[str, set[str]] = {}  # entity IRI → decisions that changed it
        self._names: dict[str, set[str]] | None = None

    # -- reading
    def triples(self, s=None, p=None, o=None) -> list[tuple]:
        return [(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(s, p, o, _DG)]

    def has(self, s=None, p=None, o=None) -> bool:
        return next(iter(self.store.quads_for_pattern(s, p, o, _DG)), None) is not None

    def is_entity(self, iri: str) -> bool:
        return iri.startswith(str(ENTITY)) and self.has(_n(iri), TYPE, None)

    def label(self, iri: str) -> str:
        found = sorted(o.value for _, _, o in self.triples(_n(iri), LABEL, None))
        return found[0] if found else iri

    @property
    def names(self) -> dict[str, set[str]]:
        if self._names is None:
            names: dict[str, set[str]] = {}
            for predicate in (LABEL, ALT_LABEL):
                for s, _, o in self.triples(None, predicate, None):
                    if isinstance(s, ox.NamedNode) and isinstance(o, ox.Literal) and s.value.startswith(str(ENTITY)):
                        names.setdefault(_norm(o.value), set()).add(s.value)
            self._names = names
        return self._names

    # -- writing
    def remove(self, triple: tuple, decision: str) -> None:
        if not self.has(*triple):
            return
        self.store.remove(ox.Quad(*triple, _DG))
        if triple in self.added:
            del self.added[triple]
        else:
            self.removed[triple] = decision

    def add(self, triple: tuple, decision: str) -> None:
        if self.has(*triple):
            return
        self.store.add(ox.Quad(*triple, _DG))
        if triple in self.removed:
            del self.removed[triple]
        else:
            self.added[triple] = decision

    def drop_node(self, node: ox.NamedNode, decision: str) -> None:
        """Remove every statement of ``node`` (as subject) and every statement that points to it."""
        for t in self.triples(node, None, None) + self.triples(None, None, node):
            self.remove(t, decision)

    # -- resolving
    def resolve(self, ref: Ref) -> tuple[str | None, str]:
        """The entity IRI a reference names now (after merges), or None and why not.

        Raises:
            CurationError: a name that labels several entities.
        """
        if isinstance(ref, ox.NamedNode):
            iri = ref.value
            seen = set()
            while iri in self.redirect and iri not in seen:
                seen.add(iri)
                iri = self.redirect[iri]
            if self.is_entity(iri):
                return iri, ""
            return None, f"no entity {show_ref(ref)} in the graph"
        candidates = set()
        for iri in self.names.get(_norm(ref.value), ()):
            while iri in self.redirect:
                iri = self.redirect[iri]
            if self.is_entity(iri):
                candidates.add(iri)
        if len(candidates) > 1:
            listed = "; ".join(f"{show_ref(_n(c))} ({self.label(c)})" for c in sorted(candidates))
            raise CurationError(f"the name {ref.value!r} labels {len(candidates)} entities: {listed}",
                                hint="name the one you mean by its IRI in the curation file")
        if not candidates:
            return None, f"no entity is named {ref.value!r} in the graph"
        return candidates.pop(), ""


def recorded(store: ox.Store) -> set[str]:
    """The decisions a graph already records as replayed (with ``ppp:appliedTo`` or ``ppp:notApplied``)."""
    found = set()
    for predicate in (_P["appliedTo"], _P["notApplied"]):
        for q in store.quads_for_pattern(None, predicate, None, _DG):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(DECISION_NS):
                found.add(q.subject.value)
    return found


def apply(store: ox.Store, curation: Curation) -> CurationReport:
    """Replay the decisions on the default graph of ``store``, in their order; what it did.

    Deterministic and idempotent: the same graph and decisions give the same
    graph, and a decision the graph records as replayed is passed over. A
    decision whose entity or relation is not in the graph changes nothing and
    is returned in ``report.missing`` (and recorded with ``ppp:notApplied``).

    Raises:
        CurationError: a name that labels several entities (the message lists them).
    """
    state = _Replay(store)
    done = recorded(store)
    applied, missing, skipped = [], [], []
    notes: dict[str, tuple[list[str], str | None]] = {}
    for number, d in enumerate(curation.decisions, 1):
        if d.iri in done:
            skipped.append(d)
            continue
        entities, why = _APPLY[d.action](state, d)
        notes[d.iri] = (entities, why)
        if why:
            missing.append(Missing(number, d, why))
        else:
            applied.append(d)
    _record(state, curation, notes)
    return CurationReport(tuple(applied), tuple(missing), tuple(skipped), len(state.removed), len(state.added))


def _reject_entity(state: _Replay, d: Decision) -> tuple[list[str], str | None]:
    found, reasons = [], []
    for ref in d.targets:
        iri, why = state.resolve(ref)
        if iri is None:
            reasons.append(why)
            continue
        found.append(iri)
        node = _n(iri)
        dependent = [s for s, _, _ in state.triples(None, TA_IDENT_REF, node)]
        for role in (SUBJECT, OBJECT):
            dependent += [s for s, _, _ in state.triples(None, role, node) if state.has(s, TYPE, EVIDENCE)]
        for s in dependent:
            state.drop_node(s, d.iri)
        state.drop_node(node, d.iri)
    return found, "; ".join(reasons) if not found else None


def _pairs(state: _Replay, d: Decision) -> tuple[str | None, str | None, str | None]:
    s, why_s = state.resolve(d.subject)
    o, why_o = state.resolve(d.object)
    return s, o, "; ".join(w for w in (why_s, why_o) if w) or None


def _reject_relation(state: _Replay, d: Decision) -> tuple[list[str], str | None]:
    s, o, why = _pairs(state, d)
    if why:
        return [x for x in (s, o) if x], why
    predicate = _n(str(PPP[d.predicate]))
    directions = [(s, o), (o, s)] if d.predicate == "partnersWith" else [(s, o)]
    stated = [(a, b) for a, b in directions if state.has(_n(a), predicate, _n(b))]
    if not stated:
        return [s, o], f"the graph does not state {show_ref(_n(s))} {d.predicate} {show_ref(_n(o))}"
    for a, b in directions:
        _drop_relation(state, _n(a), predicate, _n(b), d.iri)
    return [s, o], None


def _drop_relation(state: _Replay, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode, decision: str) -> None:
    state.remove((s, p, o), decision)
    for ev, _, _ in state.triples(None, SUBJECT, s):
        if state.has(ev, PREDICATE, p) and state.has(ev, OBJECT, o) and state.has(ev, TYPE, EVIDENCE):
            for t in state.triples(ev, None, None):
                state.remove(t, decision)


def _merge(state: _Replay, d: Decision) -> tuple[list[str], str | None]:
    into, why = state.resolve(d.into)
    if into is None:
        return [], why
    kept = _n(into)
    found, reasons = [into], []
    for ref in d.targets:
        iri, why = state.resolve(ref)
        if iri is None:
            reasons.append(why)
            continue
        if iri == into:
            continue
        found.append(iri)
        gone = _n(iri)
        for s, p, o in state.triples(gone, None, None):
            state.remove((s, p, o), d.iri)
            if p == TYPE:
                continue  # the entity kept keeps its classes
            if p == LABEL:
                label = o if isinstance(o, ox.Literal) and o.language else ox.Literal(o.value, language="en")
                if not state.has(kept, LABEL, label):
                    state.add((kept, ALT_LABEL, label), d.iri)
                continue
            if p.value in _ENTITY_LEVEL_UNIQUE and state.has(kept, p, None):
                continue  # one start and one end date: the kept entity's
            state.add((kept, p, kept if o == gone else o), d.iri)
        for s, p, o in state.triples(None, None, gone):
            state.remove((s, p, o), d.iri)
            state.add((kept if s == gone else s, p, kept), d.iri)
        state.redirect[iri] = into
        state.curated.setdefault(into, set()).add(d.iri)
        if state._names is not None:
            for name, iris in state._names.items():
                if iri in iris:
                    iris.add(into)
    # a relation of the merged entities with each other would now be a loop: it goes, with its evidence
    for p_iri in _RELATION_IRIS:
        predicate = _n(p_iri)
        if state.has(kept, predicate, kept):
            _drop_relation(state, kept, predicate, kept, d.iri)
    if len(found) == 1:
        return found, "; ".join(reasons) or "every entity to merge is the one kept"
    return found, None


def _rename(state: _Replay, d: Decision) -> tuple[list[str], str | None]:
    iri, why = state.resolve(d.targets[0])
    if iri is None:
        return [], why
    node = _n(iri)
    new = ox.Literal(d.label, language="en")
    if state.has(node, LABEL, new):
        return [iri], f"{show_ref(node)} is already labelled {d.label!r}"
    for s, p, o in state.triples(node, LABEL, None):
        state.remove((s, p, o), d.iri)
        old = o if isinstance(o, ox.Literal) and o.language else ox.Literal(o.value, language="en")
        state.add((node, ALT_LABEL, old), d.iri)
    state.add((node, LABEL, new), d.iri)
    state.curated.setdefault(iri, set()).add(d.iri)
    state.names.setdefault(_norm(d.label), set()).add(iri)
    return [iri], None


def _add_relation(state: _Replay, d: Decision) -> tuple[list[str], str | None]:
    s, o, why = _pairs(state, d)
    if why:
        return [x for x in (s, o) if x], why
    from .ontology import load as load_ontology

    predicate = _n(str(PPP[d.predicate]))
    ontology = load_ontology()
    dom, rng = ontology.signatures[d.predicate]

    def scored(iri: str) -> set[str]:
        ppp = PPP.ns
        return {ontology.coarse_type(t.value[len(ppp):]) for _, _, t in state.triples(_n(iri), TYPE, None)
                if t.value.startswith(ppp)} - {None}

    if not scored(s) & dom or not scored(o) & rng:
        return [s, o], (f"{d.predicate} goes from {' or '.join(sorted(dom))} to {' or '.join(sorted(rng))}: "
                        f"{show_ref(_n(s))} is {' or '.join(sorted(scored(s))) or 'untyped'}, "
                        f"{show_ref(_n(o))} is {' or '.join(sorted(scored(o))) or 'untyped'}")
    if state.has(_n(s), predicate, _n(o)) or (d.predicate == "partnersWith" and state.has(_n(o), predicate, _n(s))):
        return [s, o], "the graph already states it"
    state.add((_n(s), predicate, _n(o)), d.iri)
    return [s, o], None


_APPLY = {"reject-entity": _reject_entity, "reject-relation": _reject_relation, "merge": _merge,
          "rename": _rename, "add-relation": _add_relation}


def record_iri(namespace: str, triple: tuple) -> str:
    """The IRI of the record of a removed or added statement: a digest of the statement."""
    s, p, o = triple
    digest = hashlib.sha1(f"{s} {p} {o}".encode("utf-8")).hexdigest()[:20]
    return namespace + (OFFSET_RECORD if p.value in _OFFSETS else "") + digest


def _record(state: _Replay, curation: Curation, notes: dict[str, tuple[list[str], str | None]]) -> None:
    """Write the decisions replayed, the records of what they removed and added, and ``ppp:curatedBy``."""
    quads = []
    for d in curation.decisions:
        if d.iri not in notes:
            continue
        quads += [ox.Quad(*t, _DG) for t in d.triples()]
        entities, why = notes[d.iri]
        node = _n(d.iri)
        quads += [ox.Quad(node, _P["appliedTo"], _n(e), _DG) for e in sorted(set(entities))]
        if why:
            quads.append(ox.Quad(node, _P["notApplied"], ox.Literal(why), _DG))
    for records, namespace, cls, link in ((state.removed, REMOVED_NS, _P["RemovedStatement"], INVALIDATED_BY),
                                          (state.added, ADDED_NS, _P["AddedStatement"], GENERATED_BY)):
        for triple, decision in records.items():
            r = _n(record_iri(namespace, triple))
            quads += [ox.Quad(r, TYPE, cls, _DG), ox.Quad(r, TYPE, STATEMENT, _DG),
                      ox.Quad(r, SUBJECT, triple[0], _DG), ox.Quad(r, PREDICATE, triple[1], _DG),
                      ox.Quad(r, OBJECT, triple[2], _DG), ox.Quad(r, link, _n(decision), _DG)]
    for iri, decisions in state.curated.items():
        if state.is_entity(iri):
            quads += [ox.Quad(_n(iri), _P["curatedBy"], _n(d), _DG) for d in sorted(decisions)]
    state.store.extend(quads)


def apply_to_graph(graph, curation: Curation):
    """:func:`apply` on an rdflib graph: the curated graph (a new rdflib graph) and the report."""
    from .rdf import new_graph, offsets_as_written

    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    report = apply(store, curation)
    data = ox.serialize(offsets_as_written(store.quads_for_pattern(None, None, None, _DG)),
                        format=ox.RdfFormat.N_QUADS)
    return new_graph().parse(data=data.decode("utf-8"), format="nt"), report


def curation_of(source) -> Curation:
    """A curation given as a :class:`Curation`, a path to a curation file, or None (no decision)."""
    if source is None:
        return Curation()
    if isinstance(source, Curation):
        return source
    return load(source)

"""Gold annotations read from JSON files (``gold-format.md``), checked field by field."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from ..errors import GoldError
from ..vocab import KINDS, RELATIONS, SCORED_CLASSES

_GOLD_HINT = "fix the gold file as gold-format.md describes"


@dataclass(frozen=True)
class GoldEntity:
    """An entity of a gold file."""

    id: str
    type: str
    name: str
    mentions: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldRelation:
    """A relation of a gold file; ``role`` only on ``worksFor``."""

    subject: str
    predicate: str
    object: str
    alternatives: tuple[str, ...] = ()
    role: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldFigure:
    """A figure of a gold file; ``value`` is exact (parsed as a decimal)."""

    kind: str
    value: Decimal
    subject: str | None = None
    unit: str | None = None
    text: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldDocument:
    """One gold file: the annotations of one article.

    Attributes:
        document: the article's file name, matched against ``dcterms:identifier``.
        language: the article's language code.
        source: the gold file it was read from (for messages).
    """

    document: str
    language: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    source: str = ""


def load_gold(paths: Iterable[str | Path] | str | Path) -> list[GoldDocument]:
    """Read and check gold files.

    Args:
        paths: gold files, or folders whose ``*.json`` files (not recursive,
            sorted by name) are read, or ``-``: one gold file on standard
            input. A single path is accepted too.

    Returns:
        The documents, in the order the files were given.

    Raises:
        GoldError: a path does not exist, no gold file was found, or a file
            breaks the gold format; the message names the file and the JSON
            path of the problem, e.g.
            ``x.json: entities[3].type = "Org" is not one of Organization, …``.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    given = [Path(raw) for raw in paths]
    files: list[Path] = []
    seen: set[Path] = set()
    for path in given:
        if str(path) == "-":
            found = [path]
        elif path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
        elif path.is_file():
            found = [path]
        else:
            raise GoldError(f"{path}: no such file or folder", hint="give gold files or folders of *.json")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    if not files:
        where = ", ".join(str(path) for path in given) or "no paths"
        raise GoldError(f"no gold files found in {where}", hint="gold files are *.json, one per article")
    documents = [_read_gold_file(file) for file in files]
    _check_corpus(documents)
    return documents


class _Constant:
    """What ``NaN`` or ``Infinity`` in a gold file parses to (so it fails as 'not a number')."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _show(value: Any) -> str:
    """A value as it appears in a message: JSON, shortened."""
    if isinstance(value, (Decimal, _Constant)):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _json_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


class _Checker:
    """Validates the parsed JSON of one gold file, failing with file and JSON path."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, path: str, problem: str) -> NoReturn:
        raise GoldError(f"{self.label}: {path} {problem}", hint=_GOLD_HINT)

    def obj(self, value: Any, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"is {_json_kind(value)}, not an object")
        for key in value:
            if key not in allowed:
                self.fail(_join(path, key), f"is not a key of the gold format (allowed: {', '.join(allowed)})")
        return value

    def required(self, obj: dict[str, Any], key: str, path: str) -> Any:
        if key not in obj:
            self.fail(_join(path, key), "is missing")
        return obj[key]

    def string(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, f"= {_show(value)} is not a non-empty string")
        return value

    def optional_string(self, value: Any, path: str) -> str | None:
        return None if value is None else self.string(value, path)

    def strings(self, value: Any, path: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(path, f"= {_show(value)} is not a list of strings")
        return tuple(self.string(item, f"{path}[{i}]") for i, item in enumerate(value))

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"= {_show(value)} is not true or false")
        return value

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in allowed:
            self.fail(path, f"= {_show(value)} is not one of {', '.join(allowed)}")
        return value

    def number(self, value: Any, path: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            self.fail(path, f"= {_show(value)} is not a number")
        number = Decimal(value)
        if not number.is_finite():
            self.fail(path, f"= {_show(value)} is not a finite number")
        return number

    def entity_ref(self, value: Any, path: str, ids: Mapping[str, int]) -> str:
        if not isinstance(value, str) or value not in ids:
            self.fail(path, f"= {_show(value)} is not an entity id of this file")
        return value


def _join(path: str, key: str) -> str:
    return key if not path else f"{path}.{key}"


_ROOT_KEYS = ("document", "language", "entities", "relations", "figures")
_ENTITY_KEYS = ("id", "type", "name", "mentions", "aliases", "optional")
_RELATION_KEYS = ("subject", "predicate", "object", "alternatives", "role", "optional")
_FIGURE_KEYS = ("subject", "kind", "value", "unit", "text", "optional")


def _read_gold_file(path: Path) -> GoldDocument:
    label = str(path)
    try:
        if label == "-":
            import sys

            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{label}: is not UTF-8 text ({exc.reason} at byte {exc.start})", hint=_GOLD_HINT) from exc
    except OSError as exc:
        raise GoldError(f"{label}: cannot be read ({exc.strerror})") from exc
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_Constant)
    except json.JSONDecodeError as exc:
        raise GoldError(
            f"{label}: is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", hint=_GOLD_HINT
        ) from exc
    return _parse_gold(data, _Checker(label))


def _parse_gold(data: Any, check: _Checker) -> GoldDocument:
    if not isinstance(data, dict):
        check.fail("(top level)", f"is {_json_kind(data)}, not an object")
    root = check.obj(data, "", _ROOT_KEYS)
    document = check.string(check.required(root, "document", ""), "document")
    language = check.string(check.required(root, "language", ""), "language")
    raw_entities = check.required(root, "entities", "")
    if not isinstance(raw_entities, list):
        check.fail("entities", f"is {_json_kind(raw_entities)}, not a list")

    entities: list[GoldEntity] = []
    ids: dict[str, int] = {}
    for i, raw in enumerate(raw_entities):
        path = f"entities[{i}]"
        obj = check.obj(raw, path, _ENTITY_KEYS)
        entity_id = check.string(check.required(obj, "id", path), f"{path}.id")
        if entity_id in ids:
            check.fail(f"{path}.id", f"= {_show(entity_id)} is already the id of entities[{ids[entity_id]}]")
        ids[entity_id] = i
        entities.append(
            GoldEntity(
                id=entity_id,
                type=check.choice(check.required(obj, "type", path), f"{path}.type", SCORED_CLASSES),
                name=check.string(check.required(obj, "name", path), f"{path}.name"),
                mentions=check.strings(check.required(obj, "mentions", path), f"{path}.mentions"),
                aliases=check.strings(obj.get("aliases", []), f"{path}.aliases"),
                optional=check.boolean(obj.get("optional", False), f"{path}.optional"),
            )
        )

    relations: list[GoldRelation] = []
    raw_relations = root.get("relations", [])
    if not isinstance(raw_relations, list):
        check.fail("relations", f"is {_json_kind(raw_relations)}, not a list")
    for i, raw in enumerate(raw_relations):
        path = f"relations[{i}]"
        obj = check.obj(raw, path, _RELATION_KEYS)
        subject = check.entity_ref(check.required(obj, "subject", path), f"{path}.subject", ids)
        predicate = check.choice(check.required(obj, "predicate", path), f"{path}.predicate", RELATIONS)
        obj_id = check.entity_ref(check.required(obj, "object", path), f"{path}.object", ids)
        raw_alts = obj.get("alternatives", [])
        if not isinstance(raw_alts, list):
            check.fail(f"{path}.alternatives", f"= {_show(raw_alts)} is not a list of predicates")
        alternatives = tuple(
            check.choice(alt, f"{path}.alternatives[{j}]", RELATIONS) for j, alt in enumerate(raw_alts)
        )
        role = check.optional_string(obj.get("role"), f"{path}.role")
        if role is not None and predicate != "worksFor":
            check.fail(f"{path}.role", f"is given on {predicate}; only worksFor relations have a role")
        relations.append(
            GoldRelation(
                subject=subject,
                predicate=predicate,
                object=obj_id,
                alternatives=alternatives,
                role=role,
                optional=check.boolean(obj.get("optional", False), f"{path}.optional"),
            )
        )

    figures: list[GoldFigure] = []
    raw_figures = root.get("figures", [])
    if not isinstance(raw_figures, list):
        check.fail("figures", f"is {_json_kind(raw_figures)}, not a list")
    for i, raw in enumerate(raw_figures):
        path = f"figures[{i}]"
        obj = check.obj(raw, path, _FIGURE_KEYS)
        subject = obj.get("subject")
        figures.append(
            GoldFigure(
                kind=check.choice(check.required(obj, "kind", path), f"{path}.kind", KINDS),
                value=check.number(check.required(obj, "value", path), f"{path}.value"),
                subject=None if subject is None else check.entity_ref(subject, f"{path}.subject", ids),
                unit=check.optional_string(obj.get("unit"), f"{path}.unit"),
                text=check.optional_string(obj.get("text"), f"{path}.text"),
                optional=check.boolean(obj.get("optional", False), f"{path}.optional"),
            )
        )

    return GoldDocument(
        document=document,
        language=language,
        entities=tuple(entities),
        relations=tuple(relations),
        figures=tuple(figures),
        source=check.label,
    )


def _check_corpus(documents: Iterable[GoldDocument]) -> None:
    """Fail on the same document annotated twice or an entity id with two types."""
    by_name: dict[str, GoldDocument] = {}
    types: dict[str, tuple[str, GoldDocument]] = {}
    for doc in documents:
        label = doc.source or doc.document
        if doc.document in by_name:
            other = by_name[doc.document]
            raise GoldError(
                f"{label}: document = {_show(doc.document)} is already annotated in {other.source or 'another file'}",
                hint="keep one gold file per article",
            )
        by_name[doc.document] = doc
        for i, entity in enumerate(doc.entities):
            if entity.id in types and types[entity.id][0] != entity.type:
                first_type, first = types[entity.id]
                raise GoldError(
                    f"{label}: entities[{i}].type = {_show(entity.type)} conflicts with {_show(first_type)} "
                    f"for id {_show(entity.id)} in {first.source or first.document}",
                    hint="an id names one real-world entity, with one type, in every file",
                )
            types.setdefault(entity.id, (entity.type, doc))

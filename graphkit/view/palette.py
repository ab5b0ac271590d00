"""How the page draws what it shows: the colour and shape of each class, the colour of each relation
and of each community."""

from __future__ import annotations

#: Fill colour of each class (Okabe-Ito hues for the four scored classes; the
#: subclasses of Organization in shades of blue, those of Location in greens).
#: A subclass not listed here takes the colour of its scored class.
CLASS_COLOURS = {
    "Organization": "#0072B2",
    "LawEnforcementAgency": "#08306B",
    "GovernmentAgency": "#2166AC",
    "IntergovernmentalOrganization": "#4B3F9E",
    "Company": "#56B4E9",
    "NonProfit": "#7FA7D9",
    "Initiative": "#8073C7",
    "OrganizationalUnit": "#9ECAE1",
    "Media": "#3A9FBF",
    "Person": "#E69F00",
    "Operation": "#D55E00",
    "Location": "#009E73",
    "Country": "#00704F",
    "Region": "#2DB38A",
    "City": "#7FD1B5",
    "AdministrativeArea": "#4FBF9A",
}

#: vis-network shape of each scored class, and the glyph that stands for it in the legend.
CLASS_SHAPES = {
    "Organization": ("dot", "\u25cf"),
    "Person": ("diamond", "\u25c6"),
    "Operation": ("star", "\u2605"),
    "Location": ("square", "\u25a0"),
}

#: Edge colour of each relation predicate (Paul Tol's muted palette and neighbours).
RELATION_COLOURS = {
    "memberOf": "#332288",
    "partnersWith": "#117733",
    "worksFor": "#CC6677",
    "partOf": "#88CCEE",
    "coordinatedBy": "#882255",
    "participatedIn": "#44AA99",
    "targets": "#AA4499",
    "locatedIn": "#999933",
    "launchedBy": "#DDCC77",
    "investigates": "#661100",
    "supports": "#6699CC",
    "trains": "#888888",
}

#: Edge colour of a relation added to ``vocab.RELATIONS`` but not to the table above.
OTHER_RELATION_COLOUR = "#555555"

#: Relations drawn without an arrow head (symmetric ones).
UNDIRECTED_RELATIONS = frozenset({"partnersWith"})

#: Node colours of the biggest communities when nodes are coloured by community
#: (Tableau 10 without its grey, then lighter neighbours); the others share
#: :data:`OTHER_COMMUNITY_COLOUR`.
COMMUNITY_COLOURS = (
    "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B",
    "#E377C2", "#BCBD22", "#17BECF", "#AEC7E8", "#FFBB78", "#98DF8A",
)
OTHER_COMMUNITY_COLOUR = "#B0B0B0"
#: Neutral colour of the class glyphs in the legend when nodes are coloured by community.
NEUTRAL_COLOUR = "#57606A"


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def _class_colour(entity) -> str:
    """The fill colour of an entity's node: its class's, else its scored class's."""
    return CLASS_COLOURS.get(entity.cls, CLASS_COLOURS[entity.root])

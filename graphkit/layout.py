"""Node positions for big graphs, computed in Python so the page opens with physics off.

vis-network lays out a few hundred nodes in the browser in seconds, but
thousands take minutes and keep the page frozen meanwhile. For those,
:func:`layout` places the nodes beforehand:

- the graph is split into connected components (networkx);
- a component of 3 to :data:`SMALL` nodes is laid out by networkx's
  :func:`~networkx.drawing.layout.spring_layout` (Fruchterman-Reingold), a
  pair side by side;
- a larger one by the same Fruchterman-Reingold forces computed in
  O(n log n) per step instead of O(n²): repulsion on a grid by FFT
  convolution (a particle-mesh method) plus exact repulsion between close
  nodes (a k-d tree), attraction along edges, a light pull to the centre,
  starting from a pivot-MDS embedding (Brandes and Pich 2006: the
  breadth-first distances to a few pivots, reduced to their 2 main axes);
  networkx's own spring and ForceAtlas2 layouts are O(n²) per iteration and
  took 70 to 100 s on the 3,181 connected nodes of a 5,000-entity graph,
  this about 1 s;
- each component is scaled so that neighbouring nodes are about
  :data:`SPACING` pixels apart, and the components are packed in rows, the
  biggest first (entities without any relation end up in a tidy grid, in the
  order given).

It is deterministic: the same nodes and edges in the same order give the
same positions (a fixed seed, no dependence on hash order). It needs numpy
and scipy, imported only when a layout is asked for.

Example:
    >>> pos = layout(["a", "b", "c"], [("a", "b")])
    >>> sorted(pos) == ["a", "b", "c"] and all(isinstance(v, int) for xy in pos.values() for v in xy)
    True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

__all__ = ["SPACING", "SMALL", "layout"]

#: Typical distance in pixels (vis-network's canvas units) between a node and its nearest neighbour.
SPACING = 90.0
#: Components of at most this many nodes are laid out by networkx's spring_layout.
SMALL = 100
#: Most cells per side of the repulsion grid (fewer for smaller components), and steps of the layout.
GRID, ITERATIONS = 128, 120
#: Pivots of the initial pivot-MDS embedding.
PIVOTS = 30


def layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], *, seed: int = 7, spacing: float = SPACING
) -> dict[str, tuple[int, int]]:
    """Positions of ``nodes`` in canvas pixels, from the undirected links ``edges``.

    Args:
        nodes: the node ids; their order breaks ties (which component comes
            first among equals, the order of isolated nodes in their grid).
        edges: pairs of node ids; directions, repeats and self-loops do not matter.
        seed: the seed of every random choice.
        spacing: the typical distance between neighbouring nodes, in pixels.

    Returns:
        Node id → (x, y), integers, the biggest component centred on (0, 0).
    """
    import networkx as nx
    import numpy as np

    index = {node: i for i, node in enumerate(nodes)}
    G = nx.Graph()
    G.add_nodes_from(range(len(index)))
    G.add_edges_from((index[a], index[b]) for a, b in edges if a != b)
    components = sorted((sorted(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0]))

    parts = []
    for members in components:
        if len(members) == 1:
            parts.append(np.zeros((1, 2)))
            continue
        if len(members) == 2:
            local = np.array([[-0.5, 0.0], [0.5, 0.0]])
        elif len(members) <= SMALL:
            found = nx.spring_layout(G.subgraph(members), seed=seed)
            local = np.array([found[m] for m in members], dtype=float)
        else:
            where = {m: i for i, m in enumerate(members)}
            pairs = np.array([(where[a], where[b]) for a, b in G.subgraph(members).edges()], dtype=np.intp)
            local = _force_layout(len(members), pairs, seed=seed)
        parts.append(_normalised(local))

    positions = np.zeros((len(index), 2))
    for members, local, offset in zip(components, parts, _pack(parts)):
        positions[members] = (local + offset) * spacing
    return {node: (int(round(x)), int(round(y))) for node, (x, y) in zip(nodes, positions.tolist())}


def _normalised(local):
    """Centred on its centroid, scaled so that the median nearest-neighbour distance is 1."""
    import numpy as np
    from scipy.spatial import cKDTree

    local = local - local.mean(axis=0)
    distance, _ = cKDTree(local).query(local, k=2)
    typical = float(np.median(distance[:, 1]))
    if typical <= 1e-9:
        typical = float(np.abs(local).max()) or 1.0
    return local / typical


def _pack(parts) -> list:
    """Offsets that put each part (a point set centred on 0) in rows below the first, biggest one."""
    import numpy as np

    if not parts:
        return []
    gap = 1.5
    boxes = [(p.min(axis=0) - 0.5, p.max(axis=0) + 0.5) for p in parts]
    sizes = [hi - lo for lo, hi in boxes]
    first_lo, first_hi = boxes[0]
    area = sum(float((w + gap) * (h + gap)) for w, h in sizes[1:])
    width = max(float(sizes[0][0]), np.sqrt(area))
    left = float(first_lo[0]) if width == sizes[0][0] else -width / 2
    offsets = [np.zeros(2)]
    top, x, row = float(first_hi[1]) + 2 * gap, 0.0, 0.0
    for (lo, _), (w, h) in zip(boxes[1:], sizes[1:]):
        if x > 0 and x + w > width:
            top += row + gap
            x, row = 0.0, 0.0
        offsets.append(np.array([left + x - lo[0], top - lo[1]]))
        x += float(w) + gap
        row = max(row, float(h))
    return offsets


def _pivot_mds(n: int, pairs, rng):
    """A 2-D embedding of a connected graph from the hop distances to a few pivots."""
    import numpy as np
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import shortest_path

    adjacency = coo_array((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n)).tocsr()
    degree = np.bincount(pairs.ravel(), minlength=n)
    pivot = int(np.argmax(degree))
    nearest = np.full(n, np.inf)
    rows = []
    for _ in range(min(PIVOTS, n)):
        hops = shortest_path(adjacency, directed=False, unweighted=True, indices=pivot)
        rows.append(hops)
        nearest = np.minimum(nearest, hops)
        pivot = int(np.argmax(nearest))  # the node farthest from every pivot so far
        if nearest[pivot] == 0:
            break
    squared = np.array(rows).T ** 2
    centred = -0.5 * (squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean())
    # the two main axes, from the small (pivots × pivots) matrix: an SVD of the tall one is slower
    _, vectors = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vectors[:, ::-1][:, :2]
    if coords.shape[1] < 2:
        coords = np.hstack([coords, np.zeros((n, 2 - coords.shape[1]))])
    coords *= np.where(np.abs(coords.max(axis=0)) >= np.abs(coords.min(axis=0)), 1.0, -1.0)  # a fixed sign
    length = np.sqrt(((coords[pairs[:, 0]] - coords[pairs[:, 1]]) ** 2).sum(axis=1)).mean()
    coords = coords / (length if length > 1e-9 else 1.0)
    return coords + rng.uniform(-0.5, 0.5, coords.shape)  # nodes at equal hop distances part


@lru_cache(maxsize=4)
def _kernel(size: int):
    """FFTs of the x and y components of the repulsion kernel r / |r|² on a (2 size)² periodic grid."""
    import numpy as np

    offsets = np.arange(2 * size)
    offsets = np.where(offsets < size, offsets, offsets - 2 * size)
    x, y = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = (x * x + y * y).astype(float)
    r2[0, 0] = 1.0
    return np.fft.rfft2(x / r2), np.fft.rfft2(y / r2)


def _force_layout(n: int, pairs, *, seed: int, iterations: int = ITERATIONS, gravity: float = 0.3):
    """Fruchterman-Reingold (ideal edge length 1) on a connected graph of ``n`` nodes, O(n log n) a step."""
    import numpy as np
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(seed)
    pos = _pivot_mds(n, pairs, rng)
    source, target = pairs[:, 0], pairs[:, 1]
    grid = min(GRID, max(32, 1 << math.ceil(math.log2(2 * math.sqrt(n)))))  # about 2 √n cells a side
    kx, ky = _kernel(grid)
    side = 2 * grid
    temperature = np.sqrt(n) / 20
    cooling = (1 / 50 / temperature) ** (1 / iterations)
    for step in range(iterations):
        # repulsion k²/d from every node, on the grid: deposit (cloud in cell), convolve, interpolate
        low = pos.min(axis=0)
        cell = max(float((pos.max(axis=0) - low).max()), 1.0) / (grid - 2)
        g = (pos - low) / cell + 0.5
        corner = np.floor(g).astype(np.intp)
        fx, fy = (g - corner).T
        base = corner[:, 0] * side + corner[:, 1]
        cells = (base, base + side, base + 1, base + side + 1)
        weights = ((1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy)
        density = np.zeros(side * side)
        for c, w in zip(cells, weights):
            density += np.bincount(c, w, side * side)
        spectrum = np.fft.rfft2(density.reshape(side, side))
        ex = np.fft.irfft2(spectrum * kx, (side, side)).ravel()
        ey = np.fft.irfft2(spectrum * ky, (side, side)).ravel()
        disp = np.zeros_like(pos)
        for c, w in zip(cells, weights):
            disp[:, 0] += w * ex[c]
            disp[:, 1] += w * ey[c]
        disp /= cell
        # exact repulsion between close nodes, where the grid is too coarse (the last third: overlaps)
        if step >= iterations * 2 // 3:
            close = cKDTree(pos).query_pairs(r=1.5 * cell, output_type="ndarray")
            if len(close):
                a, b = close[:, 0], close[:, 1]
                d = pos[a] - pos[b]
                push = d / np.maximum((d * d).sum(axis=1), 1e-4)[:, None]
                for axis in (0, 1):
                    disp[:, axis] += np.bincount(a, push[:, axis], n) - np.bincount(b, push[:, axis], n)
        # attraction d² along each edge
        d = pos[source] - pos[target]
        pull = d * np.sqrt((d * d).sum(axis=1))[:, None]
        for axis in (0, 1):
            disp[:, axis] += np.bincount(target, pull[:, axis], n) - np.bincount(source, pull[:, axis], n)
        disp -= gravity * (pos - pos.mean(axis=0))
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-12)
        pos = pos + disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos

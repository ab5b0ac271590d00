# SPDX-FileCopyrightText: 2016-2026 PyThaiNLP Project
# SPDX-License-Identifier: Apache-2.0
"""Thai words by newmm, pythainlp's dictionary-based maximal matching, without importing pythainlp.

The segmentation of ``pythainlp.tokenize.word_tokenize(text, engine="newmm",
keep_whitespace=True)`` with a given dictionary, word for word: the Thai
Character Cluster rules (``pythainlp/tokenize/tcc_p.py``), newmm's
maximal matching (``pythainlp/tokenize/newmm.py``) and the rejoining of
numbers it splits (``pythainlp/tokenize/_utils.py``), from PyThaiNLP 5.4
(Apache License 2.0; the TCC rules after Theeramunkong et al. 2000, the code
after Korakot Chaovavanich). Importing pythainlp, for its soundex,
transliteration, tagging and emoji tables, takes a tenth of a second of CPU
in every process that reads a Thai article; the segmentation needs none of
them. Changes from pythainlp's code: newmm's "safe mode" for very long
texts is left out (``word_tokenize`` does not use it with ``engine="newmm"``),
and the dictionary is any object with ``prefixes(text, start)``
(:class:`graphkit.segment.ThaiWords`). ``tests/test_segment.py`` checks the
words against pythainlp's own on every Thai article of the tuning sets.

Example:
    >>> from graphkit.segment import ThaiWords
    >>> words(ThaiWords.of(["กรุงเทพ", "ที่"]), "ที่กรุงเทพ")
    ['ที่', 'กรุงเทพ']
"""

from __future__ import annotations

import re
from collections import defaultdict
from heapq import heappop, heappush

# ---------------------------------------------------------------- Thai Character Clusters (tcc_p.py)

_RE_TCC = (
    """\
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะ?k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เctา?ะ?k
cัtวะk
c[ัื]tc[ุิะ]?k
c[ิุู]์
c[ะ-ู]tk
cรรc์
c็
ct[ะาำ]?k
ck
แc็c
แcc์
แctะ
แcc็c
แccc์
โctะ
[เ-ไ]ct
ก็
อึ
หึ
""".replace("k", "(cc?[dิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "อูอุ".replace("อ", ""))  # lower vowels
    .split()
)

_PAT_TCC = re.compile("|".join(_RE_TCC))


def _tcc_ends(text: str) -> bytearray:
    """``arr[i]`` is 1 where a Thai Character Cluster of ``text`` ends (``len(text) + 1`` flags)."""
    if not text:
        return bytearray(1)
    arr = bytearray(len(text) + 1)
    p, n = 0, len(text)
    while p < n:
        m = _PAT_TCC.match(text, p)  # pythainlp matches text[p:], the same clusters (no pattern looks behind)
        p = m.end() if m else p + 1
        arr[p] = 1
    return arr


# ---------------------------------------------------------------- maximal matching (newmm.py)

_PAT_NONTHAI = re.compile(
    r"""(?x)
[-a-zA-Z]+|        # Latin characters
\d+([,\.]\d+)*|    # numbers
[ \t]+|            # spaces
\r?\n|             # newlines
[^\u0E00-\u0E7F \t\r\n]+  # other non-Thai characters, and stops matching until space/newline
"""
)
_PAT_THAI_TWOCHARS = re.compile("[ก-ฮ]{,2}$")
#: the most edges of the graph of possible words before the nearest cut is taken (against exponential time)
_MAX_GRAPH_SIZE = 50


def _bfs_paths_graph(graph: defaultdict[int, list[int]], start: int, goal: int):
    visited = {start}
    queue = [(start, [start])]
    while queue:
        (vertex, path) = queue.pop(0)
        for pos in graph[vertex]:
            if pos == goal:
                yield [*path, pos]
            elif pos not in visited:
                visited.add(pos)
                queue.append((pos, [*path, pos]))


def _extend_graph(graph, pos_list: list[int], text: str, begin_pos: int, valid_poss: bytearray, custom_dict,
                  graph_size: int) -> int:
    for word in custom_dict.prefixes(text, begin_pos):
        end_pos_candidate = begin_pos + len(word)
        if valid_poss[end_pos_candidate]:
            graph[begin_pos].append(end_pos_candidate)
            graph_size = graph_size + 1
            if end_pos_candidate not in pos_list:
                heappush(pos_list, end_pos_candidate)
            if graph_size > _MAX_GRAPH_SIZE:
                break
    return graph_size


def _find_skip_end(text: str, begin_pos: int, valid_poss: bytearray, custom_dict) -> int:
    """The end of an out-of-dictionary word starting at ``begin_pos``."""
    len_text = len(text)
    m = _PAT_NONTHAI.match(text, begin_pos)
    if m:  # a non-Thai token: to its end
        return m.end()
    for pos in range(begin_pos + 1, len_text):
        if valid_poss[pos]:
            found = [word for word in custom_dict.prefixes(text, pos)
                     if valid_poss[pos + len(word)] and not _PAT_THAI_TWOCHARS.match(word)]
            if found:  # a Thai word longer than two characters starts here
                return pos
            if _PAT_NONTHAI.match(text, pos):
                return pos
    return len_text


def _onecut(text: str, custom_dict):
    graph: defaultdict[int, list[int]] = defaultdict(list)
    graph_size = 0  # when too big, the nearest cut is taken
    valid_poss = _tcc_ends(text)
    len_text = len(text)
    pos_list = [0]  # a priority queue of possible cuts
    end_pos = 0
    while pos_list[0] < len_text:
        begin_pos = heappop(pos_list)
        graph_size = _extend_graph(graph, pos_list, text, begin_pos, valid_poss, custom_dict, graph_size)
        len_pos_list = len(pos_list)
        if len_pos_list == 1:  # one candidate: no longer ambiguous
            end_pos_candidates = next(_bfs_paths_graph(graph, end_pos, pos_list[0]))
            graph_size = 0
            graph.clear()
            for pos in end_pos_candidates[1:]:
                yield text[end_pos:pos]
                end_pos = pos
        elif len_pos_list == 0:  # no candidate: a word out of the dictionary
            end_pos = _find_skip_end(text, begin_pos, valid_poss, custom_dict)
            graph_size = 0
            graph.clear()
            yield text[begin_pos:end_pos]
            heappush(pos_list, end_pos)


# ---------------------------------------------------------------- numbers split by the matching (_utils.py)

_DIGITS_WITH_SEPARATOR = re.compile(r"(\d+[\.\,:])+\d+")


def _rejoin_formatted_num(segments: list[str]) -> list[str]:
    """Numbers with separators ("1,234.5", "12:00") that the matching split, as one word again."""
    original = "".join(segments)
    matching_results = _DIGITS_WITH_SEPARATOR.finditer(original)
    tokens_joined = []
    pos = 0
    segment_idx = 0
    match = next(matching_results, None)
    while segment_idx < len(segments) and match:
        is_span_beginning = pos >= match.start()
        token = segments[segment_idx]
        if is_span_beginning:
            connected_token = ""
            while pos < match.end() and segment_idx < len(segments):
                connected_token += segments[segment_idx]
                pos += len(segments[segment_idx])
                segment_idx += 1
            if connected_token:
                tokens_joined.append(connected_token)
            match = next(matching_results, None)
        else:
            tokens_joined.append(token)
            segment_idx += 1
            pos += len(token)
    tokens_joined += segments[segment_idx:]
    return tokens_joined


def words(dictionary, text: str) -> list[str]:
    """The words of ``text`` (spaces kept as words of their own), as pythainlp's ``word_tokenize`` with
    ``engine="newmm"`` and ``dictionary`` as its ``custom_dict`` gives them."""
    if not text or not isinstance(text, str):
        return []
    return _rejoin_formatted_num(list(_onecut(text, dictionary)))

"""Subtrees of a parse, laid out once per document so that a subtree is a slice and membership a comparison.

    ids = subtree_ids(tok)          # the token indices of tok.subtree, in its order, without walking it
    in_subtree(doc, i, tok)         # is token i in tok's subtree? two comparisons

``Token.subtree`` walks the tree (and makes a Token for each word) on every call: a rule that reads
the subtree of each trigger's clause in a sentence of n words does n x n work. The walk here is
done once per document: every tree of the doc in the order ``Token.subtree`` gives (a word's left
children's subtrees, the word, its right children's subtrees), so each subtree is one stretch of it.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

_KEY = "sitrep.tree"


def _layout(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """(order, start, end): the in-order walk, and where each token's subtree starts and ends in it."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached[1]) == len(doc):
        return cached
    n = len(doc)
    heads = [i + off for i, off in enumerate(doc.to_array([HEAD]).astype("int64").ravel().tolist())] if n else []
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)  # in order of position: lefts then rights, as Token.subtree reads them
    order: list[int] = []
    start, end = [0] * n, [0] * n
    for root in (i for i in range(n) if heads[i] == i):
        # (token, whether its left children are done): the token is written between its lefts and rights
        stack: list[tuple[int, bool]] = [(root, False)]
        while stack:
            tok, lefts_done = stack.pop()
            if not lefts_done:
                start[tok] = len(order)
                stack.append((tok, True))
                stack.extend((c, False) for c in reversed([c for c in children[tok] if c < tok]))
                continue
            order.append(tok)
            rights = [c for c in children[tok] if c > tok]
            stack.append((~tok, True))  # a marker: the token's subtree ends after its rights
            stack.extend((c, False) for c in reversed(rights))
            while stack and stack[-1][0] < 0:
                end[~stack.pop()[0]] = len(order)
    layout = (order, start, end)
    doc.user_data[_KEY] = layout
    return layout


def subtree_ids(tok: Token) -> list[int]:
    """The indices of ``tok.subtree``, in its order: "the town of Ruvu" under "town" -> [0, 1, 2, 3]."""
    order, start, end = _layout(tok.doc)
    return order[start[tok.i]:end[tok.i]]


def subtree_bounds(tok: Token) -> tuple[int, int]:
    """Where ``tok``'s subtree starts and ends in the document's tree order (``tree_position``)."""
    _, start, end = _layout(tok.doc)
    return start[tok.i], end[tok.i]


def tree_position(doc: Doc, i: int) -> int:
    """Where token ``i`` stands in the document's tree order: the words of a subtree stand together."""
    return _position(doc)[i]


def in_subtree(doc: Doc, i: int, tok: Token) -> bool:
    """Whether token ``i`` is ``tok`` or under it."""
    order, start, end = _layout(doc)
    pos = _position(doc)
    return start[tok.i] <= pos[i] < end[tok.i]


def _position(doc: Doc) -> list[int]:
    cached = doc.user_data.get(_KEY + ".pos")
    if cached is None or len(cached) != len(doc):
        order = _layout(doc)[0]
        cached = [0] * len(doc)
        for k, i in enumerate(order):
            cached[i] = k
        doc.user_data[_KEY + ".pos"] = cached
    return cached

"""Long documents in windows: the stages whose work grows faster than the text (antecedent
search) see at most ``size`` characters at a time, so a document's time and memory grow
linearly with its length. Windows end at sentence ends where there are any, else
at whitespace, else at the limit; nothing is lost or seen twice."""

from __future__ import annotations

from collections.abc import Sequence

# Above almost every news article (a long one is ~15,000 characters): only archives' oddities reach it.
WINDOW_CHARS = 20_000


def windows(text: str, sentences: Sequence[tuple[int, int]] = (), size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces covering ``text`` in order, each at most ``size`` characters."""
    n = len(text)
    if n <= size:
        return [(0, n)]
    ends = sorted(e for _, e in sentences)
    out: list[tuple[int, int]] = []
    start = 0
    k = 0
    while start < n:
        limit = min(start + size, n)
        if limit == n:
            out.append((start, n))
            break
        cut = start
        while k < len(ends) and ends[k] <= limit:  # the last sentence end inside the window
            if ends[k] > start:
                cut = ends[k]
            k += 1
        if cut <= start:
            space = text.rfind(" ", start + size // 2, limit)
            cut = space + 1 if space > start else limit
        out.append((start, cut))
        start = cut
    return out

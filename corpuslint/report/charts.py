"""Charts as inline SVG strings: horizontal bars, plain or stacked. No library, no network.

Each bar is a link (`data-f`, the findings-table filter it opens) like every number of the page.
"""

from __future__ import annotations

from html import escape

FAMILY_COLORS = {
    "boilerplate": "#d95f02", "markup": "#7570b3", "urls": "#1b9e77", "bios": "#e7298a",
    "duplicates": "#66a61e", "metadata": "#e6ab02", "input": "#a6761d",
    "new": "#c0392b", "known": "#9aa5ab", "safe": "#2e86c1", "unsafe": "#85c1e9",
}
OTHER_COLOR = "#888888"
ROW = 22
LABEL_WIDTH = 230


def color_of(name: str) -> str:
    return FAMILY_COLORS.get(name, OTHER_COLOR)


def _label(text: str, limit: int = 30) -> str:
    return escape(text if len(text) <= limit else text[:limit - 1] + "…")


def hbar(items: list[tuple[str, float, str, str]], *, width: int = 640, fmt=lambda v: f"{v:,.0f}",
         title: str = "") -> str:
    """One bar per (label, value, filter, color); the value is written at the bar's end."""
    if not items:
        return ""
    top = max(value for _label_text, value, _f, _c in items) or 1
    room = width - LABEL_WIDTH - 80
    height = ROW * len(items) + 4
    parts = [f'<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
             f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, value, filter_, color) in enumerate(items):
        y = i * ROW + 2
        length = max(1.0, room * value / top) if value else 0
        parts.append(
            f'<a href="#findings" data-f="{escape(filter_)}"><g><title>{escape(label)}: {fmt(value)}</title>'
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{_label(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{ROW - 6}" fill="{color}"/>'
            f'<text x="{LABEL_WIDTH + length + 4:.1f}" y="{y + 15}">{fmt(value)}</text></g></a>')
    parts.append("</svg>")
    return "".join(parts)


def stacked(rows: list[tuple[str, list[tuple[str, float]], str]], *, width: int = 640,
            title: str = "") -> str:
    """One bar per (label, [(segment name, value)], filter), segments colored by name."""
    if not rows:
        return ""
    top = max(sum(v for _n, v in segments) for _l, segments, _f in rows) or 1
    room = width - LABEL_WIDTH - 80
    height = ROW * len(rows) + 4
    parts = [f'<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
             f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, segments, filter_) in enumerate(rows):
        y = i * ROW + 2
        x = float(LABEL_WIDTH)
        total = sum(v for _n, v in segments)
        parts.append(f'<a href="#findings" data-f="{escape(filter_)}"><g>'
                     f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{_label(label)}</text>')
        for name, value in segments:
            if not value:
                continue
            length = room * value / top
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{length:.1f}" height="{ROW - 6}" '
                         f'fill="{color_of(name)}"><title>{escape(label)} · {escape(name)}: {value:,.0f}</title></rect>')
            x += length
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 15}">{total:,.0f}</text></g></a>')
    parts.append("</svg>")
    return "".join(parts)


def legend(names: list[str]) -> str:
    return '<p class="legend">' + " ".join(
        f'<span><i style="background:{color_of(n)}"></i>{escape(n)}</span>' for n in names) + "</p>"

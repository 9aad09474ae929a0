"""`corpuslint report`: a self-contained HTML page of a corpus's health, built on the JSON findings.

Layers, each importing only those below it: `loader` (a saved findings file), `corpus` (what the
documents tell: sizes, groups, metadata), `model` (findings folded into counts and samples),
`charts` (inline SVG), `build` (from PATHs or from a findings file), `html` (the page).
"""

"""CL151's verdict on a repeated line or paragraph: whether its carriers make it furniture.

The count alone does not: how many independent articles carry the unit, at their head or tail or
amid their text, on which sites, near which of the site's other furniture, with which numbers.
A class the rule inherits (it reads the rule's options, its `Carriers` and its cache of verdicts),
apart from what the rule asks of the document itself (repeated.py: the document's own lines that
no count can make furniture).
"""

from __future__ import annotations

from corpuslint.checks.boilerplate.navlists import edge_entries
from corpuslint.checks.boilerplate.templatefill import template_numbers, template_stamp
from corpuslint.checks.boilerplate.unitlines import (
    line_indexes, lines_around, neighbour_pairs, pair_key, short_unit, site_key,
)
from corpuslint.checks.corpus_carriers import K_SITE, K_UNIT, K_UNIT_SITE, numbers_tag
from corpuslint.checks.metadata.extract import extract_head
from corpuslint.checks.corpus_features import LONG_WORDS, CorpusUnit, digest
from corpuslint.models import Document
from corpuslint.rule import CorpusView

__all__ = ["K_SITE_PAIR", "CarrierVerdicts"]

K_SITE_PAIR = "usp"  # two neighbouring lines of a document of a known site; value: the text hash


class CarrierVerdicts:
    """The verdicts of CL151 (`RepeatedParagraph`) on its units from their carriers: `_verdict` (a
    unit's counts, or None), `_framed` (the units in the site's template), `_same_numbers`,
    `_template_code` and `_another_sites` (what the counts leave open), `_edge_verdicts` (a relbar at the page's edge). Reads `self.options`,
    `self._carriers` and `self._verdicts`, which the rule sets."""

    def _same_numbers(self, text: str, u: CorpusUnit, corpus: CorpusView) -> bool:
        """Whether the carriers of a line with numbers carry it as it is (qa20 r02): its key folds
        its digits, so a week's `今週の積算距離 166km 移動平均速 19.4km/h` and the next week's
        `98km ... 19.4km/h` are one key. Where the carriers spell other numbers, the numbers are
        each document's own (a distance, a price, a measure, `LEVEL OF EVIDENCE: 4` and `2`, `New
        in version 3.5.`), however many of them spell this document's, unless they are what a
        template fills in (`template_numbers`: `© 2019 Site`, `Page 2 of 5`, `941 comments`; not
        `8 See also` in an article's outline), or a stamp closing the page (`template_stamp` among its last lines:
        githtml's `Last updated 2025-10-07 12:22:08 UTC` footer) that names no one (`Posted by A at 10:22 AM, 12 May
        2019` under a post is its byline, CL504's)."""
        block = text[u.start:u.end]
        if not numbers_tag(block):
            return True
        spelt = [tag for tag in self._carriers.numbers(corpus, K_UNIT, u.key) if tag]  # ("": not told)
        return len(spelt) <= 1 or template_numbers(block, text) or (
            u.tail and template_stamp(block) and not extract_head(block, 1))

    def _template_code(self, u: CorpusUnit, corpus: CorpusView) -> bool:
        """Whether code that different articles carry is their pages' template's (review19 #1): at
        this document's head or tail and at most of its carriers' (a share bar's CSS, a tracker's
        snippet that a scraper left under every article). A manual's example, which its other
        pages carry too, stands amid its page's text."""
        return u.edge and self._carriers.groups(corpus, K_UNIT, u.key)[1] >= 0.5

    def _another_sites(self, units: list[CorpusUnit], i: int, corpus: CorpusView) -> bool:
        """Whether a line no other page of this document's site carries (`verdict[2] is None`) is
        another site's template met in this page's own text: its carriers are fewer than
        `min-documents` sources once one site's pages count as one (`Carriers.sources`: a news
        site's `What's Next` widget, a blog post's heading `What's Next`), and it stands between
        lines of the page's own, one of them prose. A menu entry of many sites (`Home`, `Contact
        us`) has many sources; a page of the same site whose site is unknown carries the site's
        furniture about it."""
        if self._carriers.sources(corpus, K_UNIT, units[i].key) >= self.options.min_documents:
            return False
        around = lines_around(units, i)
        return (len(around) == 2 and any(u.words >= LONG_WORDS or u.sentence for u in around)
                and all(corpus.count(K_UNIT, u.key) < 2 for u in around))

    def _framed(self, f, corpus: CorpusView) -> dict[int, int]:
        """The units that stand in the site's template, with how many different pages of the site
        (two at most: that is all a template needs) carry them so: near a neighbour with which
        other pages of the site carry them too, one of the two short (two articles that reuse two
        paragraphs of background have prose on both sides; a sign-off or comment policy stands
        next to the page's furniture)."""
        units, framed = f.units, {}
        lines = line_indexes(units)
        place = {k: n for n, k in enumerate(lines)}
        for i, j in neighbour_pairs(units):
            key = pair_key(f.site, units[i], units[j])
            if corpus.count(K_SITE_PAIR, key) < 2:
                continue  # on this page alone: its count is at hand (prefetched), its texts a query
            texts = corpus.values(K_SITE_PAIR, key)
            if len(texts) < 2:
                continue
            pages = self._carriers.site_articles(corpus, texts)
            beside = all(short_unit(units[k]) or corpus.count(K_UNIT_SITE, site_key(f.site, units[k])) < 2
                         for k in lines[place[i] + 1:place[j]])
            for this in (i, j):
                # a sentence or a long line only with no prose of the site's other pages between it and the
                # furniture: two articles of one site that quote one exchange carry its lines, a quotation
                # apart, above `Authors:`; a stamp has the page's own lines about it (its author's bio, a comment widget)
                if beside or short_unit(units[this]):
                    framed[this] = max(framed.get(this, 0), pages)
        return framed

    def _verdict(self, u: CorpusUnit, site: str | None, corpus: CorpusView, framed: int = 0):
        if u.number:
            return None  # "12", "+12", "1.": digits fold to one key, so their count says nothing
        opts = self.options
        # everything the verdict reads of the unit besides its key: units of one key differ in
        # them (`Bump Standards-Version to 3.9.0.` is a sentence, `... to 4.6.0` is not), and a
        # verdict cached for the key alone was the first unit's, so a document's findings hung on
        # which documents its process had checked before (a --jobs worker's share: qa16b #9)
        cache_key = (u.key, site, framed, u.words, u.sentence, u.symbols)
        if cache_key in self._verdicts:
            return self._verdicts[cache_key]
        verdict = None
        total = corpus.count(K_UNIT, u.key)
        if total >= opts.min_documents or site and total >= 2:
            stories, edge, occs = self._carriers.groups(corpus, K_UNIT, u.key)
            at_edge = stories >= 2 and edge >= 0.5
            if stories < opts.min_documents and site and (at_edge or framed >= 2) and not (u.symbols or u.number):
                # a site's template: the same line at the head or tail of 2+ different articles of one
                # site, or near the same furniture there (a blog's sign-off, follow plea, comment
                # policy, reproduction notice, the menus of a whole page's text)
                site_count = corpus.count(K_UNIT_SITE, site_key(site, u))
                if site_count >= 2 and (u.words >= 2 or framed >= 2):
                    verdict = (total, stories, site_count, occs, not at_edge)
            elif stories >= opts.min_documents:
                long = u.words >= LONG_WORDS or u.sentence
                site_count = corpus.count(K_UNIT_SITE, site_key(site, u)) if site else 0
                in_frame = framed >= 2 and site_count >= 2
                if u.symbols or u.words <= 1:
                    # "***" is a section break, "No." an answer, "Update" a heading: structure
                    # of an article unless everywhere (one-word lines were the false findings in
                    # the samples read; "Authors:" in 55 politico pages still counts) or in the
                    # site's menus
                    ok = stories >= opts.min_documents_anywhere
                    by_frame = not ok and in_frame and not u.symbols
                else:
                    ok = not long or edge >= 0.5 or stories >= opts.min_documents_anywhere
                    by_frame = not ok and in_frame
                if not ok and not by_frame and not u.symbols and site and site_count >= opts.min_documents:
                    site_docs = corpus.count(K_SITE, digest(site))  # the site's own
                    ok = site_count >= opts.site_share * site_docs
                if ok or by_frame:
                    verdict = (total, stories, site_count if site_count >= 2 else None, occs, by_frame)
        if len(self._verdicts) > 200_000:
            self._verdicts.clear()
        self._verdicts[cache_key] = verdict
        return verdict

    def _edge_verdicts(self, doc: Document, units: list[CorpusUnit], verdicts: dict[int, tuple], short: list[int],
                       corpus: CorpusView) -> set[int]:
        """The lines of a relbar at the page's edge (`navlists.edge_entries`), its one-word entries given
        their verdicts (in `verdicts`) when different texts carry them."""
        need = self.options.min_documents
        taken = edge_entries(doc, units, verdicts, set(short), lambda i: corpus.count(K_UNIT, units[i].key) >= need,
                             corpus, need)
        for i in taken.difference(verdicts):
            stories, _, occs = self._carriers.groups(corpus, K_UNIT, units[i].key)
            if stories >= need:
                verdicts[i] = (corpus.count(K_UNIT, units[i].key), stories, None, occs, False)
        return taken.intersection(verdicts)

"""The site a document shows when neither its metadata nor its folder names one (`checks/pagesite.py`):
real first lines and copyright lines of ../shared/corpora/web's pages (nytimes-1, salon-1, videos-1)."""

from __future__ import annotations

from corpuslint import Document
from corpuslint.checks.corpus_features import site_of
from corpuslint.checks.pagesite import shown_site, title_site

NYT = ("United States to Lift Sudan Sanctions - The New York Times\n\nSectionsSEARCH\nSkip to content\n"
       "United States to Lift Sudan Sanctions\nBy GARDINER HARRIS OCT. 6, 2017\n"
       "WASHINGTON — The Trump administration said on Friday that it would lift sanctions on Sudan.\n"
       "Go to Home Page »\n© 2017 The New York Times Company\nContact Us\n")
VOX = ("How to watch the 21 best films of 2017 - Vox\n\nHow to watch the 21 best films of 2017\n"
       "The year's best movies, and where to stream them.\n"
       "Vox Media Advertise with us Jobs @ Vox Media © 2019 Vox Media, Inc. All Rights Reserved\n")


def test_a_pages_title_ends_with_the_site_its_copyright_line_names_or_a_host():
    assert title_site(NYT) == "the new york times"
    assert title_site(VOX) == "vox"  # `© 2019 Vox Media`: the part `Vox` is the copyright line's words
    salon = "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians - Salon.com\n\nHome\n"
    assert title_site(salon) == "salon.com"
    # the site reaches the corpus rules (CL151's templates) for a plain .txt file in a folder named unlike a host
    assert site_of(Document.from_text(NYT, path="crawl/pages/nytimes-1.txt")) == "the new york times"


def test_a_title_part_the_page_does_not_bear_out_as_its_site_gives_none():
    # a section printed again as a menu's line (`Politics`) is no evidence of one site: many sites have one
    politics = NYT.replace(" - The New York Times\n", " - Politics\n", 1).replace("Skip to content\n", "Politics\n")
    assert title_site(politics) is None
    # a headline ending like a title (`… - Full Transcript`), a first line run on into the text, a lower-case part
    assert title_site(NYT.replace("© 2017 The New York Times Company", "Contact the newsroom")) is None
    assert title_site(NYT.replace("Times\n\n", "Times\n", 1)) is None
    assert title_site("Obama's speech - full transcript\n\n© 2017 full transcript\n") is None
    # the metadata's own site and a folder named like a host still come first
    assert site_of(Document.from_text(NYT, metadata={"source": "nytimes.com"})) == "nytimes.com"
    assert site_of(Document.from_text(NYT, path="crawl/www.nytimes.com/a.txt")) == "nytimes.com"


def test_a_url_under_another_field_name_gives_its_host():
    doc = Document.from_text("Plain text.\n", metadata={"WARC-Target-URI": "https://www.example-news.org/2019/05/story"})
    assert shown_site(doc) == "example-news.org"
    assert shown_site(Document.from_text("Plain text.\n", metadata={"permalink": "not a url"})) is None


def test_a_title_part_that_names_a_host_the_page_writes():
    # wikipedia-2: `New Zealand - Wikipedia`, and `https://en.wikipedia.org/w/index.php?title=New_Zealand&oldid=…` on it
    page = ("New Zealand - Wikipedia\n\nNew Zealand\nFrom Wikipedia, the free encyclopedia\n"
            "Retrieved from \"https://en.wikipedia.org/w/index.php?title=New_Zealand&oldid=881237017\"\n")
    assert title_site(page) == "wikipedia"
    # a subdomain named like the part is a section's host, not the site's: `News` and `news.example.com`
    assert title_site("Storm hits the coast - News\n\nRead more at https://news.example.com/storm\n") is None


def test_the_site_kept_for_the_last_document_is_not_another_documents():
    # site_of keeps the last document's answer: the same text under other metadata or another path is asked again
    for source in ("nytimes.com", "vox.com", "salon.com"):
        assert site_of(Document.from_text(NYT, path="a.txt", metadata={"source": source})) == source
    assert site_of(Document.from_text(NYT, path="crawl/www.vox.com/a.txt")) == "vox.com"
    assert site_of(Document.from_text(NYT, path="crawl/pages/a.txt")) == "the new york times"


def test_folder_site_and_abspath_follow_the_working_folder(tmp_path, monkeypatch):
    """`abspath` and `folder_site` keep their last answer (a JSONL file's documents share a path):
    the same relative path read from another folder is that folder's file."""
    import os

    from corpuslint.checks.pagesite import abspath, folder_site

    site = tmp_path / "www.example.org"
    plain = tmp_path / "drafts"
    site.mkdir()
    plain.mkdir()
    monkeypatch.chdir(site)
    assert abspath("page.txt") == os.path.join(str(site), "page.txt")
    assert folder_site("page.txt") == "example.org"
    monkeypatch.chdir(plain)
    assert abspath("page.txt") == os.path.join(str(plain), "page.txt")
    assert folder_site("page.txt") is None
    assert folder_site(str(site / "page.txt")) == "example.org"


def test_a_temporary_folder_names_no_site():
    # qa23: `mktemp -d`'s /tmp/tmp.iVNYidweed was read as a host: three FOLDOC files in it got 106 CL151
    # findings "(… 3 of them from tmp.ivnyidweed)", none in a folder without a dot
    from corpuslint.checks.pagesite import folder_site

    assert folder_site("/tmp/tmp.iVNYidweed/foldoc_A.txt") is None
    assert folder_site("/tmp/tmp.iVNYidweed/www.example.org/a.txt") == "example.org"
    assert folder_site("/crawl/tmp.example.com/a.txt") == "tmp.example.com"

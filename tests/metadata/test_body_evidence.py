"""CL504 reads a value only where a document puts it (its head, a header block, a byline beside its headline,
its last lines) and only in the shape it has there: not from a printed table, a running head, an address
block, a signature's quotation or a poem's refrain (qa17a #5, qa16a #13). Real text, tests/data/metadata/evidence:
R vignettes' pdftotext output (zoo, party), a Usenet post of 20 Newsgroups, fortune-file verses."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.pageauthors import data_row
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "evidence"
NEWS = Path(__file__).parents[1] / "data" / "metadata"


def found(name: str) -> dict[str, object]:
    doc = Document.from_text((DATA / name).read_text(encoding="utf-8"))
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(doc)}


def test_a_printed_documents_running_head_is_its_title_and_no_headline_to_read_a_byline_under():
    # `zoo Quick Reference` heads each page; under one of them an R print-out: `inrusd` / `Nifty Junior` over
    # rows of figures, a vector of dates; `Time` / `Bid Offer` over `1 7:10:03 AM 6118.5 6119.5`
    # (its title page's authors, under the title one a line between their affiliations: mail33's title-page reader)
    assert found("zoo-quickref.txt") == {"title": "zoo Quick Reference",
                                         "author": ["Ajay Shah", "Achim Zeileis", "Gabor Grothendieck"]}
    assert found("zoo-read-head.txt") == {"title": "Reading Data in zoo", "author": ["Gabor Grothendieck", "Achim Zeileis"]}


def test_a_row_of_figures_is_a_tables_and_a_stamp_is_no_such_row():
    assert data_row("43.78 2063.35 4379.20")
    assert data_row("1 7:10:03 AM 6118.5 6119.5")
    assert data_row("(05.02.01 00:30:00) 421.2 421.2 421.2 421.2 11")
    # left alone: a byline's stamp, a date and a time
    for stamp in ("Jan 5, 2019 10:30 AM", "05.02.2001 14.30 Uhr", "2005-02-15", "Updated 12.05.2019 10.30",
                  "Nov. 23, 2014 3:46 p.m. ET"):
        assert not data_row(stamp)


def test_a_homepage_closing_an_address_block_is_no_source():
    # `Affiliation:` … `E-mail: …` / `URL: http://statmath.wu.ac.at/~hornik/,` / `http://statmath.wu.ac.at/~zeileis/`
    assert "source" not in found("party-affiliation.txt")
    # found: a bare URL alone under the story
    doc = Document.from_text("The story ends here, as stories do.\n\nhttps://example.org/2019/03/story.html\n")
    assert [v.data["value"] for v in MetadataInBody().check(doc)] == ["https://example.org/2019/03/story.html"]


def test_a_usenet_posts_header_block_gives_its_author_and_its_signatures_quotation_does_not():
    # `Path: …!nyeda` (a line longer than any label) opens the headers; `From: nyeda@… (David Nye)` is the
    # author; the signature's `… absurdities. -- Bertrand Russell` attributes the quotation under his address
    values = found("usenet-ng22.txt")
    assert values["author"] == "David Nye"
    assert values["date"] == "1993-04-20"
    assert values["newsgroups"] == "alt.atheism"
    assert values["title"] == "Re: Amusing atheists and agnostics"  # the subject is the title (tester30 H4)
    assert "path" not in values
    # left alone: a header block without a sender's name has no author; text opening with one label is no block
    text = (DATA / "usenet-ng22.txt").read_text(encoding="utf-8").replace(
        "From: nyeda@cnsvax.uwec.edu (David Nye)", "From: nyeda@cnsvax.uwec.edu")
    assert "author" not in {v.data["field"] for v in MetadataInBody().check(Document.from_text(text))}
    doc = Document.from_text("From: the editors\n\nWe write to you today about the state of things in town.\n")
    assert [v.data["field"] for v in MetadataInBody().check(doc)] == []


def test_a_senders_tagline_after_a_dash_is_no_part_of_the_name():
    # the shape of a sci.space poster's From: header (qa17a's forum, the session-17 helper's notes): the name, a
    # dash, his tagline; the author was `Bill Higgins-- Beam Jockey`
    text = (DATA / "usenet-ng22.txt").read_text(encoding="utf-8").replace(
        "From: nyeda@cnsvax.uwec.edu (David Nye)", "From: higgins@fnalf.fnal.gov (Bill Higgins-- Beam Jockey)")
    values = {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text))}
    assert values["author"] == "Bill Higgins"
    # left alone: a hyphenated name is one name
    text = text.replace("(Bill Higgins-- Beam Jockey)", "(Jean-Luc Picard)")
    values = {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text))}
    assert values["author"] == "Jean-Luc Picard"


def test_a_verse_is_signed_by_a_persons_name_not_by_a_title_and_its_refrain_is_no_headline():
    assert found("fortune-herbert.txt") == {"author": "A. P. Herbert"}  # `\t\t-- A. P. Herbert` under the verse
    assert found("fortune-query.txt") == {"author": "Ed Nather"}  # its first two lines sung again at its end
    # left alone: `-- To My Favorite Things`, `-- My Shoe`; `No pig should go sky diving during monsoon,` again
    assert found("fortune-favorite-things.txt") == {}
    assert found("fortune-my-shoe.txt") == {}
    assert found("fortune-pig.txt") == {}


def test_a_name_signing_verse_is_found_but_its_fix_is_not_safe_and_a_writers_sign_off_under_prose_is():
    # `\t\t-- A. P. Herbert` under a poem: the quoted poem's author, or a song's source (`-- Rocky Horror Picture
    # Show`), or a joke's signature: whether it is the document's author is the user's call
    doc = Document.from_text((DATA / "fortune-herbert.txt").read_text(encoding="utf-8"))
    (v,) = MetadataInBody().check(doc)
    assert v.data["value"] == "A. P. Herbert" and v.fix.applicability is Applicability.UNSAFE
    # safe: The Week's `- - Jon Terbush` closing the story's prose
    doc = Document.from_text((NEWS / "fnc1-train-1745.txt").read_text(encoding="utf-8"))
    (v,) = [v for v in MetadataInBody().check(doc) if v.data["field"] == "author"]
    assert v.data["value"] == "Jon Terbush" and v.fix.applicability is Applicability.SAFE


def test_a_printed_title_broken_over_two_lines_is_read_whole_and_removed_whole(cli, tmp_path):
    # party's vignette with its title broken before `Partytioning` (the text as party-affiliation.txt, the break
    # where a narrower title box puts it); its running head prints the title whole on a later page. Main took
    # `party: A Laboratory for Recursive` and CL505 then removed that line alone, leaving `Partytioning` behind
    assert found("party-two-line-title.txt") == {"title": "party: A Laboratory for Recursive Partytioning",
                                                 "author": ["Torsten Hothorn", "Kurt Hornik", "Achim Zeileis"]}
    path = tmp_path / "party.txt"
    path.write_text((DATA / "party-two-line-title.txt").read_text(encoding="utf-8"), encoding="utf-8")
    flags = ("--isolated", "--no-index", "--no-cache", "--select", "CL504,CL505")
    cli("check", path, *flags, "--fix")
    assert "Partytioning" in path.with_name("party.meta.yaml").read_text(encoding="utf-8")
    cli("check", path, *flags, "--fix", "--unsafe-fixes")
    text = path.read_text(encoding="utf-8")
    assert not text.startswith(("party:", "\nPartytioning", "Partytioning")) and text.lstrip().startswith("Torsten Hothorn")
    # left alone: the title on one line is read as it stands (party-affiliation.txt, above)
    assert found("party-affiliation.txt") == {"title": "party: A Laboratory for Recursive Partytioning",
                                              "author": ["Torsten Hothorn", "Kurt Hornik", "Achim Zeileis"]}


def test_a_signatures_quotation_is_not_the_posts_author_and_no_fix_removes_it(cli, tmp_path):
    # main: CL504 wrote `Bertrand Russell` as the author, and CL505's fix then cut `-- Bertrand Russell` from the
    # quotation; here the author is the From: header's, and the quotation stays whole
    path = tmp_path / "post.txt"
    path.write_text((DATA / "usenet-ng22.txt").read_text(encoding="utf-8"), encoding="utf-8")
    flags = ("--isolated", "--no-index", "--no-cache", "--select", "CL504,CL505")
    cli("check", path, *flags, "--fix")
    cli("check", path, *flags, "--fix", "--unsafe-fixes")
    meta = path.with_name("post.meta.yaml").read_text(encoding="utf-8")
    assert "David Nye" in meta and "Russell" not in meta
    assert path.read_text(encoding="utf-8").rstrip().endswith("must learn not to be frightened by absurdities. -- Bertrand Russell")


def test_a_verse_line_opening_a_cut_is_no_title():
    # the Kalevala's 11th chunk of 20, its first 48 lines (tester26, prosodic 3.10): it opens with the verse line
    # `sanoi kaunis Kaukomieli:`, said again at line 41, which CL504 took for the title printed again
    assert found("kalevala-11-head.txt") == {}
    # left alone: a title in small letters, printed again over the story, is still a title
    text = "my summer in rome\n\nmy summer in rome\nBy Anna Berg\n\nWe flew in on a Tuesday and walked all day.\n"
    values = {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text))}
    assert values.get("title") == "my summer in rome"

"""Data in a text corpus (qa19a r09): CL208 encoded blobs, CL209 subtitle machinery (CL912, a
document that is a data dump: tests/input/test_data_dump.py). Real texts (tests/data/markup/payloads, README there), both ways: the payload is found
and, where provably only the payload, removed safely; prose, code and tables are left alone."""

from __future__ import annotations

import pytest

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Applicability

PAYLOADS = DATA / "markup" / "payloads"


def _doc(name: str, text: str | None = None) -> Document:
    path = PAYLOADS / name
    return Document.from_text(path.read_text(encoding="utf-8") if text is None else text, path=str(path),
                              format="markdown" if name.endswith(".md") else "text")


def _found(doc: Document, code: str):
    return [f for f in Linter(Config(select=[code])).check([doc]) if f.code == code]


def _fixed(doc: Document, code: str, unsafe: bool = False) -> str:
    return Linter(Config(select=[code])).fix(doc, unsafe=unsafe).document.text


# --- CL208 encoded-blob ---------------------------------------------------------------------------

def test_a_mime_attachments_base64_body_is_removed_safely_and_its_message_stays():
    doc = _doc("mime_gif_attachment.txt")
    (found,) = _found(doc, "CL208")
    assert found.line == 20 and found.fix.applicability == Applicability.SAFE
    fixed = _fixed(doc, "CL208")
    assert "R0lGODdhAAEAAfAAAP" not in fixed and "BkuYoD5lpDK6eUs6" not in fixed
    assert "This is the dingus fish." in fixed  # the text part
    assert 'content-disposition: attachment; filename="dingusfish.gif"\n\n--BOUNDARY--' in fixed


def test_two_attachments_under_folded_headers_and_a_boundary_with_no_blank_line_before_it():
    doc = _doc("mime_two_jpegs.txt")
    found = _found(doc, "CL208")
    assert [f.line for f in found] == [20, 34]
    assert all(f.fix.applicability == Applicability.SAFE for f in found)
    fixed = _fixed(doc, "CL208")
    assert "/9j/4AAQ" not in fixed and fixed.count("Content-Transfer-Encoding: base64") == 2
    boundary = "--============_-1208892523==_============"
    assert fixed.count(boundary) == doc.text.count(boundary) == 5  # every part's boundary stays


def test_a_pgp_signature_is_found_its_fix_unsafe_and_taking_its_armour():
    doc = _doc("scala_key_transition.md")
    (found,) = _found(doc, "CL208")
    assert found.fix.applicability == Applicability.UNSAFE  # no MIME header says what it is
    assert _fixed(doc, "CL208") == doc.text
    fixed = _fixed(doc, "CL208", unsafe=True)
    assert "BEGIN PGP SIGNATURE" not in fixed and "=HKxi" not in fixed and "END PGP SIGNATURE" not in fixed
    assert "This announcement was modeled after" in fixed and fixed.endswith("which provides further background.\n")


def test_base64_in_markdown_code_or_indented_is_never_reported():
    text = _doc("scala_key_transition.md").text
    head, _, signature = text.partition("-----BEGIN PGP SIGNATURE-----\n")
    fenced = head + "```\n-----BEGIN PGP SIGNATURE-----\n" + signature + "```\n"
    assert _found(_doc("scala_key_transition.md", fenced), "CL208") == []
    indented = head + "".join("    " + line + "\n" for line in signature.splitlines())
    assert _found(_doc("scala_key_transition.md", indented), "CL208") == []
    assert _found(Document.from_text(indented), "CL208") == []  # as plain text too


@pytest.mark.parametrize("text", [
    # the alphabet itself, in a text about base64 (one line: no block)
    "The alphabet is\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\nand `=` pads.\n",
    # a banner of slashes, three lines of it (one character: no letters, no mix)
    "////////////////////////////////////////////////////////\n" * 3,
    # German compounds alone on their lines (no digit, one case mostly)
    "Donaudampfschifffahrtselektrizitaetenhauptbetriebswerkbauunterbeamtengesellschaft\n" * 3,
])
def test_shapes_near_base64_are_left_alone(text):
    assert _found(Document.from_text(text), "CL208") == []


def test_a_data_uri_and_a_long_run_inside_a_line_are_reported_with_no_fix():
    text = ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" '
            'onload="sharing.buttons.pinterest()">\n')
    (found,) = _found(Document.from_text(text), "CL208")
    assert found.fix is None and "data:" in found.message
    body = "".join(_doc("mime_gif_attachment.txt").text.split("\n")[19:23])  # four lines of the GIF, joined
    (found,) = _found(Document.from_text(f'{{"name": "dingusfish.gif", "content": "{body}"}}\n'), "CL208")
    assert found.fix is None and found.data == {"kind": "base64", "chars": len(body)}


def test_the_email_corpus_of_the_tests_gets_no_encoded_blob():
    docs = [Document.from_text(p.read_text(encoding="utf-8"), path=str(p))
            for p in sorted((DATA / "email").glob("*.txt"))]
    assert docs and [f for f in Linter(Config(select=["CL208"])).check(docs) if f.code == "CL208"] == []


def test_the_fast_prefilter_answers_as_the_pattern_on_every_test_text_and_at_its_edges():
    # (speed21: `may_hold_payload` stands for `PREFILTER.search`; 895,575 texts of the bench, qa19a,
    # qa19c, qa20, qa20b and the shared corpora gave the same answer, 5,514 of them let through)
    from corpuslint.checks.markup.payloads import PREFILTER, may_hold_payload

    texts = [p.read_text(encoding="utf-8") for p in sorted(PAYLOADS.glob("*.*")) + sorted((DATA / "email").glob("*.txt"))]
    texts += [pre + "A" * width + post for width in (39, 40) for pre in ("", "é", "\n", "x ") for post in ("", "=", "é")]
    texts += [pre + "M" + fill * 60 + end for pre in ("", "\n", "x") for fill in (" ", "!", "é") for end in ("", "\n", "x")]
    texts += ["data:image/png", "Data: none", "é" * 50, "\ud800" + "Q" * 40, ""]
    answers = [PREFILTER.search(text) is not None for text in texts]
    assert [may_hold_payload(text) for text in texts] == answers
    assert 10 < sum(answers) < len(texts) - 10  # both ways


def test_a_uuencoded_file_is_found_from_its_begin_line():
    import base64
    import binascii

    body = _doc("mime_gif_attachment.txt").text.split("filename=\"dingusfish.gif\"\n\n")[1].split("\n\n")[0]
    gif = base64.b64decode("".join(body.split()))
    lines = [binascii.b2a_uu(gif[i:i + 45]).decode("ascii").rstrip("\n") for i in range(0, len(gif), 45)]
    text = "Here is the fish, as I promised.\n\nbegin 644 dingusfish.gif\n" + "\n".join(lines) + "\n`\nend\n"
    (found,) = _found(Document.from_text(text), "CL208")
    assert found.data["kind"] == "uuencode" and found.line == 3 and found.data["lines"] == len(lines)
    assert found.end_line == 3 + len(lines) + 2  # to `end`
    assert _fixed(Document.from_text(text), "CL208", unsafe=True).startswith(text[:text.index("M")])  # no safe fix


def test_a_text_part_in_base64_is_the_messages_words_reported_with_no_fix():
    # review20 #2: the body of a text/plain part is the message, encoded; only a file attached goes
    doc = _doc("mime_textplain_base64.txt")
    (found,) = _found(doc, "CL208")
    assert found.fix is None and found.data["text_part"] is True and found.data["mime_body"] is False
    assert _fixed(doc, "CL208", unsafe=True) == doc.text
    doc = _doc("mime_alternative_base64.txt")  # text/plain and text/html, both base64
    found = _found(doc, "CL208")
    assert len(found) == 2 and all(f.fix is None for f in found)
    assert _fixed(doc, "CL208", unsafe=True) == doc.text


def test_a_text_file_attached_in_base64_has_only_an_unsafe_fix_and_a_gif_part_keeps_its_safe_one():
    text = _doc("mime_textplain_base64.txt").text.replace(
        'Content-Type: text/plain; charset="utf-8"\n',
        'Content-Type: text/plain; charset="utf-8"\nContent-Disposition: attachment; filename="control.txt"\n')
    (found,) = _found(Document.from_text(text), "CL208")
    assert found.fix.applicability == Applicability.UNSAFE and found.data["text_part"] is True
    gif = _doc("mime_textplain_base64.txt").text.replace('text/plain; charset="utf-8"', "image/gif")
    (found,) = _found(Document.from_text(gif), "CL208")
    assert found.fix.applicability == Applicability.SAFE and found.data["text_part"] is False


def test_commit_hashes_one_to_a_line_are_no_hex_data_but_a_hex_dump_is():
    # review20 #6: three SHA-1s are ids
    assert _found(_doc("commit_hashes.txt"), "CL208") == []
    sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    assert _found(Document.from_text(f"Checksums:\n\n{sha256}\n{sha256[::-1]}\n{sha256.upper()}\n"), "CL208") == []
    import binascii
    body = _doc("mime_gif_attachment.txt").text.split("filename=\"dingusfish.gif\"\n\n")[1].split("\n\n")[0]
    data = binascii.hexlify(binascii.a2b_base64("".join(body.split()))).decode("ascii")[:500]
    for width in (60, 64):  # a dump's last line is shorter than the others
        dump = "\n".join(data[i:i + width] for i in range(0, len(data), width))
        (found,) = _found(Document.from_text(f"The bytes:\n\n{dump}\n"), "CL208")
        assert found.data["kind"] == "hex"


def test_two_uuencoded_files_each_from_its_own_begin_line():
    import binascii

    lines = [binascii.b2a_uu(bytes(range(i, i + 45))).decode("ascii").rstrip("\n") for i in range(0, 180, 45)]
    one = "begin 644 a.bin\n" + "\n".join(lines) + "\n`\nend\n"
    text = "Two files.\n\n" + one + "\nAnd begin 644 is the mode.\n\n" + one.replace("a.bin", "b.bin")
    found = _found(Document.from_text(text), "CL208")
    assert [(f.line, f.text.split()[2]) for f in found] == [(3, "a.bin"), (13, "b.bin")]


# --- CL209 subtitle-timing -------------------------------------------------------------------------

def test_an_srt_file_loses_its_numbers_and_timings_and_keeps_every_line_of_dialogue():
    doc = _doc("anchorman_fr.srt.txt")
    found, stamp = _found(doc, "CL209")  # the machinery, and the site's stamp in cue 0 (tester25)
    assert found.fix.applicability == Applicability.SAFE and found.data["timings"] == 8
    assert stamp.data["stamp"] and stamp.line == 3 and stamp.fix.applicability == Applicability.SAFE
    fixed = _fixed(doc, "CL209")
    assert "-->" not in fixed and not any(line.strip().isdigit() for line in fixed.splitlines())
    assert fixed.startswith("CE FILM RELATE DES ÉVÉNEMENTS\nQUI ONT EXISTÉ.\n\n")
    dialogue = [line for line in doc.text.splitlines() if line.strip() and "-->" not in line and not line.isdigit()]
    assert [line for line in fixed.splitlines() if line.strip()] == dialogue[1:]  # all but the stamp
    # a cue between two cues of dialogue that names a site may be a line said: its fix is unsafe
    moved = doc.text.replace("Downloaded From www.AllSubs.org", "CE FILM").replace(
        "LES NOMS, LIEUX ET ÉVÉNEMENTS\nONT ÉTÉ MODIFlÉS.", "Va sur www.allocine.fr")
    assert [f.fix.applicability for f in _found(Document.from_text(moved), "CL209")
            if f.data.get("stamp")] == [Applicability.UNSAFE]


def test_a_webvtt_file_loses_its_header_notes_and_cue_settings():
    doc = _doc("chicas_del_cable.vtt.txt")
    (found,) = _found(doc, "CL209")
    assert found.fix.applicability == Applicability.SAFE
    fixed = _fixed(doc, "CL209")
    assert "WEBVTT" not in fixed and "NOTE" not in fixed and "position:50.00%" not in fixed
    assert fixed.startswith("[Alba] <i>En 1928,</i>\n\n<i>las mujeres éramos</i>\n")


def test_a_webvtt_file_with_css_in_its_header_loses_it_and_keeps_its_text():
    doc = _doc("youtube_dl.vtt.txt")
    (found,) = _found(doc, "CL209")
    assert found.data["timings"] == 4  # one right under the cue before it, no blank line between
    # the header's style sheet (`::cue(...) { ... }`) is the file's machinery, not code (qa22 r07): the safe
    # fix takes it with the timings and cue tags, and every word of the cues stays
    assert found.fix.applicability == Applicability.SAFE
    fixed = _fixed(doc, "CL209")
    assert "::cue" not in fixed and "-->" not in fixed and "<c" not in fixed
    assert fixed.split() == "yeah yeah what this will happen is I'm telling this will happen is I'm telling".split()


def test_an_srt_example_in_a_text_about_srt_has_only_an_unsafe_fix_and_in_markdown_code_none():
    (found,) = _found(_doc("srt_explained.txt"), "CL209")
    assert found.fix.applicability == Applicability.UNSAFE
    assert _found(_doc("srt_explained.md"), "CL209") == []


def test_a_webvtt_files_unpadded_times_regions_and_cue_tags_go_and_its_speakers_stay():
    # qa22 r07: main said nothing on these (unpadded `0:0:3.540`, two or one cues under `WEBVTT`)
    doc = _doc("non_padded_timestamps.vtt.txt")
    (found,) = _found(doc, "CL209")
    assert found.fix.applicability == Applicability.SAFE and found.data["cue_tags"] == 6
    assert _fixed(doc, "CL209") == ("Jane Doe: Good morning everyone.\n\nJohn Smith: Morning, let's get started.\n\n"
                                    "Jane Doe: Thanks for joining.\n")
    doc = _doc("regions.vtt.txt")
    (found,) = _found(doc, "CL209")
    assert found.data["timings"] == 2
    assert _fixed(doc, "CL209") == "Fred: Hi, my name is Fred\n\nBill: Hi, I’m Bill\n"
    fixed = _fixed(_doc("cue_tags.vtt.txt"), "CL209")  # karaoke timestamps and `<c.colorE5E5E5>` spans
    assert "<" not in fixed and "Like a big-a pizza pie" in fixed and "That's amore" in fixed


def test_webvtt_shapes_outside_a_webvtt_file_are_left_alone():
    # without its `WEBVTT` header, an unpadded time is no cue timing; `<v …>` in prose is no cue's tag
    text = _doc("non_padded_timestamps.vtt.txt").text.replace("WEBVTT\n\n", "")
    assert _found(Document.from_text(text), "CL209") == []
    text = _doc("anchorman_fr.srt.txt").text.replace("QUI ONT EXISTÉ.", "QUI <v Bob> ONT EXISTÉ.")
    assert "QUI <v Bob> ONT EXISTÉ." in _fixed(Document.from_text(text), "CL209")
    assert _found(Document.from_text("WEBVTT\n\nA file's first line names the format, nothing more.\n"), "CL209") == []


@pytest.mark.parametrize("text", [
    # two cues only
    "1\n00:00:01,000 --> 00:00:04,000\nHello.\n\n2\n00:00:05,000 --> 00:00:08,000\nBye.\n",
    # times in prose and a log's lines (no arrow between two times on a line of their own)
    "The clip runs from 00:01:02,000 to 00:01:04,500 --> then cuts.\n" * 3,
    "2023-05-01 12:00:01,120 INFO start --> ok\n" * 4,
])
def test_times_that_are_no_cue_timing_are_left_alone(text):
    assert _found(Document.from_text(text), "CL209") == []


def test_text_on_the_timing_line_is_dialogue_never_removed_by_a_safe_fix():
    # review20 #5: only `name:value` cue settings may follow the end time
    doc = _doc("srt_text_on_timing_line.txt")
    assert _found(doc, "CL209") == []  # one true timing line of three
    anchorman = _doc("anchorman_fr.srt.txt").text
    text = anchorman.rstrip("\n") + "\n\n9\n00:01:01,000 --> 00:01:03,000 Previously on Lost\n\n"
    (found,) = [f for f in _found(Document.from_text(text), "CL209") if not f.data.get("stamp")]
    assert found.fix.applicability == Applicability.UNSAFE and found.data["timings"] == 8
    assert "00:01:01,000 --> 00:01:03,000 Previously on Lost" in _fixed(Document.from_text(text), "CL209", unsafe=True)


def test_a_fonts_bytes_in_an_ass_script_are_no_markup():
    """tester32 item 3: an ASS script's `[Fonts]` section (pysubs2's test file) uuencodes a font in ASS's
    alphabet; its bytes read `<Q>`, `<A>`, `&#1;` (36 CL203/CL202 findings in the file). Both ways: a cue's
    `<b>world</b>` (webvtt-py's styles_with_comments.vtt line 23) below the data is still residue."""
    text = (DATA / "markup" / "payloads" / "ass_fonts_uuencoded.ass.txt").read_text(encoding="utf-8")
    assert "<Q>" in text and "<A>" in text and "&#1;" in text
    markup = Linter(Config(select=["CL201", "CL202", "CL203"]))
    assert markup.check([Document.from_text(text, path="fonts.ass.txt")]) == []
    found = markup.check([Document.from_text(text + "\n<b>world</b>\n", path="fonts.ass.txt")])
    assert [f.code for f in found] == ["CL201"]

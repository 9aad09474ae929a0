"""A record's own data is no corpus boilerplate, whatever words it shares (tester29 #6).

Real records (tests/data/records/README.md): a feed's program notices, whose `Язык: English` and
`Состояние: Free` stand among each program's own fields; Debian package descriptions, whose `This module
can be found at` the package's own URL finishes and whose `The main features of this library are:` leads
in its own paragraphs; German man pages, whose `BEZEICHNUNG` heads each page's own section. Each both
ways: the template beside them (the same lines on every record) is still found.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint import Document, Linter

DATA = Path(__file__).parent / "data" / "records"
ANYWHERE = {"rules": {"CL151": {"min-documents-anywhere": 3}}}


def repeated(docs: list[Document]) -> list[str]:
    return [f.text.strip() for f in Linter({"select": ["CL151"], **ANYWHERE}).check(docs)]


def records(name: str, field: str) -> list[Document]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    return [Document.from_text(row["text"], id=f"r{n}", metadata={field: row[field]}) for n, row in enumerate(rows)]


def test_a_common_value_among_the_records_own_fields_is_its_data():
    notices = records("touchnokia-feed-entries.jsonl", "url")
    found = repeated(notices)
    assert found.count("Обсуждение ведем здесь") == 5 and found.count("Уменьшено до 50%") == 10
    assert not [line for line in found if line.startswith(("Язык:", "Состояние:"))]
    # a template's labelled block, the same values on every record, is furniture still
    footer = "\n\nТелефон: +7 495 123-45-67\nE-mail: info@example.ru\nАдрес: Москва, ул. Тверская 1\n"
    found = repeated([Document.from_text(d.text + footer, id=d.id, metadata=d.metadata) for d in notices])
    assert sum(text.startswith("Телефон: +7 495 123-45-67") for text in found) == 5
    assert "Состояние: Free" not in found


def test_a_lead_in_the_records_own_address_or_paragraphs_finish_is_its_text():
    packages = records("debian-package-descriptions.jsonl", "source")
    found = repeated(packages)
    assert "This module can be found at" not in found and "The main features of this library are:" not in found
    assert found.count("More information about X.Org can be found at:") == 3
    # the same lead-in over the same address on every record is the template's
    module = " This module can be found at\n https://gitlab.freedesktop.org/xorg/lib/libxau"
    same = [Document.from_text(d.text.replace("git://anongit.freedesktop.org/git/xorg/lib/libXmu", module.split()[-1])
                               + ("\n .\n" + module if "xorgproto" in d.text else ""), id=d.id, metadata=d.metadata)
            for d in packages]
    assert repeated(same).count("This module can be found at") == 3

def test_a_man_pages_section_heading_over_its_own_section_is_its_outline():
    names = ("in.ntalkd.8", "systemd-time-wait-sync.service.8", "basename.1")
    pages = [Document.from_text((DATA / f"manpages-de-{n}.txt").read_text(encoding="utf-8"), id=n) for n in names]
    found = repeated(pages)
    assert "BEZEICHNUNG" not in found and found.count("Wenn Sie Fehler in der Übersetzung dieser Handbuchseite "
                                                      "finden, schicken Sie bitte eine E-Mail an die Mailingliste der …") == 3
    # a section every page carries whole, heading and text, is the template's
    note = "HINWEIS\n       Diese Seite wurde aus dem Quelltext des Pakets automatisch erzeugt.\n\n"
    stamped = [Document.from_text(d.text.replace("BEZEICHNUNG", note + "BEZEICHNUNG", 1), id=d.id) for d in pages]
    assert sum(text.startswith("HINWEIS") for text in repeated(stamped)) == 3

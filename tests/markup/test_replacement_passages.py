"""CL207 on a damaged passage (tester30, mail-parser 4.8.0's mail_test_12): a whole Chinese e-mail
whose UTF-8 was decoded as GBK is one finding that names the misreading, not one per run of `�`;
a Latin-1 text read as UTF-8 is one finding without a codec; a lone `�` stays its own finding."""

from __future__ import annotations

from corpuslint.checks.markup import ReplacementCharacter
from corpuslint.models import Document

GBK = ("浣�濂斤����������稿��浠ｅ�����绫诲����肩�����绁�锛�17%涓���ㄥ��绁�锛�3%���������绁�锛���规�颁�����锛����寮\n"
       "浠�娆撅����佃��锛�13662615434寮�缁���� 锛�寰�淇″�����13662615434锛�姝や俊���姘镐�����������瀛�\n")
LATIN1 = "Domani e marted� la rimonta di un campo anticiclonico determiner� tempo\nsoleggiato con un sensibile aumento pi� marcato\n"


def found(text: str) -> list:
    return list(ReplacementCharacter().check(Document.from_text(text, path="mail.txt")))


def test_a_damaged_passage_is_one_finding_that_says_what_happened():
    (gbk,) = found(GBK)
    assert gbk.data["misread_as"] == "GBK" and gbk.data["runs"] > 30 and "decoded as GBK" in gbk.message
    (latin,) = found(LATIN1)
    assert latin.data["runs"] == 3 and "misread_as" not in latin.data
    lone = found("The caf\ufffd opened in 2014.\n\nIt closed in 2019; the na\ufffdve owners moved on.\n")
    assert len(lone) == 2 and all("runs" not in v.data for v in lone)

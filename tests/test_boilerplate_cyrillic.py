"""Prose in Cyrillic and Greek is not page furniture (cyrillic29, issue 15): the line features count the
function words of Russian, Ukrainian, Bulgarian, Serbian and Greek on a line written in those scripts, and a
sentence ends inside a line where a word's mark stands before a Cyrillic or Greek capital; a menu's entries have
no function words, and a chapter nav's numbers (`Глава 5. Другие`) end no sentence. Lines copied from
real pages (tests/data/boilerplate/shops/SOURCES.md); the Greek and the forum lines are invented, of the
same shapes as real ones."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.models import Document, Origin

SHOPS = Path(__file__).parent / "data" / "boilerplate" / "shops"


def measured(*texts: str):
    return {line.text: line for line in candidate_lines("\n\n".join(texts))}


def test_a_russian_or_greek_sentence_has_its_function_words_and_its_sentences():
    sentence = ("После оформления и согласования заказа, в течении 1-2 рабочих дней, заказ отправляется выбранной "
                "вами службой доставки. После получения номера отслеживания посылки, Вам необходимо прийти за посылкой")
    rule = "При равенстве очков побеждает игрок с меньшим числом городов."
    greek = "Η ομάδα κέρδισε τον αγώνα και θα παίξει στον τελικό. Οι φίλαθλοι γιόρτασαν στους δρόμους της πόλης"
    profile = "+ Просмотр профиля + Сообщения форума + Личное сообщение"  # a forum's profile menu
    lines = measured(sentence, rule, greek, profile, "* Главная страница", "* Контакты", "Банковский перевод Приват банк",
                     "Глава 5. Другие файлы в каталоге debian/        Глава 7. Проверка пакета на наличие ошибок")
    assert lines[sentence].prose and lines[sentence].stop >= 0.2  # no final mark: its inner sentence and its words
    assert lines[rule].stop >= 0.2 and lines[greek].prose
    assert all(lines[menu].stop == 0 and not lines[menu].prose
               for menu in (profile, "* Главная страница", "* Контакты", "Банковский перевод Приват банк"))
    nav = lines["Глава 5. Другие файлы в каталоге debian/        Глава 7. Проверка пакета на наличие ошибок"]
    assert not nav.prose  # a chapter's number, not a sentence's end


def flagged(text: str) -> set[str]:
    doc = Document(id="page", text=text, origin=Origin(path="page.txt", format="text"))
    found = BoilerplateLine().check(doc)
    return {line.strip() for v in found for line in text[v.start:v.end].split("\n") if line.strip()}


def test_a_shop_s_delivery_terms_stay_and_its_menus_go():
    # gsm-komplekt.com (Formasaurus page 146, inscriptis): main flagged the payment terms as "no sentence, few
    # function words"
    found = flagged((SHOPS / "gsm-komplekt-delivery.txt").read_text(encoding="utf-8"))
    assert not found & {"После согласования заказа Вам выставят счет с реквизитами.", "Внимание!",
                        "Банковский перевод Приват банк"}
    assert not any(line.startswith("После оформления и согласования заказа") for line in found)
    assert {"* Главная страница", "* Оплата и доставка", "* Статус заказа", "Подписаться на новости:",
            "Блог / Новости"} <= found

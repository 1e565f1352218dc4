"""Findings per sentence: what is wrong, where, with the offending words marked and advice."""

from __future__ import annotations

from infopunt.readability import measure


def findings(text: str, lang: str, rule: str) -> list:
    return [f for f in measure(text, lang).findings if f.rule == rule]


def marked_words(finding) -> list[str]:
    return [finding.excerpt[start:end] for start, end in finding.marks]


def test_dutch_passive_marks_the_auxiliary_and_the_participle():
    (finding,) = findings("De aanvraag wordt door de gemeente in behandeling genomen.", "nl", "passive")
    assert marked_words(finding) == ["wordt", "genomen"]
    assert finding.severity == "warning"
    assert finding.advice == "Say who does it, in active voice."


def test_english_passive_is_found_and_active_voice_is_not():
    (finding,) = findings("Your application will be processed by the city.", "en", "passive")
    assert marked_words(finding) == ["be", "processed"]
    assert findings("The city processes your application.", "en", "passive") == []


def test_officialese_gets_a_plain_alternative():
    (finding,) = findings("Indien u vragen heeft, bel ons.", "nl", "formal")
    assert finding.message == "'Indien' is officialese"
    assert finding.advice == "Use 'als'."
    assert marked_words(finding) == ["Indien"]
    (phrase,) = findings("We help you in accordance with the law.", "en", "formal")
    assert marked_words(phrase) == ["in accordance with"]


def test_rare_word_is_named_and_common_words_and_names_are_not():
    rare = findings("Na de desinfectie mag Fatima weer naar huis.", "nl", "rare-word")
    assert [f.message for f in rare] == ["'desinfectie' is a rare word"]
    assert rare[0].advice == "Use a common word, or explain it."


def test_long_sentence_and_many_clauses_are_reported_on_their_line():
    text = ("Intro.\n\nU krijgt een brief als u zich heeft gemeld, omdat wij willen weten wat u nodig heeft "
            "en wanneer u kunt komen, zodat wij u kunnen helpen met alles wat u wilt.\n")
    result = measure(text, "nl", first_line=10)
    long = [f for f in result.findings if f.rule == "long-sentence"]
    clauses = [f for f in result.findings if f.rule == "clauses"]
    assert long[0].line == clauses[0].line == 12
    assert long[0].severity == "warning" and long[0].message == "Sentence of 32 words"
    assert clauses[0].message.startswith("Sentence with ")
    assert {"als", "omdat", "wanneer", "zodat"} <= set(marked_words(clauses[0]))


def test_each_finding_carries_its_sentence():
    (finding,) = findings("Bel ons. De zaak wordt onderzocht door de politie.", "nl", "passive")
    assert finding.excerpt == "De zaak wordt onderzocht door de politie."


def test_a_rare_word_is_reported_once_per_page_where_it_first_appears():
    text = "Open een privévenster.\n\nSluit het privévenster daarna.\n\nEen privévenster helpt."
    rare = [f for f in measure(text, "nl").findings if f.rule == "rare-word"]
    assert [(f.line, f.message) for f in rare] == [(1, "'privévenster' is a rare word")]

"""Each of the ten site languages: sentences, words, and an easy text scoring above a hard one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import OFFICIAL_DUTCH, PLAIN_DUTCH
from infopunt.readability import LANGUAGES, measure

DATA = Path(__file__).parent / "data" / "readability"
SITE_LANGUAGES = ["nl", "en", "ar", "uk", "pl", "ro", "bg", "es", "pt", "zh"]

SENTENCES = {
    "nl": ("Bel de politie. Heb je vragen? Lees bijv. art. 3 goed!", 3),
    "en": ("Call the police. Do you have questions? Read e.g. the rules first!", 3),
    "ar": ("اتصل بالشرطة. هل لديك أسئلة؟ نحن نساعدك!", 3),
    "uk": ("Зателефонуйте в поліцію. У вас є питання? Ми допоможемо!", 3),
    "pl": ("Zadzwoń na policję. Masz pytania? Przeczytaj np. ten tekst!", 3),
    "ro": ("Sună la poliție. Ai întrebări? Citește art. 3 cu atenție!", 3),
    "bg": ("Обадете се в полицията. Имате ли въпроси? Ние ще помогнем!", 3),
    "es": ("Llame a la policía. ¿Tiene preguntas? Lea el art. 3 con calma.", 3),
    "pt": ("Ligue para a polícia. Tem perguntas? Leia o art. 3 com calma.", 3),
    "zh": ("请打电话给警察。你有问题吗？我们会帮助你！", 3),
}

WORDS = {
    "nl": ("Je krijgt geen loon voor je werk.", 7),
    "en": ("You don't get paid for your work.", 7),
    "ar": ("لا تحصل على أجر مقابل عملك", 6),
    "uk": ("Ви не отримуєте гроші за роботу", 6),
    "pl": ("Nie dostajesz pieniędzy za pracę", 5),
    "ro": ("Nu primești bani pentru munca ta", 6),
    "bg": ("Не получавате пари за работата си", 6),
    "es": ("No recibes dinero por tu trabajo", 6),
    "pt": ("Você não recebe dinheiro pelo seu trabalho", 7),
    "zh": ("你的工作没有工资", 5),
}


def test_every_site_language_is_measured():
    for lang in SITE_LANGUAGES:
        result = measure(SENTENCES[lang][0], lang)
        assert result.score is not None and 0 <= result.score <= 100, lang


@pytest.mark.parametrize("lang", SITE_LANGUAGES)
def test_sentences_are_split_on_the_languages_own_punctuation(lang):
    text, expected = SENTENCES[lang]
    assert len(LANGUAGES[lang].sentences(text)) == expected


@pytest.mark.parametrize("lang", SITE_LANGUAGES)
def test_words_are_tokenised(lang):
    text, expected = WORDS[lang]
    assert len(LANGUAGES[lang].words(text)) == expected


def test_chinese_is_segmented_into_words_that_the_frequency_list_knows():
    assert LANGUAGES["zh"].words("我们在北京工作") == ["我们", "在", "北京", "工作"]
    assert measure("我们在北京工作。", "zh").metrics["rare_words"] == 0


def test_arabic_vowel_marks_do_not_split_or_hide_words():
    plain, marked = "ذهب الولد إلى المدرسة.", "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ."
    assert measure(marked, "ar").metrics["words"] == measure(plain, "ar").metrics["words"] == 4
    assert measure(marked, "ar").metrics["rare_words"] == measure(plain, "ar").metrics["rare_words"] == 0


def test_ukrainian_apostrophe_keeps_the_word_whole_and_known():
    assert LANGUAGES["uk"].words("Мʼясо і пʼять яблук") == ["Мʼясо", "і", "пʼять", "яблук"]
    assert measure("Я купую мʼясо.", "uk").metrics["rare_words"] == 0


STRONGEST = {"en": "-adv-ele", "pt": "-ori-str"}  # the biggest simplification per source
PLAIN_ARABIC = "إذا كنت في خطر، اتصل بالرقم 112. الشرطة تساعدك. لا تحتاج إلى أوراق. يمكنك أن تتكلم بلغتك."
OFFICIAL_ARABIC = (
    "وفقاً للأحكام التشريعية النافذة، يتعيّن على الجهات المختصة اتخاذ التدابير الإجرائية اللازمة لضمان "
    "الحماية القانونية للضحايا المحتملين للاتجار بالبشر، بما في ذلك إتاحة فترة التفكير المنصوص عليها في "
    "اللوائح التنظيمية ذات الصلة، وذلك بصرف النظر عن استعدادهم للتعاون مع سلطات التحقيق الجنائي."
)


@pytest.mark.parametrize("lang", [lang for lang in SITE_LANGUAGES if lang not in ("nl", "ar")])
def test_easy_text_scores_clearly_above_its_hard_version(lang):
    records = [json.loads(line) for line in (DATA / f"dev-{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
    first = next(r for r in records if r["id"].endswith(STRONGEST.get(lang, "")))
    easy, hard = measure(first["simple"], lang).score, measure(first["complex"], lang).score
    assert easy > hard + 5, (lang, easy, hard)


@pytest.mark.parametrize("lang, plain, official", [("nl", PLAIN_DUTCH, OFFICIAL_DUTCH),
                                                    ("ar", PLAIN_ARABIC, OFFICIAL_ARABIC)])
def test_plain_help_text_scores_clearly_above_official_text(lang, plain, official):
    assert measure(plain, lang).score > measure(official, lang).score + 30


def test_a_language_without_support_is_not_measured_and_says_why():
    result = measure("ሰላም። እንዴት ነህ?", "ti")
    assert result.score is None
    assert result.reason == "language 'ti' is not supported yet"

"""The B1 engine, through its library interface and the `infopunt readability` command."""

from __future__ import annotations

import json

from conftest import OFFICIAL_DUTCH, PLAIN_DUTCH, infopunt

from infopunt.readability import LANGUAGES, Cache, measure

def readability_json(*args: str, stdin: str | None = None) -> tuple[int, dict]:
    result = infopunt("readability", "--format", "json", *args, stdin=stdin)
    return result.returncode, json.loads(result.stdout)


def test_plain_dutch_b1_text_passes():
    status, report = readability_json("--lang", "nl", "-", stdin=PLAIN_DUTCH)
    page = report["pages"][0]
    assert status == 0
    assert page["passes"] is True
    assert page["score"] >= page["target"]
    assert page["findings"] == []


def test_long_official_dutch_sentence_fails_with_the_line_and_advice():
    status, report = readability_json("--lang", "nl", "-", stdin="Dit is een zin.\n\n" + OFFICIAL_DUTCH)
    page = report["pages"][0]
    assert status == 1
    assert page["passes"] is False
    assert report["summary"] == {"pages": 1, "failing": 1}
    long = [f for f in page["findings"] if f.get("rule") == "long-sentence"]
    assert len(long) == 1
    assert long[0]["line"] == 3
    assert long[0]["message"].startswith("Sentence of 39 words")
    assert long[0]["advice"] == "Split it into two sentences."


def test_json_output_has_the_agreed_shape(tmp_path):
    page_file = tmp_path / "docs" / "nl" / "slachtoffer" / "rechten.md"
    page_file.parent.mkdir(parents=True)
    page_file.write_text("---\naudience: victim\n---\n\n" + PLAIN_DUTCH, encoding="utf-8")
    status, report = readability_json(str(page_file))
    assert status == 0
    assert set(report) == {"pages", "summary"}
    page = report["pages"][0]
    assert {"path", "lang", "audience", "score", "target", "passes", "metrics", "findings"} <= set(page)
    assert page["path"].endswith("docs/nl/slachtoffer/rechten.md")
    assert (page["lang"], page["audience"], page["target"]) == ("nl", "victim", 60.0)
    assert {"words", "sentences", "words_per_sentence"} <= set(page["metrics"])
    assert 0 <= page["score"] <= 100


def test_each_list_item_is_its_own_unit():
    items = "- Je krijgt geen loon\n- Je paspoort is weg\n- Je werkt elke dag\n"
    result = measure(items, "nl")
    assert result.metrics["sentences"] == 3
    assert result.metrics["words"] == 12


def test_headings_and_table_cells_are_units():
    text = "# Wat is het\n\n| Wie | Wat |\n|---|---|\n| Politie | Helpt je |\n"
    assert measure(text, "nl").metrics["sentences"] == 5


def test_code_urls_phone_numbers_and_front_matter_are_not_prose():
    prose = "Bel ons gerust. Lees de website.\n"
    noisy = (
        "---\ntitle: Een heel lange titel die niet als tekst telt\naudience: all\n---\n"
        "Bel ons gerust 0800-7000. Lees de website https://example.org/lange/weg.\n\n"
        "```\nthis code block has very many words that would otherwise count as one long sentence\n```\n"
    )
    clean = measure(prose, "nl")
    status, report = readability_json("--lang", "nl", "-", stdin=noisy)
    assert report["pages"][0]["metrics"]["words"] == clean.metrics["words"] == 6
    assert report["pages"][0]["metrics"]["sentences"] == 2


def test_line_numbers_follow_the_source_through_front_matter_and_line_breaks():
    long_sentence = " ".join(["woord"] * 25) + "."
    text = f"---\ntitle: x\n---\n\n# Kop\n\nEerste zin.\nTweede regel. {long_sentence}\n"
    status, report = readability_json("--lang", "nl", "-", stdin=text)
    (finding,) = [f for f in report["pages"][0]["findings"] if f["severity"] == "warning"]
    assert finding["line"] == 8


def test_abbreviations_and_decimals_do_not_end_a_sentence():
    result = measure("Lees bijv. art. 3.48 van de wet. Dat is kort.", "nl")
    assert result.metrics["sentences"] == 2


def test_admonition_title_and_body_are_scored():
    text = '!!! tip "Goed om te weten"\n    Je mag altijd bellen. Het is gratis.\n'
    result = measure(text, "nl")
    assert result.metrics["sentences"] == 3


def test_contact_shortcodes_are_not_prose():
    assert measure("Bel ons.\n\n{{ contact: politie }}\n", "nl").metrics["words"] == 2


def test_english_easy_text_scores_above_hard_text():
    easy = "You can get help. Call the helpdesk. They listen to you. You do not have to give your name."
    hard = ("Notwithstanding the aforementioned considerations, individuals experiencing exploitative "
            "employment circumstances are encouraged to communicate confidentially with the appropriate "
            "organisational representatives regarding investigative procedures.")
    assert measure(easy, "en").score > 80 > 20 > measure(hard, "en").score


def test_dutch_syllables_split_vowels_with_a_diaeresis():
    syllables = LANGUAGES["nl"].word_length
    assert [syllables(w) for w in ("ideeën", "België", "zee", "politie")] == [3, 3, 1, 3]


def test_unsupported_language_is_reported_not_measured_without_crashing():
    status, report = readability_json("--lang", "fr", "-", stdin="Bonjour. Ceci est un texte court.")
    page = report["pages"][0]
    assert status == 0
    assert page["score"] is None and page["passes"] is None
    assert "not supported yet" in page["not_measured"]
    text = infopunt("readability", "--lang", "fr", "-", stdin="Bonjour.")
    assert "not measured: language 'fr' is not supported yet" in text.stdout


def test_text_output_names_the_page_and_the_sentence_to_fix():
    result = infopunt("readability", "--lang", "nl", "-", stdin=OFFICIAL_DUTCH)
    assert result.returncode == 1
    assert "<stdin>  nl  all  score" in result.stdout
    assert "MISSES TARGET" in result.stdout
    assert "line 1: warning: Sentence of 39 words" in result.stdout


def test_bad_input_exits_2_with_a_clear_message(tmp_path):
    missing = infopunt("readability", str(tmp_path / "nope.md"))
    assert missing.returncode == 2
    assert "nope.md: no such file or folder" in missing.stderr

    no_language = infopunt("readability", "-", stdin="Tekst.")
    assert no_language.returncode == 2
    assert "cannot tell its language" in no_language.stderr

    broken = tmp_path / "docs" / "nl" / "kapot.md"
    broken.parent.mkdir(parents=True)
    broken.write_text("---\ntitle: [unclosed\naudience: victim\n---\nTekst.\n", encoding="utf-8")
    result = infopunt("readability", str(broken))
    assert result.returncode == 2
    assert "kapot.md:3: front matter is not valid YAML" in result.stderr


def test_targets_come_from_the_plugin_options_in_mkdocs_yml(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - infopunt:\n      targets:\n        all: 99.5\n", encoding="utf-8")
    result = infopunt("readability", "--format", "json", "--lang", "nl", "-", cwd=tmp_path, stdin=PLAIN_DUTCH)
    assert json.loads(result.stdout)["pages"][0]["target"] == 99.5
    (tmp_path / "docs").rmdir()  # MkDocs refuses the configuration, and so does every command
    result = infopunt("readability", "--lang", "nl", "-", cwd=tmp_path, stdin=PLAIN_DUTCH)
    assert result.returncode == 2 and "mkdocs.yml: Config value 'docs_dir'" in result.stderr


def test_every_page_of_the_site_passes_its_target():
    result = infopunt("readability", "--format", "json", "docs")
    report = json.loads(result.stdout)
    assert result.returncode == 0, [p["path"] for p in report["pages"] if not p["passes"]]
    assert report["summary"]["pages"] >= 36 + 8 * 7
    assert {page["lang"] for page in report["pages"]} == {"nl", "en", "pl", "ro", "bg", "uk", "ar", "es", "pt", "zh"}
    assert all(page["score"] is not None for page in report["pages"])


def test_a_pages_language_folder_wins_over_lang(tmp_path):
    page = tmp_path / "docs" / "en" / "help.md"
    page.parent.mkdir(parents=True)
    page.write_text("You can call us. We help you.\n", encoding="utf-8")
    loose = tmp_path / "notes.md"
    loose.write_text("Je kunt ons bellen.\n", encoding="utf-8")
    status, report = readability_json("--lang", "nl", str(page), str(loose))
    assert [p["lang"] for p in report["pages"]] == ["en", "nl"]


def test_a_language_without_calibration_data_is_reported_not_measured(monkeypatch):
    monkeypatch.setitem(LANGUAGES, "nl-be", LANGUAGES["nl"])  # the engine knows it, the model has no baseline
    result = measure(PLAIN_DUTCH, "nl-be")
    assert result.score is None and "language 'nl-be' has no calibration data yet" in result.reason


def test_the_cache_keeps_only_the_pages_of_the_last_whole_site_run(tmp_path):
    cache = Cache(tmp_path / "cache.json")
    measure(PLAIN_DUTCH, "nl", cache=cache)
    measure(PLAIN_DUTCH + "\nNog een zin.", "nl", cache=cache)
    cache.save()
    again = Cache(tmp_path / "cache.json")
    measure(PLAIN_DUTCH, "nl", cache=again)  # the other page was deleted
    again.save(prune=True)
    assert len(Cache(tmp_path / "cache.json").entries) == 1


def test_processes_saving_the_cache_at_once_keep_each_others_pages(tmp_path):
    first, second = Cache(tmp_path / "cache.json"), Cache(tmp_path / "cache.json")
    measure(PLAIN_DUTCH, "nl", cache=first)
    measure(PLAIN_DUTCH + "\nNog een zin.", "nl", cache=second)
    first.save()
    second.save()
    assert len(Cache(tmp_path / "cache.json").entries) == 2


def test_word_lists_are_held_one_language_at_a_time_outside_wordfreqs_own_cache():
    """A build scores pages language by language and then lets the word list go: only then is
    the memory free (wordfreq's own cache would keep every list it ever loaded)."""
    import wordfreq

    from infopunt.readability import frequency

    held_by_wordfreq = (wordfreq.get_frequency_list.cache_info().currsize,
                        wordfreq.get_frequency_dict.cache_info().currsize)
    frequency.forget()
    assert frequency.zipf("huis", "nl") > frequency.RARE and frequency.zipf("house", "en") > frequency.RARE
    assert frequency.zipf("gisteren-huis", "nl") == min(frequency.zipf("gisteren", "nl"), frequency.zipf("huis", "nl"))
    assert frequency._table.cache_info().currsize == 1
    assert (wordfreq.get_frequency_list.cache_info().currsize,
            wordfreq.get_frequency_dict.cache_info().currsize) == held_by_wordfreq
    frequency.forget()
    assert frequency._table.cache_info().currsize == 0
    assert round(frequency.zipf("huis", "nl"), 2) == wordfreq.zipf_frequency("huis", "nl")

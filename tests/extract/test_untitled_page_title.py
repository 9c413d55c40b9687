"""A page pasted without a headline is titled by its first sentence, whole: not cut at an abbreviation's stop (the review
walk of the nineteenth stop saw a source titled "... in the Kazakh capital from Nov.")."""
from tracker.extract.article import parse_text


def test_the_first_sentence_is_the_title_past_abbreviations() -> None:
    body = ("ASTANA — Envoys of the three states met in the capital from Nov. 11-12 and agreed to meet again in "
            "the spring. Their next round is planned for March.")
    assert parse_text(body, "own").title == ("Envoys of the three states met in the capital from Nov. 11-12 and agreed "
                                             "to meet again in the spring.")  # the dateline is read apart
    assert parse_text("The U.S. envoy met Mr. Rossi in Rome on Monday. He left on Tuesday.", "own").title == (
        "The U.S. envoy met Mr. Rossi in Rome on Monday.")


def test_a_long_first_sentence_is_cut_at_a_word_and_says_so() -> None:
    body = "The talks " + "went on and on " * 20 + "until dawn. Then they ended."
    title = parse_text(body, "own").title
    assert len(title) <= 161 and title.endswith("…") and not title[:-1].endswith(" ")

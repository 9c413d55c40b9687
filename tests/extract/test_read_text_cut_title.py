"""The article a reviewer reads is the text pasted: a page with no headline is titled by its first sentence, cut with
an ellipsis past 160 characters, and that cut title is not put over the body again (found on the Review page with WAM's
wire of 5 February 2026: the evidence sentence was marked twice, once in a made-up headline ending in "between…")."""
from tracker.extract.article import parse_text

LONG_FIRST = ("ABU DHABI, 5th February, 2026 -- The United Arab Emirates has announced the success of mediation efforts "
              "resulting in a new exchange of captives between the Russian Federation and the Republic of Ukraine.")
BODY = LONG_FIRST + " The exchange involved 314 captives.\n\nIn a statement, the ministry expressed its appreciation."


def test_a_cut_first_sentence_title_is_not_put_over_the_body():
    article = parse_text("publisher: WAM\n" + BODY, "wam.txt")
    assert article.title.endswith("…")
    assert article.read_text == article.body
    assert article.read_text.count("mediation efforts") == 1


def test_a_real_headline_still_stands_over_the_body():
    article = parse_text("publisher: WAM\ntitle: UAE mediates a new exchange of captives\n\n" + BODY, "wam.txt")
    assert article.read_text.startswith("UAE mediates a new exchange of captives\n\n")

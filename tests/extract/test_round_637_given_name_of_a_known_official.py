"""A known official named again by a given name (round 637): "PM Abiy and his delegation left …" after "Prime Minister
Abiy Ahmed" made a second person "Abiy" (412): a one-word name was looked up among the article's new persons only, not among
the officials the lexicon knows that the article has named. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events


@pytest.mark.parametrize("body, person", [
    ("Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday. Abiy told reporters on Tuesday that the talks "
     "would resume in June.", "Abiy Ahmed"),
    ("Tigrayan leader Getachew Reda flew to Pretoria on Sunday. Getachew said on Monday that the talks had been useful.",
     "Getachew Reda"),
    ("Ethiopian security adviser Redwan Hussien arrived in Pretoria on Monday. Redwan told reporters on Tuesday that the "
     "talks would resume in June.", "Redwan Hussien"),
    ("Venezuelan Vice President Delcy Rodríguez arrived in Mexico City on Friday. Delcy told reporters on Saturday that "
     "the dialogue would resume in June.", "Delcy Rodríguez"),
])
def test_the_given_name_names_the_known_official(lexicon, body: str, person: str) -> None:
    events = typed_events(body, lexicon)
    speech = [names for t, _, names in events if t in ("statement", "announcement")]
    assert speech and person in speech[0]
    assert not any(person.split()[0] in names for _, _, names in events)


def test_a_name_of_no_official_named_stays_its_own(lexicon) -> None:
    """A guard: a one-word name that is no word of an official the article named is someone else."""
    body = ("Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday. Ruto told reporters on Tuesday that the talks "
            "would resume in June.")
    later = [names for t, _, names in typed_events(body, lexicon) if t in ("statement", "announcement")]
    # "Ruto" is William Ruto of officials.tsv since round 790: either way he is not Abiy Ahmed
    assert later and {"Ruto", "William Ruto"} & set(later[0]) and "Abiy Ahmed" not in later[0]

"""`processes._fitting`: the cue lines tried only where their first cue's strings are, the same lines as trying every
line with `_fits` (speed, output unchanged; eighteenth stop)."""
from tracker.extract.processes import _cues, _fits, _fitting

TEXTS = [
    "Negotiators from Armenia and Azerbaijan met in Washington to discuss the peace treaty and the border.",
    "The Colombian government and FARC dissidents resumed talks in Havana, a mediator said on Friday.",
    "Delegations of Sudan and South Sudan discussed oil transit fees and the status of Abyei.",
    "Kyrgyz and Tajik officials agreed on the demarcation of another stretch of the border.",
    "The weather was mild and nothing of note was said by anyone.",
    "",
]


def test_fitting_lines_are_those_every_cue_fits():
    cues = _cues()
    for text in TEXTS:
        assert list(_fitting(text)) == [i for i, (_, line) in enumerate(cues) if _fits(line, text)]
        assert list(_fitting(text, 5)) == [i for i, (_, line) in enumerate(cues) if i >= 5 and _fits(line, text)]
    assert any(list(_fitting(text)) for text in TEXTS)  # some line fits: the test reads a real case

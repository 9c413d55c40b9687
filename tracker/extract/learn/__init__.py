"""Learned judgements over the rules' candidates: linear models trained on the real corpus's dev labels."""

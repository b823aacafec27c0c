"""Drafts for the producer: the feedback letter in Word (`feedback.py`) and the covering email
(`email.py`). Both read a `Review` and the letter settings; neither judges anything."""

from pipeline.render.email import EmailContent, render_email
from pipeline.render.feedback import LetterSettings, feedback_context, write_feedback

__all__ = ["EmailContent", "LetterSettings", "feedback_context", "render_email", "write_feedback"]

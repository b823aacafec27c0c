"""The covering email that carries the feedback letter: subject, plain text and HTML, from
`templates/email.txt.j2` and `templates/email.html.j2` through the project's one jinja2
environment (autoescaping on; the text template switches it off for itself, since plain text
must not carry HTML entities)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Review
from pipeline.render.feedback import LetterSettings, feedback_context
from pipeline.render_env import environment


@dataclass(frozen=True)
class EmailContent:
    subject: str
    text: str
    html: str


def email_subject(producer: str, product: str) -> str:
    return f"Góp ý phương án sản xuất kinh doanh sản phẩm {product} – {producer}"


def render_email(review: Review, letter: LetterSettings | None = None) -> EmailContent:
    """Subject and bodies of the email to the producer; the .docx goes as an attachment."""
    ctx = feedback_context(review, None, letter)  # values are cleaned: one line, no controls
    env = environment()
    return EmailContent(
        subject=email_subject(ctx["producer"], ctx["product"]),
        text=env.get_template("email.txt.j2").render(**ctx),
        html=env.get_template("email.html.j2").render(**ctx),
    )

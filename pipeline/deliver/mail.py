"""The email itself and the two ways it leaves: SMTP (smtplib) or an `.eml` file.

`build_message` turns one draft (the review, the feedback .docx bytes, the recipient) into an
`EmailMessage` with the SMTP policy: Vietnamese subject and display names as RFC 2047 encoded
words, the attachment's Vietnamese file name as an RFC 2231 parameter, plain text and HTML as
alternatives (from `render_email`), the .docx attached. The Message-ID is given by the caller
(derived from the draft's idempotency key), so a resend carries the same one.

A transport's `send` calls `before_data()` right before the message body starts on its way (the
SMTP DATA command, or writing the .eml file): that is where the outbox records "this message may
now reach the server". Every failure is a `DeliveryError` that says whether it is transient (4xx,
connection dropped, timeout: retry), permanent (5xx: the draft failed), fatal for the whole run
(authentication, TLS, a misconfigured sender), and whether the message may have been delivered
all the same (the connection dropped after the whole body was sent, before the server answered).
"""

from __future__ import annotations

import base64
import html
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import formatdate
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.batch import write_bytes
from pipeline.models import Review
from pipeline.render import LetterSettings, render_email
from pipeline.render.feedback import clean

NO_EMAIL = "không có địa chỉ email"
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
DEFAULT_SENDER = "ocop-review@localhost"


class MailSettings(BaseSettings):
    """Mail and outbox settings, from the environment (prefix OCOP_) or a `.env` file."""

    model_config = SettingsConfigDict(env_prefix="OCOP_", env_file=".env", extra="ignore")

    smtp_host: str | None = Field(None, description="SMTP server; empty: write .eml files to DIR/outbox/.")
    smtp_port: int | None = Field(None, description="Default by security: 587 starttls, 465 ssl, 25 none.")
    smtp_user: str | None = Field(None, description="Login; empty: no authentication.")
    smtp_password: SecretStr | None = None
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_ca_file: Path | None = Field(
        None, description="Extra CA certificates (PEM) to trust, for a server with a private CA. "
        "The certificate is always verified, host name included.")
    smtp_timeout_s: float = Field(30.0, gt=0, description="Socket timeout of each SMTP exchange.")
    smtp_attempts: int = Field(4, ge=1, description="Tries per message and per run on transient "
                               "errors (4xx, connection dropped, timeout); then it waits for the next run.")
    smtp_backoff_s: float = Field(2.0, ge=0, description="Wait before the 2nd try; doubled each try.")
    smtp_backoff_max_s: float = Field(60.0, ge=0, description="Longest wait between two tries.")
    smtp_helo: str | None = Field(None, description="Name given in EHLO; default this machine's "
                                  "fully qualified name.")
    mail_from: str | None = Field(None, description="Sender address; default OCOP_SMTP_USER when it "
                                  "is an address (required with SMTP otherwise).")
    mail_from_name: str | None = Field(None, description="Sender display name; default the issuing "
                                       "body of the letter (OCOP_LETTER_ISSUING_BODY).")
    outbox_url: str | None = Field(None, description="SQLAlchemy URL of the outbox; default "
                                   "sqlite:///DIR/outbox.sqlite.")
    outbox_lease_s: float = Field(900.0, ge=0, description="A draft left 'sending' longer than this "
                                  "by a run that died is taken over by the next run.")
    reviewer: str | None = Field(None, description="Default approver name (else the OS user).")

    @field_validator("smtp_host", "smtp_user", "smtp_password", "mail_from", "mail_from_name",
                     "outbox_url", "reviewer", "smtp_port", "smtp_ca_file", "smtp_helo", mode="before")
    @classmethod
    def _empty_is_none(cls, v):
        return None if isinstance(v, str) and not v.strip() else v

    @property
    def port(self) -> int:
        return self.smtp_port or {"starttls": 587, "ssl": 465, "none": 25}[self.smtp_security]


class AddressError(ValueError):
    """An address that must not go into a header; `reason` is Vietnamese, for the reviewer."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ConfigError(ValueError):
    """Mail settings that cannot work (Vietnamese message)."""


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_ADDR = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
_ADDR_DOTLESS = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def validate_address(raw: str | None, *, dotless: bool = False) -> str:
    """One plain ASCII address (`local@domain.tld`), or `AddressError`.

    Refused: none at all (`NO_EMAIL`), any line break or control character (header injection:
    "a@b.vn\\r\\nBcc: x@y"), a display name, several addresses, anything outside a conservative
    addr-spec. Surrounding spaces are dropped; nothing else is repaired.
    """
    if raw is None or not raw.strip():
        raise AddressError(NO_EMAIL)
    if _CONTROL.search(raw):
        raise AddressError(f"địa chỉ email chứa ký tự xuống dòng hoặc ký tự điều khiển, không gửi: "
                           f"{raw!r}")
    addr = raw.strip()
    pattern = _ADDR_DOTLESS if dotless else _ADDR
    if len(addr) > 254 or not pattern.fullmatch(addr) or len(addr.split("@")[0]) > 64:
        raise AddressError(f"địa chỉ email không hợp lệ: {addr!r}")
    return addr


def sender_address(settings: MailSettings) -> str:
    """The envelope and From address; `ConfigError` when SMTP is set up without one."""
    raw = settings.mail_from
    if raw is None and settings.smtp_host:
        if settings.smtp_user and "@" in settings.smtp_user:
            raw = settings.smtp_user
        else:
            raise ConfigError("Chưa đặt địa chỉ người gửi: đặt OCOP_MAIL_FROM (hoặc OCOP_SMTP_USER "
                              "là một địa chỉ email).")
    try:
        return validate_address(raw or DEFAULT_SENDER, dotless=True)
    except AddressError as e:
        raise ConfigError(f"OCOP_MAIL_FROM: {e.reason}") from None


def message_id(key: str, sender: str) -> str:
    """Deterministic Message-ID of a draft: the same on every (re)send of the same draft."""
    return f"<ocop.{key[:32]}@{sender.rsplit('@', 1)[1]}>"


def attachment_name(stem: str) -> str:
    return f"Góp ý phương án {stem}.docx"


class _PreEncoded(str):
    """A header value encoded and folded here, kept and written exactly as it is."""


class _Policy(EmailPolicy):
    """`email.policy.SMTP`, except that it keeps `_PreEncoded` header values as they are.

    Python's own folding of a long non-ASCII header moves the space between two words into the
    fold, between two encoded words, where RFC 2047 says it is ignored: "Hợp tác xã" comes back as
    "Hợp tácxã", and a display name can even be split inside a word. Subjects and names are long
    in Vietnamese, so they are encoded here instead: whole characters per encoded word, the spaces
    inside the words, each line within 76 characters."""

    def header_store_parse(self, name, value):  # noqa: ANN001, ANN201
        if isinstance(value, _PreEncoded):
            return (name, str(value))
        return super().header_store_parse(name, value)


POLICY = _Policy(linesep="\r\n", refold_source="none")


def _encoded_words(text: str, first: int, rest: int = 75) -> list[str]:
    """RFC 2047 B-encoded words of at most `first` (then `rest`) characters, whole characters in
    each, that decode back to `text` exactly when joined."""

    def size(n: int) -> int:
        return 12 + 4 * ((n + 2) // 3)  # "=?utf-8?b?" + base64 + "?="

    chunks: list[bytes] = []
    chunk, width = b"", first
    for ch in text:
        b = ch.encode("utf-8")
        if chunk and size(len(chunk) + len(b)) > width:
            chunks.append(chunk)
            chunk, width = b"", rest
        chunk += b
    if chunk:
        chunks.append(chunk)
    return ["=?utf-8?b?" + base64.b64encode(c).decode("ascii") + "?=" for c in chunks]


def _unstructured(name: str, text: str) -> str:
    if text.isascii():
        return text
    return _PreEncoded("\n ".join(_encoded_words(text, 76 - len(name) - 2)))


def _mailbox(name: str, display: str, addr: str) -> str:
    if not display:
        return addr
    if display.isascii():
        return str(Address(display_name=display, addr_spec=addr))
    words = _encoded_words(display, 76 - len(name) - 2)
    last = len(words[-1]) + (len(name) + 2 if len(words) == 1 else 1)
    sep = " " if last + len(addr) + 3 <= 76 else "\n "
    return _PreEncoded("\n ".join(words) + sep + f"<{addr}>")


def _with_note(text: str, body_html: str, note: str | None) -> tuple[str, str]:
    lines = [clean(x) for x in (note or "").splitlines() if clean(x)]
    if not lines:
        return text, body_html
    text = "\n".join(lines) + "\n\n" + text.lstrip("\n")
    para = "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>\n"
    m = re.search(r"<body[^>]*>\n?", body_html)
    at = m.end() if m else 0
    return text, body_html[:at] + para + body_html[at:]


def build_message(review: Review, docx: bytes, *, stem: str, recipient: str, sender: str,
                  msg_id: str, date: str | None = None, note: str | None = None,
                  key: str | None = None, sender_name: str | None = None,
                  letter: LetterSettings | None = None) -> EmailMessage:
    """The email for one draft. `recipient` and `sender` must have passed `validate_address`."""
    letter = letter or LetterSettings()
    content = render_email(review, letter)
    text, body_html = _with_note(content.text, content.html, note)
    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = _unstructured("Subject", clean(content.subject))
    msg["From"] = _mailbox("From", clean(sender_name or letter.issuing_body), sender)
    msg["To"] = _mailbox("To", clean(review.producer.name), recipient)
    msg["Date"] = date or formatdate(localtime=True)
    msg["Message-ID"] = _PreEncoded(msg_id)  # one line, never folded
    if key:
        msg["X-OCOP-Draft"] = key
    msg.set_content(text, charset="utf-8")
    msg.add_alternative(body_html, subtype="html", charset="utf-8")
    msg.add_attachment(docx, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1],
                       filename=attachment_name(stem))
    msg["Content-Language"] = "vi"  # after the attachment: make_mixed moves Content-* headers down
    return msg


class DeliveryError(Exception):
    """A failed try. `transmitted`: `before_data` ran (the outbox counted a possible delivery);
    `uncertain`: the server may have accepted the message all the same."""

    def __init__(self, reason: str, *, code: int | None = None, permanent: bool = False,
                 fatal: bool = False, connection: bool = False, transmitted: bool = False,
                 uncertain: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.code = reason, code
        self.permanent, self.fatal, self.connection = permanent, fatal, connection
        self.transmitted, self.uncertain = transmitted, uncertain


def _text(resp: bytes | str) -> str:
    s = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return " ".join(s.split())[:300]


def _reply_error(stage: str, code: int, resp: bytes | str, *, transmitted: bool = False,
                 fatal_5xx: bool = False, connection: bool = False) -> DeliveryError:
    detail = f"{code} {_text(resp)}".strip()
    if 500 <= code < 600:
        if fatal_5xx:
            return DeliveryError(f"Máy chủ thư từ chối {stage} ({detail}); kiểm tra cấu hình gửi thư.",
                                 code=code, fatal=True, transmitted=transmitted)
        return DeliveryError(f"Máy chủ thư từ chối vĩnh viễn ({stage}): {detail}", code=code,
                             permanent=True, transmitted=transmitted)
    return DeliveryError(f"Máy chủ thư tạm thời chưa nhận ({stage}): {detail}", code=code,
                         transmitted=transmitted, connection=connection)


class Transport:
    """Where a message goes. `describe()` names it for the report and the outbox record."""

    def describe(self) -> str:
        raise NotImplementedError

    def send(self, data: bytes, sender: str, recipient: str, name: str,
             before_data: Callable[[], None]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class EmlTransport(Transport):
    """The embedded default: each message written to `DIR/outbox/<name>.eml` (atomically, under a
    name fixed by the draft, so writing it again replaces it rather than adding a copy)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def describe(self) -> str:
        return f"eml:{self.folder}"

    def send(self, data: bytes, sender: str, recipient: str, name: str,
             before_data: Callable[[], None]) -> None:
        before_data()
        try:
            write_bytes(self.folder / f"{name}.eml", data)
        except OSError as e:
            raise DeliveryError(f"Không ghi được tệp thư {name}.eml: {e}", transmitted=True) from e


class SmtpTransport(Transport):
    """smtplib over one connection reused for the whole run (reopened after any failure)."""

    def __init__(self, settings: MailSettings) -> None:
        self.s = settings
        self._smtp: smtplib.SMTP | None = None

    def describe(self) -> str:
        return f"smtp:{self.s.smtp_host}:{self.s.port} ({self.s.smtp_security})"

    def _context(self) -> ssl.SSLContext:
        ca = str(self.s.smtp_ca_file) if self.s.smtp_ca_file else None
        return ssl.create_default_context(cafile=ca)

    def _open(self, local: str) -> smtplib.SMTP:
        s = self.s
        try:
            if s.smtp_security == "ssl":
                smtp = smtplib.SMTP_SSL(s.smtp_host, s.port, local_hostname=local,
                                        timeout=s.smtp_timeout_s, context=self._context())
            else:
                smtp = smtplib.SMTP(s.smtp_host, s.port, local_hostname=local,
                                    timeout=s.smtp_timeout_s)
        except smtplib.SMTPConnectError as e:
            raise _reply_error("kết nối", e.smtp_code, e.smtp_error, fatal_5xx=True,
                               connection=True) from e
        except ssl.SSLError as e:
            raise DeliveryError(f"Lỗi TLS khi kết nối máy chủ thư: {e}", fatal=True) from e
        except (OSError, smtplib.SMTPException) as e:
            raise DeliveryError(f"Không kết nối được máy chủ thư {s.smtp_host}:{s.port}: {e}",
                                connection=True) from e
        try:
            smtp.ehlo()
            if s.smtp_security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise DeliveryError("Máy chủ thư không hỗ trợ STARTTLS (OCOP_SMTP_SECURITY=starttls).",
                                        fatal=True)
                smtp.starttls(context=self._context())
                smtp.ehlo()
            if s.smtp_user:
                password = s.smtp_password.get_secret_value() if s.smtp_password else ""
                smtp.login(s.smtp_user, password)
        except DeliveryError:
            _quiet_close(smtp)
            raise
        except smtplib.SMTPAuthenticationError as e:
            _quiet_close(smtp)
            raise DeliveryError(f"Đăng nhập máy chủ thư thất bại: {e.smtp_code} {_text(e.smtp_error)}",
                                code=e.smtp_code, fatal=True) from e
        except smtplib.SMTPNotSupportedError as e:
            _quiet_close(smtp)
            raise DeliveryError(f"Máy chủ thư không hỗ trợ đăng nhập (AUTH): {e}", fatal=True) from e
        except ssl.SSLError as e:
            _quiet_close(smtp)
            raise DeliveryError(f"Lỗi TLS với máy chủ thư: {e}", fatal=True) from e
        except smtplib.SMTPResponseException as e:
            _quiet_close(smtp)
            raise _reply_error("phiên làm việc", e.smtp_code, e.smtp_error, fatal_5xx=True,
                               connection=True) from e
        except (OSError, smtplib.SMTPException) as e:
            _quiet_close(smtp)
            raise DeliveryError(f"Mất kết nối máy chủ thư khi mở phiên: {e}", connection=True) from e
        return smtp

    def _connection(self, local: str) -> smtplib.SMTP:
        if self._smtp is not None:
            try:
                if self._smtp.noop()[0] == 250:
                    return self._smtp
            except (OSError, smtplib.SMTPException):
                pass
            self._drop()
        self._smtp = self._open(local)
        return self._smtp

    def _drop(self) -> None:
        if self._smtp is not None:
            _quiet_close(self._smtp)
            self._smtp = None

    def _rset(self) -> None:
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def send(self, data: bytes, sender: str, recipient: str, name: str,
             before_data: Callable[[], None]) -> None:
        smtp = self._connection(self.s.smtp_helo or socket.getfqdn())
        try:
            code, resp = smtp.mail(sender)
            if code != 250:
                raise _reply_error("người gửi", code, resp, fatal_5xx=code != 552)
            code, resp = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise _reply_error(f"người nhận {recipient}", code, resp)
        except DeliveryError:
            self._rset()
            raise
        except (OSError, smtplib.SMTPException) as e:
            self._drop()
            raise DeliveryError(f"Mất kết nối máy chủ thư: {e}", connection=True) from e
        try:
            before_data()
        except BaseException:
            self._rset()
            raise
        self._data(smtp, data)

    def _data(self, smtp: smtplib.SMTP, data: bytes) -> None:
        """DATA, as smtplib's, split so that the one uncertain moment is known: after the last
        byte of the body went out and before the server's answer came back."""
        try:
            smtp.putcmd("data")
            code, resp = smtp.getreply()
        except (OSError, smtplib.SMTPException) as e:
            self._drop()
            raise DeliveryError(f"Mất kết nối máy chủ thư: {e}", transmitted=True) from e
        if code != 354:
            self._rset()
            raise _reply_error("lệnh DATA", code, resp, transmitted=True)
        body = re.sub(rb"(?m)^\.", b"..", data)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        try:
            smtp.send(body + b".\r\n")
        except (OSError, smtplib.SMTPException) as e:
            # the terminating "." never left whole: the server cannot have accepted the message
            self._drop()
            raise DeliveryError(f"Mất kết nối khi đang truyền thư: {e}", transmitted=True) from e
        try:
            code, resp = smtp.getreply()
        except (OSError, smtplib.SMTPException) as e:
            self._drop()
            raise DeliveryError(f"Máy chủ thư ngắt kết nối trước khi xác nhận đã nhận thư: {e}",
                                transmitted=True, uncertain=True) from e
        if code != 250:
            raise _reply_error("nội dung thư", code, resp, transmitted=True)

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._drop()


def _quiet_close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except OSError:
        pass


def make_transport(settings: MailSettings, out: Path) -> Transport:
    if settings.smtp_host:
        return SmtpTransport(settings)
    return EmlTransport(out / "outbox")


__all__ = [
    "NO_EMAIL", "AddressError", "ConfigError", "DeliveryError", "EmlTransport", "MailSettings",
    "SmtpTransport", "Transport", "attachment_name", "build_message", "make_transport",
    "message_id", "sender_address", "validate_address",
]

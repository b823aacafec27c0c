"""Delivery: approve, then send each approved feedback draft exactly once, over a real SMTP server
(aiosmtpd on 127.0.0.1, a free port) or as .eml files.

Drafts are made by the real `review` command on three sample plans that carry their producers'
addresses and one that has none. The server misbehaves on request: 4xx answers, 5xx for one
address, a connection dropped after the message arrived but before the answer (the case where a
resend may duplicate: the bound checked is "delivered at most twice, recorded once"), a client
killed between the server's acceptance and the outbox record, STARTTLS with a self-signed
certificate made here and AUTH LOGIN / PLAIN, two `send` runs at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import io
import ipaddress
import json
import re
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
from collections import Counter
from email.header import decode_header, make_header
from email.policy import compat32
from email.policy import default as default_policy
from email.utils import parseaddr
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPProtocol
from aiosmtpd.smtp import AuthResult
from docx import Document

from pipeline.deliver import (NO_EMAIL, MailSettings, State, UnknownDrafts, approve, hold,
                              list_drafts, send_approved, sync_drafts)
from pipeline.deliver.mail import AddressError, attachment_name, validate_address
from pipeline.deliver.outbox import MAX_DELIVERIES, Draft, Outbox, folder_key
from pipeline.models import Review
from pipeline.render import render_email, write_feedback
from pipeline.render.feedback import clean
from tests.conftest import ROOT, SAMPLES, run_cli

WITH_EMAIL = ["s01_ruou_nep_sim_htx", "s07_mam_tom_khong_dau", "s10_dau_lac_htx"]
NO_ADDRESS = "s03_che_vang_ho_gia_dinh"
SENDER = "ocop@vpdp-hatinh.example.vn"


# --- drafts -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reviewed_drafts(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("drafts")
    plans = [str(SAMPLES / "plans" / f"{s}.docx") for s in [*WITH_EMAIL, NO_ADDRESS]]
    proc = run_cli("review", *plans, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    for stem in [*WITH_EMAIL, NO_ADDRESS]:
        assert (out / f"{stem}.feedback.docx").is_file()
    return out


@pytest.fixture
def drafts(reviewed_drafts, tmp_path) -> Path:
    out = tmp_path / "reviews"
    shutil.copytree(reviewed_drafts, out)
    return out


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for k in list(os.environ):
        if k.startswith("OCOP_SMTP") or k in ("OCOP_MAIL_FROM", "OCOP_OUTBOX_URL", "OCOP_REVIEWER",
                                              "OCOP_OUTBOX_LEASE_S", "OCOP_MAIL_FROM_NAME"):
            monkeypatch.delenv(k)


def review_of(out: Path, stem: str) -> Review:
    return Review.model_validate_json((out / f"{stem}.review.json").read_text(encoding="utf-8"))


# --- the SMTP server ----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    """Records what it accepts; misbehaves as told (counters are consumed in order)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.fail_rcpt = 0  # answer 450 to the next N RCPT
        self.fail_data = 0  # answer 451 to the next N messages
        self.drop_after = 0  # accept the next N messages, then drop the connection unanswered
        self.drop_first_copy = False  # the same, for the first copy of every Message-ID
        self.seen_ids: set[bytes] = set()
        self.drop_at_data = 0  # drop the next N connections at the DATA command, before its 354
        self.reject: set[str] = set()  # 550 for these recipients
        self.kill: list[int] = []  # SIGKILL these client pids after keeping their message
        self.delay = 0.0
        self.rcpt_calls = 0
        self.data_calls = 0
        self.auth: list[tuple[str, bytes, bytes]] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        self.rcpt_calls += 1
        if address in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if self.fail_rcpt > 0:
            self.fail_rcpt -= 1
            return "450 4.2.0 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.data_calls += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail_data > 0:
            self.fail_data -= 1
            return "451 4.3.0 Temporary local problem, try again"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if self.kill:
            os.kill(self.kill.pop(0), signal.SIGKILL)  # the client dies before it hears the answer
            await asyncio.sleep(0.3)
        mid = re.search(rb"(?mi)^Message-ID: *(<[^>]*>)", envelope.content)
        first = mid is not None and mid.group(1) not in self.seen_ids
        if mid:
            self.seen_ids.add(mid.group(1))
        if self.drop_after > 0 or (self.drop_first_copy and first):
            self.drop_after = max(0, self.drop_after - 1)
            server.transport.abort()
        return "250 2.0.0 OK queued"

    def authenticator(self, server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == b"ocop" and auth_data.password == b"m4t-khau-thu"
        self.auth.append((mechanism, auth_data.login, auth_data.password))
        return AuthResult(success=ok, handled=False)

    def parsed(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(c, policy=default_policy) for _, _, c in self.messages]


class DroppingSMTP(SMTPProtocol):
    async def smtp_DATA(self, arg):  # noqa: N802
        if self.event_handler.drop_at_data > 0:
            self.event_handler.drop_at_data -= 1
            self.transport.abort()
            return
        return await super().smtp_DATA(arg)


class MisbehavingController(Controller):
    def factory(self):
        return DroppingSMTP(self.handler, **self.SMTP_kwargs)


@pytest.fixture
def smtp_server():
    servers = []

    def start(handler: Handler | None = None, **kwargs) -> tuple[Controller, Handler]:
        handler = handler or Handler()
        ctl = MisbehavingController(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
        ctl.start()
        servers.append(ctl)
        return ctl, handler

    yield start
    for ctl in servers:
        ctl.stop()


def settings_for(ctl: Controller, **kw) -> MailSettings:
    base = dict(smtp_host="127.0.0.1", smtp_port=ctl.port, smtp_security="none", mail_from=SENDER,
                smtp_timeout_s=5, smtp_attempts=4, smtp_backoff_s=0.01, smtp_backoff_max_s=0.05)
    return MailSettings(**{**base, **kw})


def env_for(ctl: Controller, **kw) -> dict:
    env = {"OCOP_SMTP_HOST": "127.0.0.1", "OCOP_SMTP_PORT": str(ctl.port),
           "OCOP_SMTP_SECURITY": "none", "OCOP_MAIL_FROM": SENDER, "OCOP_SMTP_TIMEOUT_S": "5",
           "OCOP_SMTP_BACKOFF_S": "0.01", "OCOP_SMTP_BACKOFF_MAX_S": "0.05"}
    env.update({k: str(v) for k, v in kw.items()})
    return env


def states(out: Path) -> dict[str, State]:
    return {d.stem: d.state for d in list_drafts(out)}


def sent_events(out: Path) -> Counter:
    """How many times the outbox recorded each stem as sent."""
    ob = Outbox(f"sqlite:///{out / 'outbox.sqlite'}")
    try:
        c: Counter = Counter()
        for d in ob.drafts(folder_key(out), current=False):
            c[d.stem] += sum(e.state == "sent" for e in ob.events(d.id))
        return c
    finally:
        ob.close()


def mailbox(raw: bytes, name: str) -> tuple[str, str]:
    """A From/To header decoded by the RFC 2047 decoder of email.header: adjacent encoded words
    joined with nothing between them, as the RFC says. (The parser of email.policy.default puts
    a space between adjacent encoded words in a display name, so it is not used for that.)"""
    value = email.message_from_bytes(raw, policy=compat32)[name]
    return parseaddr(str(make_header(decode_header(value))))


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return clean(" ".join(parts))


# --- addresses ----------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "victim@example.com\r\nBcc: attacker@evil.example",
    "victim@example.com\nBcc: attacker@evil.example",
    "victim@example.com\rX-Injected: 1",
    "a@example.com, b@example.com",
    "Nguyễn Văn A <a@example.com>",
    "khong-co-a-cong.example.com",
    "a@@example.com",
    "a@example",
    ".a@example.com",
    "a..b@example.com",
    "ngườidùng@example.com",
])
def test_invalid_addresses_are_refused(raw):
    with pytest.raises(AddressError):
        validate_address(raw)


def test_valid_address_and_missing_one():
    assert validate_address("  htx.hoithuy-danhai+ocop@gmail.com ") == "htx.hoithuy-danhai+ocop@gmail.com"
    for raw in (None, "", "   "):
        with pytest.raises(AddressError) as e:
            validate_address(raw)
        assert e.value.reason == NO_EMAIL


# --- the main path over SMTP --------------------------------------------------------------------

def test_approved_drafts_are_sent_once_with_vietnamese_subject_and_docx(drafts, smtp_server):
    ctl, h = smtp_server()
    found = {d.stem: d for d in sync_drafts(drafts)}
    assert set(found) == {*WITH_EMAIL, NO_ADDRESS}
    assert found[NO_ADDRESS].state == State.failed and found[NO_ADDRESS].last_error == NO_EMAIL
    assert all(found[s].state == State.draft for s in WITH_EMAIL)

    approved = approve(drafts, by="Nguyễn Thị Thẩm Định", note="Văn phòng gửi kèm văn bản góp ý.")
    assert {d.stem for d in approved if d.state == State.approved} == set(WITH_EMAIL)
    assert all(d.approved_by == "Nguyễn Thị Thẩm Định" and d.approved_at for d in approved
               if d.state == State.approved)

    report = send_approved(drafts, settings_for(ctl))
    assert report.error is None
    assert sorted(d.stem for d in report.sent) == sorted(WITH_EMAIL)
    assert [d.stem for d in report.no_email] == [NO_ADDRESS]
    assert report.no_email[0].last_error == "không có địa chỉ email"
    assert not report.failed and not report.deferred
    assert len(h.messages) == len(WITH_EMAIL)

    by_rcpt = {rcpts[0]: msg for (_, rcpts, _), msg in zip(h.messages, h.parsed(), strict=True)}
    raw_by_rcpt = {rcpts[0]: c for _, rcpts, c in h.messages}
    info = {d.stem: d for d in report.sent}
    for stem in WITH_EMAIL:
        rv = review_of(drafts, stem)
        msg = by_rcpt[rv.producer.email]
        assert msg["To"].addresses[0].addr_spec == rv.producer.email
        assert mailbox(raw_by_rcpt[rv.producer.email], "To") == (clean(rv.producer.name),
                                                                   rv.producer.email)
        assert msg["From"].addresses[0].addr_spec == SENDER
        assert msg["Subject"] == render_email(rv).subject  # RFC 2047 decoded back exactly
        assert "Góp ý phương án sản xuất kinh doanh sản phẩm" in msg["Subject"]
        assert msg["Message-ID"] == info[stem].message_id
        text = msg.get_body(("plain",)).get_content()
        assert text.startswith("Văn phòng gửi kèm văn bản góp ý.")
        assert "Kính gửi" in text and "<" not in text
        html = msg.get_body(("html",)).get_content()
        assert "<p>Văn phòng gửi kèm văn bản góp ý.</p>" in html
        atts = list(msg.iter_attachments())
        assert len(atts) == 1
        att = atts[0]
        assert att.get_filename() == attachment_name(stem)  # RFC 2231 decoded back exactly
        assert att.get_content_type().endswith("wordprocessingml.document")
        data = att.get_content()
        assert data == (drafts / f"{stem}.feedback.docx").read_bytes()
        body = docx_text(data)
        for f in rv.findings:
            assert clean(f.message)[:60] in body, (stem, f.rule)
    # the raw message carries encoded words and an RFC 2231 file name, no raw UTF-8 headers
    raw = h.messages[0][2]
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"=?utf-8?" in head and all(b < 128 for b in head)
    assert re.search(rb"filename\*(0\*)?=utf-8''G%C3%B3p%20%C3%BD", raw)  # RFC 2231

    again = send_approved(drafts, settings_for(ctl))
    assert again.sent == [] and len(h.messages) == len(WITH_EMAIL)
    assert {d.stem for d in again.skipped} == set(WITH_EMAIL)
    assert all(d.state == State.sent for d in again.skipped)
    assert [d.stem for d in again.no_email] == [NO_ADDRESS]  # still reported, every run
    assert sent_events(drafts) == Counter({s: 1 for s in WITH_EMAIL})


def test_a_draft_never_approved_is_never_sent(drafts, smtp_server):
    ctl, h = smtp_server()
    approve(drafts, [WITH_EMAIL[1]], by="tester")
    hold(drafts, [WITH_EMAIL[2]], by="tester")
    for _ in range(2):
        report = send_approved(drafts, settings_for(ctl))
    assert [rcpts for _, rcpts, _ in h.messages] == [[review_of(drafts, WITH_EMAIL[1]).producer.email]]
    st = states(drafts)
    assert st == {WITH_EMAIL[0]: State.draft, WITH_EMAIL[1]: State.sent, WITH_EMAIL[2]: State.held,
                  NO_ADDRESS: State.failed}
    assert {d.stem for d in report.skipped} == set(WITH_EMAIL)
    # approving everything does not release a held draft; naming it does
    approve(drafts, by="tester")
    assert states(drafts)[WITH_EMAIL[2]] == State.held
    with pytest.raises(UnknownDrafts):
        approve(drafts, ["khong_co_ban_nay"], by="tester")
    assert states(drafts)[WITH_EMAIL[0]] == State.approved


def test_transient_4xx_is_retried_and_each_message_delivered_once(drafts, smtp_server):
    ctl, h = smtp_server()
    h.fail_rcpt, h.fail_data = 2, 3  # the first five tries are turned away, temporarily
    approve(drafts, by="tester")
    report = send_approved(drafts, settings_for(ctl, smtp_attempts=6))
    assert sorted(d.stem for d in report.sent) == sorted(WITH_EMAIL)
    counts = Counter(m["Message-ID"] for m in h.parsed())
    assert len(counts) == len(WITH_EMAIL) and set(counts.values()) == {1}
    assert max(d.attempts for d in report.sent) >= 4
    assert all(d.deliveries == 1 for d in report.sent)  # every 4xx was a definite "not taken"
    assert send_approved(drafts, settings_for(ctl)).sent == []


def test_transient_errors_used_up_wait_for_the_next_run(drafts, smtp_server):
    ctl, h = smtp_server()
    h.fail_data = 100
    approve(drafts, [WITH_EMAIL[0]], by="tester")
    report = send_approved(drafts, settings_for(ctl, smtp_attempts=3))
    assert [d.stem for d in report.deferred] == [WITH_EMAIL[0]] and not report.ok
    assert "451" in report.deferred[0].last_error and report.deferred[0].attempts == 3
    assert states(drafts)[WITH_EMAIL[0]] == State.approved
    h.fail_data = 0
    assert [d.stem for d in send_approved(drafts, settings_for(ctl)).sent] == [WITH_EMAIL[0]]
    assert len(h.messages) == 1


def test_connection_dropped_after_the_message_arrived_bounds_resends(drafts, smtp_server):
    """The server keeps each message, then drops the connection before answering, then recovers.
    The sender cannot know the first copy arrived, so it resends once, with the same Message-ID:
    each message is delivered at most twice (here: exactly twice) and recorded as sent once."""
    ctl, h = smtp_server()
    h.drop_first_copy = True
    approve(drafts, by="tester")
    report = send_approved(drafts, settings_for(ctl))
    assert sorted(d.stem for d in report.sent) == sorted(WITH_EMAIL)
    per_id = Counter(m["Message-ID"] for m in h.parsed())
    assert set(per_id) == {d.message_id for d in report.sent}
    assert max(per_id.values()) <= MAX_DELIVERIES == 2  # the bound
    assert set(per_id.values()) == {2}
    assert sent_events(drafts) == Counter({s: 1 for s in WITH_EMAIL})  # recorded once
    assert sum(d.deliveries for d in report.sent) == sum(per_id.values())  # and counted right
    assert send_approved(drafts, settings_for(ctl)).sent == []
    assert sum(Counter(m["Message-ID"] for m in h.parsed()).values()) == 2 * len(WITH_EMAIL)


def test_two_unanswered_copies_are_never_followed_by_a_third(drafts, smtp_server):
    ctl, h = smtp_server()
    h.drop_after = 5  # the server keeps every copy and never answers
    stem = WITH_EMAIL[0]
    approve(drafts, [stem], by="tester")
    report = send_approved(drafts, settings_for(ctl, smtp_attempts=6))
    assert len(h.messages) == MAX_DELIVERIES == 2
    assert [d.stem for d in report.failed] == [stem] and report.sent == []
    assert "không gửi lại để tránh gửi trùng" in report.failed[0].last_error
    for _ in range(2):
        send_approved(drafts, settings_for(ctl))
    assert len(h.messages) == 2 and states(drafts)[stem] == State.failed


def test_connection_dropped_at_data_is_retried_without_duplicates(drafts, smtp_server):
    """Dropped before the body went out: certainly not delivered, so retried freely."""
    ctl, h = smtp_server()
    h.drop_at_data = 3
    approve(drafts, by="tester")
    report = send_approved(drafts, settings_for(ctl, smtp_attempts=5))
    assert sorted(d.stem for d in report.sent) == sorted(WITH_EMAIL)
    assert set(Counter(m["Message-ID"] for m in h.parsed()).values()) == {1}
    assert [d.deliveries for d in report.sent] == [1, 1, 1] and h.drop_at_data == 0


def test_permanent_5xx_marks_failed_with_reason_and_is_not_retried(drafts, smtp_server):
    ctl, h = smtp_server()
    bad = review_of(drafts, WITH_EMAIL[1]).producer.email
    h.reject = {bad}
    approve(drafts, by="tester")
    report = send_approved(drafts, settings_for(ctl))
    assert [d.stem for d in report.failed] == [WITH_EMAIL[1]]
    reason = report.failed[0].last_error
    assert "550" in reason and "từ chối vĩnh viễn" in reason and "User unknown" in reason
    assert report.failed[0].attempts == 1
    assert len(h.messages) == 2 and not report.ok
    calls = h.rcpt_calls
    again = send_approved(drafts, settings_for(ctl))
    assert again.sent == [] and h.rcpt_calls == calls and [d.stem for d in again.failed] == [WITH_EMAIL[1]]
    # the reviewer asks for another try, by name, once the mailbox exists
    h.reject = set()
    assert approve(drafts, [WITH_EMAIL[1]], by="tester")[0].state == State.approved
    assert [d.stem for d in send_approved(drafts, settings_for(ctl)).sent] == [WITH_EMAIL[1]]
    assert len(h.messages) == 3


def test_header_injection_address_is_refused(drafts, smtp_server):
    ctl, h = smtp_server()
    stem = WITH_EMAIL[0]
    p = drafts / f"{stem}.review.json"
    data = json.loads(p.read_text(encoding="utf-8"))
    data["producer"]["email"] = "victim@example.com\r\nBcc: attacker@evil.example"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rows = {d.stem: d for d in approve(drafts, by="tester")}
    assert rows[stem].state == State.failed
    assert "xuống dòng" in rows[stem].last_error and rows[stem].recipient is None
    report = send_approved(drafts, settings_for(ctl))
    assert stem in {d.stem for d in report.failed}
    assert stem not in {d.stem for d in report.sent}
    assert all(b"evil.example" not in c for _, _, c in h.messages)
    assert all("attacker@evil.example" not in r for _, rcpts, _ in h.messages for r in rcpts)


def test_feedback_changed_after_approval_needs_a_new_approval(drafts, smtp_server):
    ctl, h = smtp_server()
    stem = WITH_EMAIL[2]
    approve(drafts, [stem], by="tester")
    before = (drafts / f"{stem}.feedback.docx").read_bytes()
    write_feedback(review_of(drafts, stem), drafts / f"{stem}.feedback.docx")  # a new rendering
    assert (drafts / f"{stem}.feedback.docx").read_bytes() != before
    report = send_approved(drafts, settings_for(ctl))
    assert report.sent == [] and h.messages == []
    now = {d.stem: d for d in list_drafts(drafts)}
    assert now[stem].state == State.draft and now[stem].approved_by is None
    old = [d for d in list_drafts(drafts, history=True) if d.stem == stem and not d.current]
    assert [d.state for d in old] == [State.superseded]
    approve(drafts, [stem], by="tester")
    assert [d.stem for d in send_approved(drafts, settings_for(ctl)).sent] == [stem]
    att = next(h.parsed()[0].iter_attachments()).get_content()
    assert att == (drafts / f"{stem}.feedback.docx").read_bytes()


# --- STARTTLS, implicit TLS, authentication -----------------------------------------------------

@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost, made here."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    d = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ocop-test-smtp")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = d / "cert.pem", d / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def server_context(certificate) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(*map(str, certificate))
    return ctx


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_starttls_with_self_signed_certificate_and_auth(drafts, smtp_server, certificate, mechanism):
    h = Handler()
    other = {"LOGIN": "PLAIN", "PLAIN": "LOGIN"}[mechanism]
    ctl, _ = smtp_server(h, tls_context=server_context(certificate), require_starttls=True,
                         auth_required=True, auth_require_tls=True, authenticator=h.authenticator,
                         auth_exclude_mechanism=[other])
    approve(drafts, by="tester")
    report = send_approved(drafts, settings_for(
        ctl, smtp_security="starttls", smtp_user="ocop", smtp_password="m4t-khau-thu",
        smtp_ca_file=certificate[0]))
    assert report.error is None and sorted(d.stem for d in report.sent) == sorted(WITH_EMAIL)
    assert len(h.messages) == len(WITH_EMAIL)
    assert h.auth and {a[0] for a in h.auth} == {mechanism}
    assert all(d.delivered_via.endswith("(starttls)") for d in report.sent)


def test_untrusted_certificate_or_wrong_password_stops_the_run_and_sends_nothing(
        drafts, smtp_server, certificate):
    h = Handler()
    ctl, _ = smtp_server(h, tls_context=server_context(certificate), require_starttls=True,
                         auth_required=True, auth_require_tls=True, authenticator=h.authenticator)
    approve(drafts, by="tester")
    untrusted = send_approved(drafts, settings_for(ctl, smtp_security="starttls", smtp_user="ocop",
                                                   smtp_password="m4t-khau-thu"))
    assert untrusted.sent == [] and untrusted.error and "TLS" in untrusted.error
    assert sorted(d.stem for d in untrusted.deferred) == sorted(WITH_EMAIL)
    wrong = send_approved(drafts, settings_for(ctl, smtp_security="starttls", smtp_user="ocop",
                                               smtp_password="sai", smtp_ca_file=certificate[0]))
    assert wrong.sent == [] and "Đăng nhập" in wrong.error and h.messages == []
    assert set(states(drafts)[s] for s in WITH_EMAIL) == {State.approved}
    good = send_approved(drafts, settings_for(ctl, smtp_security="starttls", smtp_user="ocop",
                                              smtp_password="m4t-khau-thu",
                                              smtp_ca_file=certificate[0]))
    assert len(good.sent) == len(WITH_EMAIL) == len(h.messages)


def test_implicit_tls(drafts, smtp_server, certificate):
    h = Handler()
    ctl, _ = smtp_server(h, ssl_context=server_context(certificate))
    approve(drafts, [WITH_EMAIL[0]], by="tester")
    report = send_approved(drafts, settings_for(ctl, smtp_security="ssl",
                                                smtp_ca_file=certificate[0]))
    assert [d.stem for d in report.sent] == [WITH_EMAIL[0]] and len(h.messages) == 1


# --- concurrency and crashes --------------------------------------------------------------------

def test_two_concurrent_send_processes_send_each_message_once(drafts, smtp_server):
    ctl, h = smtp_server()
    h.delay = 0.3  # keep both runs busy at the same time
    assert run_cli("approve", str(drafts), "--by", "tester").returncode == 1  # one has no address
    env = env_for(ctl)
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", "send", str(drafts)], cwd=ROOT,
                              env={**os.environ, **env}, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (o, e) in zip(procs, outs, strict=True):
        assert p.returncode == 1, (o, e)  # 1: the plan with no address is reported by both
        assert "không có địa chỉ email" in e
    per_id = Counter(m["Message-ID"] for m in h.parsed())
    assert len(per_id) == len(WITH_EMAIL) and set(per_id.values()) == {1}
    sent_lines = [ln for o, _ in outs for ln in o.splitlines() if "đã gửi tới" in ln]
    assert len(sent_lines) == len(WITH_EMAIL)
    assert sent_events(drafts) == Counter({s: 1 for s in WITH_EMAIL})


def test_concurrent_send_threads_send_each_message_once(drafts, smtp_server):
    ctl, h = smtp_server()
    h.delay = 0.1
    approve(drafts, by="tester")
    reports = []
    barrier = threading.Barrier(4)

    def run():
        barrier.wait()
        reports.append(send_approved(drafts, settings_for(ctl)))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(reports) == 4
    assert sorted(d.stem for r in reports for d in r.sent) == sorted(WITH_EMAIL)
    assert set(Counter(m["Message-ID"] for m in h.parsed()).values()) == {1}
    assert len(h.messages) == len(WITH_EMAIL)


def _send_proc(drafts: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "send", str(drafts)], cwd=ROOT,
                            env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_crash_between_acceptance_and_record_resends_once_with_same_message_id(drafts, smtp_server):
    """The client process is killed after the server kept the message, before the outbox heard:
    the draft stays 'sending'. Within the lease nobody touches it; after it, the next run resends
    once with the same Message-ID (2 copies, 1 record); a later run sends nothing."""
    ctl, h = smtp_server()
    stem = WITH_EMAIL[1]
    approve(drafts, [stem], by="tester")
    p = _send_proc(drafts, env_for(ctl))
    h.kill.append(p.pid)
    p.communicate(timeout=120)
    assert p.returncode == -signal.SIGKILL
    assert len(h.messages) == 1
    ob = Outbox(f"sqlite:///{drafts / 'outbox.sqlite'}")
    try:
        row = next(d for d in ob.drafts(folder_key(drafts)) if d.stem == stem)
        assert (row.state, row.deliveries) == ("sending", 1)
    finally:
        ob.close()

    within_lease = run_cli("send", str(drafts), env=env_for(ctl))
    assert "lần chạy khác đang gửi 1" in within_lease.stdout and len(h.messages) == 1

    after_lease = run_cli("send", str(drafts), env=env_for(ctl, OCOP_OUTBOX_LEASE_S=0))
    assert "đã gửi tới" in after_lease.stdout, after_lease.stderr
    ids = [m["Message-ID"] for m in h.parsed()]
    assert len(ids) == 2 and ids[0] == ids[1]  # the resend carries the same Message-ID
    assert states(drafts)[stem] == State.sent and sent_events(drafts)[stem] == 1
    run_cli("send", str(drafts), env=env_for(ctl, OCOP_OUTBOX_LEASE_S=0))
    assert len(h.messages) == 2


def test_two_crashes_never_lead_to_a_third_copy(drafts, smtp_server):
    ctl, h = smtp_server()
    stem = WITH_EMAIL[0]
    approve(drafts, [stem], by="tester")
    for _ in range(2):
        p = _send_proc(drafts, env_for(ctl, OCOP_OUTBOX_LEASE_S=0))
        h.kill.append(p.pid)
        p.communicate(timeout=120)
        assert p.returncode == -signal.SIGKILL
    assert len(h.messages) == 2
    third = run_cli("send", str(drafts), env=env_for(ctl, OCOP_OUTBOX_LEASE_S=0))
    assert third.returncode == 1 and len(h.messages) == 2
    d = {x.stem: x for x in list_drafts(drafts)}[stem]
    assert d.state == State.failed and "không gửi lại để tránh gửi trùng" in d.last_error
    assert stem in third.stderr


# --- the embedded default: .eml files, through the command line ---------------------------------

def test_without_smtp_host_send_writes_eml_files_once(drafts):
    proc = run_cli("approve", str(drafts), "--by", "Lê Văn C", "--note", "Ghi chú")
    assert proc.returncode == 1 and NO_ADDRESS in proc.stderr and "không có địa chỉ email" in proc.stderr
    assert proc.stdout.count("đã duyệt (Lê Văn C") == len(WITH_EMAIL)
    first = run_cli("send", str(drafts))
    assert first.returncode == 1, first.stderr  # the plan with no address is listed
    assert f"CHƯA GỬI: {NO_ADDRESS}: không có địa chỉ email" in first.stderr
    emls = sorted((drafts / "outbox").glob("*.eml"))
    assert len(emls) == len(WITH_EMAIL)
    for p in emls:
        msg = email.message_from_bytes(p.read_bytes(), policy=default_policy)
        stem = p.name.split(".")[0]
        rv = review_of(drafts, stem)
        assert msg["To"].addresses[0].addr_spec == rv.producer.email
        assert msg["Subject"] == render_email(rv).subject
        assert next(msg.iter_attachments()).get_filename() == attachment_name(stem)
    stamp = [p.stat().st_mtime_ns for p in emls]
    second = run_cli("send", str(drafts))
    assert "Xong: 0 thư đã gửi" in second.stdout
    assert [p.stat().st_mtime_ns for p in sorted((drafts / "outbox").glob("*.eml"))] == stamp
    hold_out = run_cli("approve", str(drafts), NO_ADDRESS, "--hold")
    assert hold_out.returncode == 0
    assert run_cli("send", str(drafts)).returncode == 0  # nothing left needing attention


def test_cli_usage_errors(drafts, tmp_path):
    assert run_cli("send", str(tmp_path / "khong_co")).returncode == 2
    assert run_cli("approve", str(tmp_path)).returncode == 2  # no drafts there
    bad = run_cli("approve", str(drafts), "khong_co_ban_nay")
    assert bad.returncode == 2 and "khong_co_ban_nay" in bad.stderr
    assert states(drafts)[WITH_EMAIL[0]] == State.draft  # nothing approved
    no_sender = run_cli("send", str(drafts), env={"OCOP_SMTP_HOST": "127.0.0.1"})
    assert no_sender.returncode == 2 and "OCOP_MAIL_FROM" in no_sender.stderr
    bad_security = run_cli("send", str(drafts), env={"OCOP_SMTP_SECURITY": "tls13"})
    assert bad_security.returncode == 2 and "OCOP_SMTP_SECURITY" in bad_security.stderr


# --- another database: PostgreSQL when one is given ---------------------------------------------

@pytest.mark.skipif(not os.environ.get("OCOP_TEST_OUTBOX_URL"),
                    reason="set OCOP_TEST_OUTBOX_URL (e.g. postgresql+psycopg://…) to run")
def test_outbox_on_another_database(drafts, smtp_server):
    from pipeline.deliver.outbox import Base

    url = os.environ["OCOP_TEST_OUTBOX_URL"]
    ob = Outbox(url)
    Base.metadata.drop_all(ob.engine)
    ob.close()
    ctl, h = smtp_server()
    h.delay = 0.1
    h.drop_first_copy = True
    s = settings_for(ctl, outbox_url=url)
    approve(drafts, by="tester", settings=s)
    reports = []

    def run():
        reports.append(send_approved(drafts, s))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(d.stem for r in reports for d in r.sent) == sorted(WITH_EMAIL)
    assert set(Counter(m["Message-ID"] for m in h.parsed()).values()) == {2}
    assert not (drafts / "outbox.sqlite").exists()
    assert {d.stem: d.state for d in list_drafts(drafts, settings=s)}[WITH_EMAIL[0]] == State.sent

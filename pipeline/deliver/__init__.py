"""Delivery: approved feedback drafts emailed to the producers, each exactly once.

The only stage that talks to a mail server. A reviewer approves drafts (`approve`), a run of
`send_approved` emails the approved ones over SMTP (or writes `.eml` files to `DIR/outbox/` when
no `OCOP_SMTP_HOST` is set), and the outbox (`outbox.py`) records every state, who approved and
when, the Message-ID, the tries and the last error. docs/DELIVERY.md explains the guarantees.

    sync_drafts(out) -> list[DraftInfo]             the drafts in the folder, recorded
    approve(out, stems=None, by=None, note=None)    -> list[DraftInfo]
    hold(out, stems=None, by=None)                  -> list[DraftInfo]
    send_approved(out, settings=None) -> SendReport
    list_drafts(out, history=False) -> list[DraftInfo]
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

from pipeline.deliver.mail import (NO_EMAIL, AddressError, ConfigError, DeliveryError,
                                   MailSettings, Transport, build_message, make_transport,
                                   message_id, sender_address, validate_address)
from pipeline.deliver.outbox import (MAX_DELIVERIES, Draft, DraftInfo, LostClaim, Outbox, State,
                                     TransmissionLimit, UnknownDrafts, default_reviewer,
                                     folder_key, read_draft, run_id, scan_folder,
                                     sha256_hex)
from pipeline.models import Review
from pipeline.render import LetterSettings


def _folder(out: Path) -> Path:
    out = Path(out)
    if not out.is_dir():
        raise FileNotFoundError(f"Không có thư mục {out}")
    return out


def sync_drafts(out: Path, settings: MailSettings | None = None) -> list[DraftInfo]:
    """Record the drafts now in `out` and return the current ones, by stem."""
    out = _folder(out)
    with Outbox.open(out, settings) as ob:
        ob.sync(folder_key(out), scan_folder(out))
        return [DraftInfo.of(d) for d in ob.drafts(folder_key(out))]


def list_drafts(out: Path, history: bool = False,
                settings: MailSettings | None = None) -> list[DraftInfo]:
    """The current drafts of `out` (with `history`, also superseded versions), after a sync."""
    out = _folder(out)
    with Outbox.open(out, settings) as ob:
        ob.sync(folder_key(out), scan_folder(out))
        return [DraftInfo.of(d) for d in ob.drafts(folder_key(out), current=not history)]


def approve(out: Path, stems: list[str] | None = None, by: str | None = None,
            note: str | None = None, settings: MailSettings | None = None) -> list[DraftInfo]:
    """Approve drafts for sending, recording who and when (and an optional covering note, which
    goes at the top of the email). With no stems: every draft awaiting approval. Raises
    `UnknownDrafts` (nothing approved) when a stem names no draft. Returns the drafts concerned,
    whatever their state now (a draft with no address stays `failed`)."""
    out = _folder(out)
    settings = settings or MailSettings()
    note = note.strip() if note and note.strip() else None
    with Outbox.open(out, settings) as ob:
        ob.sync(folder_key(out), scan_folder(out))
        rows = ob.approve(folder_key(out), stems, by or default_reviewer(settings), note)
        return [DraftInfo.of(d) for d in rows]


def hold(out: Path, stems: list[str] | None = None, by: str | None = None,
         settings: MailSettings | None = None) -> list[DraftInfo]:
    """Keep drafts from being sent (until approved again by name)."""
    out = _folder(out)
    settings = settings or MailSettings()
    with Outbox.open(out, settings) as ob:
        ob.sync(folder_key(out), scan_folder(out))
        rows = ob.hold(folder_key(out), stems, by or default_reviewer(settings))
        return [DraftInfo.of(d) for d in rows]


@dataclass
class SendReport:
    """What a `send` run did and what the folder still holds.

    sent: delivered by this run. failed: current drafts in state `failed` (a 5xx, an invalid or
    dangerous address, an unreadable review, possibly delivered twice without confirmation), this
    run's and earlier ones. no_email: current drafts with no address ("không có địa chỉ email").
    deferred: approved drafts left for the next run (transient errors used up, or the run stopped).
    skipped: the other current drafts (not approved, held, sent before, or taken by another run).
    """

    via: str = ""
    sent: list[DraftInfo] = field(default_factory=list)
    failed: list[DraftInfo] = field(default_factory=list)
    no_email: list[DraftInfo] = field(default_factory=list)
    deferred: list[DraftInfo] = field(default_factory=list)
    skipped: list[DraftInfo] = field(default_factory=list)
    error: str | None = None  # what stopped the run early (login refused, TLS), if anything

    @property
    def counts(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in ("sent", "failed", "no_email", "deferred", "skipped")}

    @property
    def ok(self) -> bool:
        return not (self.failed or self.no_email or self.deferred or self.error)


@dataclass
class _Run:
    ob: Outbox
    out: Path
    settings: MailSettings
    letter: LetterSettings
    transport: Transport
    sender: str
    by: str
    sleep: Callable[[float], None]


class _StopRun(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _backoff(settings: MailSettings, attempt: int) -> float:
    return min(settings.smtp_backoff_max_s, settings.smtp_backoff_s * 2 ** max(0, attempt - 2))


def _send_one(run: _Run, d: Draft) -> str:
    """Claim, build and deliver one approved draft: 'sent', 'failed', 'deferred' or 'skipped'.
    Raises `_StopRun` (the draft released) when nothing more can be sent this run."""
    ob, by = run.ob, run.by
    token = ob.claim(d.id, message_id(d.key, run.sender), formatdate(localtime=True), by)
    if token is None:
        return "skipped"  # another run has it, or it changed state meanwhile
    try:
        d = ob.get(d.id)
        try:
            review_bytes, docx = read_draft(run.out, d.stem)
        except OSError as e:
            ob.supersede(d.id, token, f"không còn tệp góp ý ({e.strerror or e})", by)
            return "skipped"
        if sha256_hex(review_bytes) != d.review_sha256 or sha256_hex(docx) != d.docx_sha256:
            ob.supersede(d.id, token, "tệp góp ý đã thay đổi sau khi duyệt; cần duyệt lại bản mới", by)
            return "skipped"
        try:
            rcpt = validate_address(d.recipient)
            review = Review.model_validate_json(review_bytes)
            msg = build_message(review, docx, stem=d.stem, recipient=rcpt, sender=run.sender,
                                msg_id=d.message_id or message_id(d.key, run.sender),
                                date=d.message_date, note=d.note, key=d.key,
                                sender_name=run.settings.mail_from_name, letter=run.letter)
            data = msg.as_bytes()
        except AddressError as e:
            ob.mark_failed(d.id, token, e.reason, by)
            return "failed"
        except (ValueError, TypeError) as e:
            ob.mark_failed(d.id, token, f"không dựng được thư: {type(e).__name__}: {e}", by)
            return "failed"
        name = f"{d.stem}.{d.key[:12]}"
        last: DeliveryError | None = None
        for attempt in range(1, run.settings.smtp_attempts + 1):
            if attempt > 1:
                run.sleep(_backoff(run.settings, attempt))
            if not ob.begin_attempt(d.id, token):
                return "skipped"
            try:
                run.transport.send(data, run.sender, rcpt, name,
                                   lambda: ob.begin_transmission(d.id, token))
            except LostClaim:
                return "skipped"
            except TransmissionLimit:
                ob.mark_failed(d.id, token, (
                    f"thư có thể đã đến máy chủ {MAX_DELIVERIES} lần mà không được xác nhận "
                    f"(Message-ID {d.message_id}); không gửi lại để tránh gửi trùng. Hỏi lại người "
                    "nhận; nếu cần gửi lại, duyệt lại bản nháp này theo tên."), by)
                return "failed"
            except DeliveryError as e:
                if e.transmitted and not e.uncertain:
                    ob.end_transmission(d.id, token)  # a definite no: it was not delivered
                if e.fatal:
                    ob.release(d.id, token, e.reason, by)
                    raise _StopRun(e.reason) from None
                if e.permanent:
                    ob.mark_failed(d.id, token, e.reason, by)
                    return "failed"
                ob.note_error(d.id, token, e.reason)
                last = e
                continue
            ob.mark_sent(d.id, token, run.transport.describe(), by)
            return "sent"
        reason = f"{last.reason if last else 'lỗi tạm thời'} (đã thử {run.settings.smtp_attempts} lần; " \
                 "sẽ thử lại ở lần gửi sau)"
        ob.release(d.id, token, reason, by)
        if last is not None and last.connection:
            raise _StopRun(reason)
        return "deferred"
    except _StopRun:
        raise
    except BaseException:
        try:  # interrupted: hand it back now rather than after the lease (the counts stay)
            ob.release(d.id, token, "lần gửi bị dừng giữa chừng", by)
        except Exception:  # noqa: BLE001, S110 - the lease recovers it
            pass
        raise


def send_approved(out: Path, settings: MailSettings | None = None, *,
                  letter: LetterSettings | None = None, transport: Transport | None = None,
                  sleep: Callable[[float], None] = time.sleep) -> SendReport:
    """Email every approved draft of `out` that has not been sent, each exactly once (see
    docs/DELIVERY.md for the one bounded exception). Raises `ConfigError` for unusable mail
    settings and `FileNotFoundError` for a missing folder."""
    out = _folder(out)
    settings = settings or MailSettings()
    sender = sender_address(settings)
    report = SendReport()
    fk = folder_key(out)
    with Outbox.open(out, settings) as ob:
        ob.sync(fk, scan_folder(out))
        by = run_id()
        ob.recover_stale(fk, settings.outbox_lease_s, by)
        tr = transport or make_transport(settings, out)
        report.via = tr.describe()
        run = _Run(ob, out, settings, letter or LetterSettings(), tr, sender, by, sleep)
        outcome: dict[int, str] = {}
        try:
            for d in ob.drafts(fk, states=(State.approved,)):
                if report.error:
                    outcome[d.id] = "deferred"
                    continue
                try:
                    outcome[d.id] = _send_one(run, d)
                except _StopRun as e:
                    report.error = e.reason
                    outcome[d.id] = "deferred"
        finally:
            tr.close()
        ob.sync(fk, scan_folder(out))  # a draft replaced meanwhile shows as the new version
        for d in ob.drafts(fk):
            info = DraftInfo.of(d)
            kind = outcome.get(d.id)
            if kind == "sent":
                report.sent.append(info)
            elif d.state == State.failed and d.no_email:
                report.no_email.append(info)
            elif d.state == State.failed:
                report.failed.append(info)
            elif kind == "deferred" and d.state == State.approved:
                report.deferred.append(info)
            else:
                report.skipped.append(info)
    return report


__all__ = [
    "NO_EMAIL", "ConfigError", "DraftInfo", "MailSettings", "SendReport", "State", "UnknownDrafts",
    "approve", "hold", "list_drafts", "send_approved", "sync_drafts",
]

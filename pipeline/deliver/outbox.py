"""The outbox: one row per draft and its history, through SQLAlchemy (SQLite `DIR/outbox.sqlite` by
default; any URL in `OCOP_OUTBOX_URL`, e.g. PostgreSQL, shared by several folders).

A draft is one `<stem>.review.json` + its `<stem>.feedback.docx` + the recipient taken from the
review. Its identity is the idempotency key: SHA-256 of the plan's hash (the review's `sha256`),
the draft's hash (the review JSON's and the .docx's own SHA-256) and the recipient. Change either
file or the address and it is a new draft, which needs its own approval; the old one is
superseded, and an approval never carries over.

States (each change is one conditional UPDATE in its own transaction, logged in `ocop_draft_events`):

    draft ──approve──► approved ──claim──► sending ──► sent
      │  ▲               │  ▲                  │
      │  └──── approve ──┤  └── release ───────┤   (transient errors used up, run stopped,
      │                  │                     │    or a run that died: lease expired)
      └───── hold ──► held ◄── hold            └──► failed (5xx, unreadable, possibly sent twice)
    failed at sync: no address ("không có địa chỉ email"), invalid address, unreadable review
    failed (sendable) ──approve STEM──► approved (an explicit retry)
    failed ──hold──► held (acknowledged: no longer reported by `send`)
    draft/approved/held/failed ──files changed or gone──► superseded

Exactly once: `claim` is `UPDATE … SET state='sending' WHERE id=? AND state='approved'`, so of two
runs only one gets a draft. Just before the body of a message goes out, `begin_transmission`
counts it in `deliveries` (`… WHERE claim_token=? AND deliveries < 2`): the copies that may have
reached the recipient. Only a definite refusal from the server (4xx/5xx, or a body that never left
whole) takes one back; a 250 ends the draft as `sent`. A copy that the server accepted but the
outbox never heard of (connection dropped before the answer, a crash) therefore stays counted, and
no draft can go out a third time: at most one resend, with the same Message-ID. A sent draft shows
`deliveries` 1, or 2 after such a resend. See docs/DELIVERY.md.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import secrets
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import (Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, event,
                        func, select, update)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from pipeline.deliver.mail import NO_EMAIL, AddressError, MailSettings, validate_address
from pipeline.models import Review

KEY_VERSION = "ocop-review/outbox/v1"
MAX_DELIVERIES = 2  # copies of one draft that may reach the recipient: at most one resend
REVIEW_SUFFIX = ".review.json"
FEEDBACK_SUFFIX = ".feedback.docx"


class State(StrEnum):
    draft = "draft"
    approved = "approved"
    sending = "sending"
    sent = "sent"
    failed = "failed"
    held = "held"
    superseded = "superseded"


UNSENT = (State.draft, State.approved, State.held, State.failed)


class Base(DeclarativeBase):
    pass


class Draft(Base):
    __tablename__ = "ocop_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    folder: Mapped[str] = mapped_column(String(1024), index=True)
    stem: Mapped[str] = mapped_column(String(255))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text, default="")
    plan_sha256: Mapped[str] = mapped_column(String(64), default="")
    review_sha256: Mapped[str] = mapped_column(String(64))
    docx_sha256: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str | None] = mapped_column(String(254), nullable=True)
    producer: Mapped[str | None] = mapped_column(Text, nullable=True)
    product: Mapped[str | None] = mapped_column(Text, nullable=True)
    problem: Mapped[str | None] = mapped_column(Text, nullable=True)  # why it can never be sent
    no_email: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    held_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    held_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    deliveries: Mapped[int] = mapped_column(Integer, default=0)  # copies that may have arrived
    message_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    message_date: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    delivered_via: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class DraftEvent(Base):
    __tablename__ = "ocop_draft_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("ocop_drafts.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(16))
    by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


class DraftInfo(BaseModel):
    """A draft as the CLI, the flows and the tests see it. Times are UTC."""

    stem: str
    state: State
    recipient: str | None
    producer: str | None = None
    product: str | None = None
    source: str = ""
    key: str
    current: bool = True
    no_email: bool = False
    approved_by: str | None = None
    approved_at: datetime | None = None
    note: str | None = None
    held_by: str | None = None
    attempts: int = 0
    deliveries: int = 0
    message_id: str | None = None
    sent_at: datetime | None = None
    delivered_via: str | None = None
    last_error: str | None = None

    @classmethod
    def of(cls, d: Draft) -> DraftInfo:
        return cls(stem=d.stem, state=State(d.state), recipient=d.recipient, producer=d.producer,
                   product=d.product, source=d.source, key=d.key, current=d.current,
                   no_email=d.no_email, approved_by=d.approved_by, approved_at=d.approved_at,
                   note=d.note, held_by=d.held_by, attempts=d.attempts, deliveries=d.deliveries,
                   message_id=d.message_id, sent_at=d.sent_at, delivered_via=d.delivered_via,
                   last_error=d.last_error)


class UnknownDrafts(LookupError):
    """Stems that name no current draft in the folder."""

    def __init__(self, stems: list[str]) -> None:
        super().__init__(", ".join(stems))
        self.stems = stems


class LostClaim(RuntimeError):
    """Another run took the draft over (this run's lease had expired): stop touching it."""


class TransmissionLimit(RuntimeError):
    """The draft may already have reached the server MAX_DELIVERIES times."""


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def default_reviewer(settings: MailSettings | None = None) -> str:
    name = (settings.reviewer if settings else None) or os.environ.get("OCOP_REVIEWER")
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "không rõ"


def run_id() -> str:
    return f"send@{socket.gethostname()}:{os.getpid()}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def idempotency_key(plan_sha256: str, review_sha256: str, docx_sha256: str, recipient: str) -> str:
    """Plan hash + draft hash (review JSON and .docx) + recipient: one key, one email."""
    text = "\n".join((KEY_VERSION, plan_sha256, review_sha256, docx_sha256, recipient))
    return sha256_hex(text.encode("utf-8"))


@dataclass(frozen=True)
class DraftFile:
    """A draft as found in the folder."""

    stem: str
    key: str
    source: str
    plan_sha256: str
    review_sha256: str
    docx_sha256: str
    recipient: str | None  # validated address, or None
    producer: str | None
    product: str | None
    problem: str | None = None  # why it cannot be sent (no/invalid address, unreadable review)
    no_email: bool = False


def folder_key(out: Path) -> str:
    return str(Path(out).resolve())


def read_draft(out: Path, stem: str) -> tuple[bytes, bytes]:
    return ((out / f"{stem}{REVIEW_SUFFIX}").read_bytes(), (out / f"{stem}{FEEDBACK_SUFFIX}").read_bytes())


def scan_folder(out: Path) -> list[DraftFile]:
    """Every `<stem>.review.json` with its `<stem>.feedback.docx` directly in `out`."""
    found = []
    for rp in sorted(Path(out).glob(f"*{REVIEW_SUFFIX}")):
        stem = rp.name[: -len(REVIEW_SUFFIX)]
        if not (out / f"{stem}{FEEDBACK_SUFFIX}").is_file():
            continue  # no letter: not a draft (yet)
        try:
            rb, db = read_draft(out, stem)
        except OSError:
            continue
        rsha, dsha = sha256_hex(rb), sha256_hex(db)
        problem, no_email, recipient, producer, product, plan, source = None, False, None, None, None, "", ""
        raw = ""
        try:
            rv = Review.model_validate_json(rb)
        except ValueError as e:
            problem = f"tệp {rp.name} không đọc được ({type(e).__name__}), không gửi"
        else:
            plan, source = rv.sha256, rv.source
            producer, product = rv.producer.name, rv.product.name
            raw = rv.producer.email or ""
            try:
                recipient = validate_address(rv.producer.email)
            except AddressError as e:
                problem, no_email = e.reason, e.reason == NO_EMAIL
        key = idempotency_key(plan, rsha, dsha, recipient or raw)
        found.append(DraftFile(stem, key, source, plan, rsha, dsha, recipient, producer, product,
                               problem, no_email))
    return found


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" below emits BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        # take the write lock at the start: two runs' transactions are serialised, never
        # upgraded from read to write halfway (which SQLite answers with "database is locked")
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def outbox_url(out: Path, settings: MailSettings) -> str:
    return settings.outbox_url or f"sqlite:///{Path(out).resolve() / 'outbox.sqlite'}"


def shown_url(url: str) -> str:
    """The URL with its password masked, for messages."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL has no password to find
        return url.split("@")[-1]


class Outbox:
    """The outbox of one database; every method is one short transaction."""

    def __init__(self, url: str) -> None:
        self.engine = _sqlite_engine(url) if url.startswith("sqlite") else create_engine(
            url, pool_pre_ping=True)
        for attempt in range(5):  # two first runs at once may race to create the tables
            try:
                Base.metadata.create_all(self.engine)
                break
            except DBAPIError:
                if attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @classmethod
    @contextmanager
    def open(cls, out: Path, settings: MailSettings | None = None) -> Iterator[Outbox]:
        ob = cls(outbox_url(out, settings or MailSettings()))
        try:
            yield ob
        finally:
            ob.close()

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _log(s: Session, d_id: int, state: str, by: str | None = None, detail: str | None = None,
             at: datetime | None = None) -> None:
        s.add(DraftEvent(draft_id=d_id, at=at or now(), state=str(state), by=by, detail=detail))

    def _update(self, d_id: int, where: list, values: dict, state: str, by: str | None,
                detail: str | None = None) -> bool:
        """One conditional UPDATE (and its event when it took): True if it changed the row."""
        t = now()
        with self.session.begin() as s:
            res = s.execute(update(Draft).where(Draft.id == d_id, *where)
                            .values(updated_at=t, **values))
            if res.rowcount != 1:
                return False
            self._log(s, d_id, state, by, detail, t)
        return True

    def get(self, d_id: int) -> Draft:
        with self.session() as s:
            return s.get_one(Draft, d_id)

    def drafts(self, folder: str, current: bool = True,
               states: tuple[str, ...] | None = None) -> list[Draft]:
        with self.session() as s:
            q = select(Draft).where(Draft.folder == folder)
            if current:
                q = q.where(Draft.current.is_(True))
            if states:
                q = q.where(Draft.state.in_([str(x) for x in states]))
            return list(s.scalars(q.order_by(Draft.stem, Draft.id)))

    # -- sync ------------------------------------------------------------------------------
    def sync(self, folder: str, files: list[DraftFile]) -> list[Draft]:
        """Record the drafts found in the folder: new ones as `draft` (or `failed` when they can
        never be sent), those no longer there as superseded. Returns the new rows."""
        for attempt in range(3):
            try:
                return self._sync(folder, files)
            except IntegrityError:  # another run inserted the same key meanwhile (PostgreSQL)
                if attempt == 2:
                    raise
        return []

    def _sync(self, folder: str, files: list[DraftFile]) -> list[Draft]:
        t = now()
        new: list[Draft] = []
        with self.session.begin() as s:
            rows = list(s.scalars(select(Draft).where(Draft.folder == folder)))
            by_key = {r.key: r for r in rows}
            seen: set[str] = set()
            for f in files:
                r = by_key.get(f.key)
                if r is None:
                    if s.scalar(select(Draft.id).where(Draft.key == f.key)) is not None:
                        continue  # the same email is tracked under another folder
                    state = State.failed if f.problem else State.draft
                    r = Draft(key=f.key, folder=folder, stem=f.stem, current=True, source=f.source,
                              plan_sha256=f.plan_sha256, review_sha256=f.review_sha256,
                              docx_sha256=f.docx_sha256, recipient=f.recipient,
                              producer=f.producer, product=f.product, problem=f.problem,
                              no_email=f.no_email, state=state, created_at=t, updated_at=t,
                              last_error=f.problem, attempts=0, deliveries=0)
                    s.add(r)
                    s.flush()
                    self._log(s, r.id, state, None, f.problem, t)
                    new.append(r)
                elif r.state == State.superseded:  # the same bytes are back: approve them anew
                    r.state = State.failed if r.problem else State.draft
                    r.approved_by = r.approved_at = None
                    r.current, r.updated_at = True, t
                    self._log(s, r.id, r.state, None, "tệp góp ý này xuất hiện lại", t)
                elif not r.current:
                    r.current, r.updated_at = True, t
                seen.add(f.key)
            for r in rows:
                if r.key in seen:
                    continue
                if r.current:
                    r.current, r.updated_at = False, t
                if r.state in UNSENT:
                    r.state, r.updated_at = State.superseded, t
                    r.claim_token = None
                    self._log(s, r.id, State.superseded, None,
                              "tệp đánh giá hoặc tệp góp ý đã thay đổi hoặc bị xoá", t)
        return new

    # -- reviewer --------------------------------------------------------------------------
    def _targets(self, s: Session, folder: str, stems: list[str] | None) -> list[Draft]:
        rows = list(s.scalars(select(Draft).where(Draft.folder == folder, Draft.current.is_(True))
                              .order_by(Draft.stem)))
        if not stems:
            return rows
        by_stem = {r.stem: r for r in rows}
        unknown = [x for x in stems if x not in by_stem]
        if unknown:
            raise UnknownDrafts(unknown)
        return [by_stem[x] for x in dict.fromkeys(stems)]

    def approve(self, folder: str, stems: list[str] | None, by: str, note: str | None) -> list[Draft]:
        """Approve the named drafts (all drafts awaiting approval when `stems` is empty). Named
        held drafts and sendable failed ones (a 5xx) are approved again: an explicit retry."""
        explicit = bool(stems)
        t = now()
        with self.session.begin() as s:
            targets = self._targets(s, folder, stems)
            for r in targets:
                if r.problem:  # no usable address or unreadable: never approved
                    if explicit and r.state == State.held:
                        r.state, r.updated_at, r.last_error = State.failed, t, r.problem
                        self._log(s, r.id, State.failed, by, r.problem, t)
                    continue
                retry = r.state == State.failed
                if explicit and r.state == State.approved and note and note != r.note:
                    r.note, r.updated_at = note, t  # a new covering note, before it is sent
                    self._log(s, r.id, State.approved, by, note, t)
                    continue
                if r.state == State.draft or (explicit and (r.state == State.held or retry)):
                    r.state, r.approved_by, r.approved_at, r.note = State.approved, by, t, note
                    r.updated_at = t
                    if retry:
                        r.deliveries = 0
                    self._log(s, r.id, State.approved, by,
                              ("duyệt gửi lại sau lỗi: " + (r.last_error or "")) if retry else note, t)
                    r.last_error = None
        return targets

    def hold(self, folder: str, stems: list[str] | None, by: str) -> list[Draft]:
        t = now()
        with self.session.begin() as s:
            targets = self._targets(s, folder, stems)
            for r in targets:
                if r.state in (State.draft, State.approved, State.failed):
                    r.state, r.held_by, r.held_at, r.updated_at = State.held, by, t, t
                    self._log(s, r.id, State.held, by, None, t)
        return targets

    # -- sender ----------------------------------------------------------------------------
    def recover_stale(self, folder: str, lease_s: float, by: str) -> list[int]:
        """Drafts left `sending` longer than the lease by a run that died go back to `approved`
        (their `deliveries` count stays: it bounds the resend)."""
        cutoff = now() - timedelta(seconds=lease_s)
        stale = [d for d in self.drafts(folder, states=(State.sending,))
                 if d.claimed_at is None or d.claimed_at <= cutoff]
        done = []
        for d in stale:
            if self._update(d.id, [Draft.state == State.sending, Draft.claim_token == d.claim_token],
                            {"state": State.approved, "claim_token": None,
                             "last_error": "lần gửi trước bị gián đoạn (quá thời hạn giữ); gửi lại"},
                            State.approved, by, f"thu hồi từ lần gửi {d.claim_token}"):
                done.append(d.id)
        return done

    def claim(self, d_id: int, msg_id: str, msg_date: str, by: str) -> str | None:
        """Take an approved draft for this run, atomically; the token proves ownership after."""
        token = secrets.token_hex(16)
        ok = self._update(d_id, [Draft.state == State.approved, Draft.current.is_(True)],
                          {"state": State.sending, "claim_token": token, "claimed_at": now(),
                           "message_id": func.coalesce(Draft.message_id, msg_id),
                           "message_date": func.coalesce(Draft.message_date, msg_date)},
                          State.sending, by, token)
        return token if ok else None

    def _mine(self, d_id: int, token: str) -> list:
        return [Draft.id == d_id, Draft.claim_token == token, Draft.state == State.sending]

    def begin_attempt(self, d_id: int, token: str) -> bool:
        """Count a try and renew the lease; False if the draft is no longer this run's."""
        with self.session.begin() as s:
            res = s.execute(update(Draft).where(*self._mine(d_id, token))
                            .values(attempts=Draft.attempts + 1, claimed_at=now()))
            return res.rowcount == 1

    def begin_transmission(self, d_id: int, token: str) -> None:
        """Just before the message body leaves: count the copy as possibly delivered, unless
        MAX_DELIVERIES copies may already have arrived (`TransmissionLimit`)."""
        with self.session.begin() as s:
            res = s.execute(update(Draft).where(*self._mine(d_id, token),
                                                Draft.deliveries < MAX_DELIVERIES)
                            .values(deliveries=Draft.deliveries + 1, claimed_at=now()))
            if res.rowcount == 1:
                return
            d = s.get_one(Draft, d_id)
            if d.claim_token != token or d.state != State.sending:
                raise LostClaim(d.stem)
            raise TransmissionLimit(d.stem)

    def end_transmission(self, d_id: int, token: str) -> None:
        """The server answered no (4xx/5xx) or the body never left whole: that copy did not arrive."""
        with self.session.begin() as s:
            s.execute(update(Draft).where(*self._mine(d_id, token), Draft.deliveries > 0)
                      .values(deliveries=Draft.deliveries - 1))

    def note_error(self, d_id: int, token: str, reason: str) -> None:
        with self.session.begin() as s:
            s.execute(update(Draft).where(*self._mine(d_id, token)).values(last_error=reason))

    def mark_sent(self, d_id: int, token: str, via: str, by: str) -> bool:
        return self._update(d_id, self._mine(d_id, token),
                            {"state": State.sent, "sent_at": now(), "delivered_via": via,
                             "claim_token": None, "last_error": None}, State.sent, by, via)

    def mark_failed(self, d_id: int, token: str, reason: str, by: str) -> bool:
        return self._update(d_id, self._mine(d_id, token),
                            {"state": State.failed, "claim_token": None, "last_error": reason},
                            State.failed, by, reason)

    def release(self, d_id: int, token: str, reason: str, by: str) -> bool:
        """Back to `approved` for the next run (transient errors used up, run stopped)."""
        return self._update(d_id, self._mine(d_id, token),
                            {"state": State.approved, "claim_token": None, "last_error": reason},
                            State.approved, by, reason)

    def supersede(self, d_id: int, token: str, reason: str, by: str) -> bool:
        return self._update(d_id, self._mine(d_id, token),
                            {"state": State.superseded, "current": False, "claim_token": None,
                             "last_error": reason}, State.superseded, by, reason)

    def events(self, d_id: int) -> list[DraftEvent]:
        with self.session() as s:
            return list(s.scalars(select(DraftEvent).where(DraftEvent.draft_id == d_id)
                                  .order_by(DraftEvent.id)))

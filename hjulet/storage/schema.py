"""The vault's tables (SQLAlchemy 2 declarative). ORM objects never leave storage/."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# 2: children.address_form; 3: entries.child_decided; 4: guardian views;
# 5: no index that repeats the front of a unique one; 6: consents.sole_custody;
# 7: conversations indexed by child and date (the caseload's counts from the index alone);
# 8: consents.given_by may be "other_caregiver" (no table changes: an older Hjulet must
# refuse such a vault rather than fail reading a consent it does not know)
SCHEMA_VERSION = 8


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Key/value facts about the vault: its name, id, creation time."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DefinitionRow(Base):
    """A frozen copy of a wheel definition or scale, stored once by content digest."""

    __tablename__ = "definition_copies"
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "wheel" | "scale"
    body: Mapped[str] = mapped_column(Text)  # canonical JSON


class ChildRow(Base):
    __tablename__ = "children"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    languages: Mapped[str] = mapped_column(String(200), default="sv")
    age_tier: Mapped[str] = mapped_column(String(16))
    # how the child wants to be spoken to where a language has gender: girl/boy/neutral/""
    address_form: Mapped[str] = mapped_column(String(16), default="", server_default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    retention_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    conversations: Mapped[list[ConversationRow]] = relationship(
        back_populates="child", cascade="all, delete-orphan", passive_deletes=True
    )


class ConversationRow(Base):
    __tablename__ = "conversations"
    # by child, then date: serves every lookup by child (foreign-key checks and ON
    # DELETE CASCADE included) and a child's conversations in date order, and the
    # caseload counts each child's conversations and finds the last one from the
    # index alone, without reading every conversation's row (schema 7)
    __table_args__ = (Index("ix_conversations_child_id_held_on", "child_id", "held_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    definition_digest: Mapped[str] = mapped_column(ForeignKey("definition_copies.digest"))
    scale_digest: Mapped[str] = mapped_column(ForeignKey("definition_copies.digest"))
    language: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(200), default="")
    present: Mapped[str] = mapped_column(Text, default="")
    important_to_me: Mapped[str] = mapped_column(Text, default="")
    important_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    change_note: Mapped[str] = mapped_column(Text, default="")
    change_note_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    child: Mapped[ChildRow] = relationship(back_populates="conversations")
    entries: Mapped[list[EntryRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class EntryRow(Base):
    __tablename__ = "entries"
    # the unique index serves every lookup by conversation (it begins with it): a
    # second index on conversation_id alone made each new row write one more page
    __table_args__ = (UniqueConstraint("conversation_id", "area_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    area_id: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(32), default="not_asked")
    words: Mapped[str] = mapped_column(Text, default="")
    good: Mapped[str] = mapped_column(Text, default="")
    hard: Mapped[str] = mapped_column(Text, default="")
    wish: Mapped[str] = mapped_column(Text, default="")
    help_from: Mapped[str] = mapped_column(Text, default="")
    adult_note: Mapped[str] = mapped_column(Text, default="")
    adult_answer: Mapped[str] = mapped_column(String(32), default="not_asked")
    guardian_answer: Mapped[str] = mapped_column(String(32), default="not_asked")
    shared: Mapped[str] = mapped_column(
        String(200), default=""
    )  # comma-separated EntryField values
    # the items whose share choice the child made in child mode (schema 2)
    child_decided: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ConsentRow(Base):
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    given_by: Mapped[str] = mapped_column(String(16))
    giver_name: Mapped[str] = mapped_column(String(200), default="")
    recipients: Mapped[str] = mapped_column(Text)  # JSON list
    form: Mapped[str] = mapped_column(String(16))
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # a guardian's consent: recorded as the only guardian with custody (schema 6)
    sole_custody: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class SipPlanRow(Base):
    __tablename__ = "sip_plans"
    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(Text, default="")
    participation: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    overall_responsible: Mapped[str] = mapped_column(String(200), default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up_by: Mapped[str] = mapped_column(String(200), default="")


class AuditRow(Base):
    """Tamper-evident audit log: each row's MAC covers the previous row's MAC."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32), index=True)
    child_code: Mapped[str] = mapped_column(String(64), default="", index=True)
    detail: Mapped[str] = mapped_column(String(200), default="")
    mac: Mapped[str] = mapped_column(String(64))


class GuardianViewRow(Base):
    """A guardian's own view in one conversation, kept apart from the child's entries."""

    __tablename__ = "guardian_views"
    __table_args__ = (UniqueConstraint("conversation_id", "role"),)  # serves conversation_id too
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32))  # core.guardian.GuardianRole
    language: Mapped[str] = mapped_column(String(20), default="sv")
    important: Mapped[str] = mapped_column(Text, default="")
    important_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class GuardianEntryRow(Base):
    __tablename__ = "guardian_entries"
    __table_args__ = (UniqueConstraint("view_id", "area_id"),)  # serves view_id too
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    view_id: Mapped[int] = mapped_column(ForeignKey("guardian_views.id", ondelete="CASCADE"))
    area_id: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(32), default="not_asked")
    words: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[str] = mapped_column(String(64), default="")  # comma-separated GuardianItem
    updated_at: Mapped[datetime] = mapped_column(DateTime)

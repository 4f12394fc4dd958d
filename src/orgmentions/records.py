"""The public records: one `Mention` per mention, one `DocumentMentions` per document.

These pydantic models are the contract with users: fields are explicit and stable,
and they round-trip through JSON without loss.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

MatchedBy = Literal["name", "acronym", "hashtag", "hashtag_part", "model", "anaphora"]


class Mention(BaseModel):
    """One mention: a stretch of the input text and the entity it names."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    text: str = Field(description="The mention as written: the input's text[start:end].")
    start: int = Field(ge=0, description="Offset of the first character in the input string (Python str index).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    canonical_id: str | None = Field(
        description="Canonical id such as 'org:CSTO' or 'country:RUS'; None for an entity the gazetteer does not list."
    )
    kind: str = Field(
        description="'organisation' or 'country' for a linked mention, else the model's entity label (PERSON, ...)."
    )
    name: str | None = Field(description="Preferred name of the canonical entity; None when unlinked.")
    matched_by: MatchedBy = Field(
        description="What produced it: a full or alternative name, an acronym, a whole hashtag, "
        "a part of a compound hashtag, a statistical model, or a generic noun referring back (anaphora)."
    )
    alias: str | None = Field(default=None, description="The gazetteer alias that matched, as written there.")
    evidence: str | None = Field(
        default=None, description="Why an ambiguous alias was accepted (e.g. \"cue 'summit'\"); None otherwise."
    )

    @model_validator(mode="after")
    def _span_is_consistent(self) -> Mention:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit text {self.text!r}")
        return self


class DocumentMentions(BaseModel):
    """All mentions found in one document, in text order.

    Iterating over it yields the mentions; ``len()`` counts them.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    doc_id: str | None = Field(default=None, description="The caller's id for the document.")
    text: str = Field(description="The document text the offsets refer to.")
    metadata: dict[str, Any] = Field(default_factory=dict, description="The caller's metadata, passed through.")
    mentions: list[Mention] = Field(default_factory=list, description="Mentions in order of start offset.")

    def __iter__(self) -> Iterator[Mention]:  # type: ignore[override]
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def counts(self) -> Counter[str]:
        """Number of mentions per canonical id (unlinked mentions are left out)."""
        return Counter(m.canonical_id for m in self.mentions if m.canonical_id is not None)

    def of(self, canonical_id: str) -> list[Mention]:
        """The mentions of one canonical id."""
        return [m for m in self.mentions if m.canonical_id == canonical_id]

    @property
    def canonical_ids(self) -> list[str]:
        """The distinct canonical ids mentioned, in order of first mention."""
        return list(dict.fromkeys(m.canonical_id for m in self.mentions if m.canonical_id is not None))

    def _repr_html_(self) -> str:
        from orgmentions.notebook.rendering import render_html

        return render_html(self)


def trusted(model: type[_Model], values: dict[str, Any]) -> _Model:
    """Build a record from values the library guarantees, skipping validation.

    `model_construct` costs several microseconds per record, which at millions of
    mentions dominates extraction; this sets exactly what it sets, with every field
    given in ``values``.
    """
    record = model.__new__(model)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", set(_ALL_FIELDS[model]))  # its own: model_copy adds
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


_Model = TypeVar("_Model", bound=BaseModel)
_ALL_FIELDS = {model: frozenset(model.model_fields) for model in (Mention, DocumentMentions)}

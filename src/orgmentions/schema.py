"""The gazetteer file format, as pydantic models.

A gazetteer file is YAML with up to three top-level keys: ``entities``,
``not_mentions`` and ``spelling_variants``. The models forbid unknown keys so
that a misspelt field fails on load instead of being ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = re.compile(r"^(org:[A-Z][A-Z0-9_]*|country:[A-Z]{3})$")

OrganisationCategory = Literal[
    "intergovernmental_organisation",
    "regional_organisation",
    "economic_union",
    "military_alliance",
    "political_union",
    "forum",
    "un_body",
    "specialised_agency",
    "court",
    "bank",
    "sports_body",
]
CountryCategory = Literal["un_member", "un_observer"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _text_or_mapping(value: object) -> object:
    """Let a plain string stand for ``{text: <string>}`` so simple aliases stay one line."""
    return {"text": value} if isinstance(value, str) else value


class Ambiguity(_Strict):
    """What the matcher needs to tell this alias's listed sense from its other senses.

    An ambiguous alias is reported only with evidence from the document, and never
    when an ``against`` cue is near it. Evidence is any of: an unambiguous mention of
    the same entity anywhere in the document; a ``cues`` word near it; a mention of a
    ``related`` entity anywhere in the document; another linked mention near it
    (unless ``near_mentions`` is false).
    """

    senses: list[str] = Field(min_length=1, description="The other meanings, for the reader.")
    cues: list[str] = Field(default=[], description="Words that support the listed sense nearby.")
    against: list[str] = Field(default=[], description="Words that veto the listed sense nearby.")
    related: list[str] = Field(default=[], description="Ids whose mention anywhere supports it.")
    near_mentions: bool = Field(default=True, description="Another linked mention nearby supports it.")
    only_in_caps: bool = Field(
        default=False, description="Ambiguous only inside all-capitals text (a common word: UN, US, WHO)."
    )
    not_followed_by: list[str] = Field(default=[], description="Words after it that rule it out.")

    @field_validator("cues", "against", "not_followed_by", "senses")
    @classmethod
    def _no_empty_words(cls, words: list[str]) -> list[str]:
        if any(not word.strip() for word in words):
            raise ValueError("must not contain empty strings")
        return words


class Alias(_Strict):
    """One way of writing an entity's name."""

    text: str = Field(min_length=1)
    lang: str = Field(default="en", pattern=r"^[a-z]{2}$", description="ISO 639-1 language code.")
    case: Literal["exact", "initial"] | None = Field(
        default=None,
        description="exact: letters must match as written (all capitals allowed for names); "
        "initial: the first letter must be a capital, the rest may vary. "
        "Default: exact for acronyms, initial for names.",
    )
    ambiguous: Ambiguity | None = None
    note: str | None = None


AliasField = Annotated[Alias, BeforeValidator(_text_or_mapping)]


class Entity(_Strict):
    """One canonical entity: an organisation or a sovereign state."""

    id: str
    name: str = Field(min_length=1, description="Preferred name; also matched as a name.")
    formal_name: str | None = Field(default=None, description="Official long form (countries).")
    category: OrganisationCategory | CountryCategory
    parent: str | None = None
    founded: int | None = Field(default=None, ge=1800, le=2100)
    dissolved: int | None = Field(default=None, ge=1800, le=2100)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    names: list[AliasField] = Field(default=[], description="Full and alternative names.")
    acronyms: list[AliasField] = Field(default=[], description="Acronyms and short forms, case-sensitive.")
    hashtags: list[str] = Field(
        default=[],
        description="Hashtag bodies (without '#') that cannot be derived from a name or acronym.",
    )
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id_format(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(f"{value!r} is not 'org:UPPER_CASE' or 'country:' + ISO 3166-1 alpha-3")
        return value

    @field_validator("parent")
    @classmethod
    def _parent_format(cls, value: str | None) -> str | None:
        if value is not None and not ID_PATTERN.match(value):
            raise ValueError(f"{value!r} is not an entity id")
        return value

    @field_validator("hashtags")
    @classmethod
    def _hashtag_body(cls, bodies: list[str]) -> list[str]:
        for body in bodies:
            if not re.fullmatch(r"\w+", body):
                raise ValueError(f"{body!r} is not a hashtag body (letters, digits, '_'; no '#')")
        return bodies

    @model_validator(mode="after")
    def _consistent(self) -> Entity:
        is_country = self.id.startswith("country:")
        if is_country != (self.category in ("un_member", "un_observer")):
            raise ValueError(f"category {self.category!r} does not fit id {self.id!r}")
        if self.dissolved is not None and self.founded is not None and self.dissolved < self.founded:
            raise ValueError("dissolved before it was founded")
        return self

    @property
    def kind(self) -> str:
        return "country" if self.id.startswith("country:") else "organisation"

    def all_aliases(self) -> list[tuple[Alias, str]]:
        """Every alias with its type ("name" or "acronym"), the preferred and formal names included."""
        acronym_texts = {alias.text for alias in self.acronyms}
        listed_names = {alias.text for alias in self.names}
        extra = [n for n in (self.name, self.formal_name) if n and n not in acronym_texts and n not in listed_names]
        named = [Alias(text=text) for text in dict.fromkeys(extra)] + list(self.names)
        return [(alias, "name") for alias in named] + [(alias, "acronym") for alias in self.acronyms]


class NotMention(_Strict):
    """A name that contains an alias but names something else ("Latin America", "New Mexico")."""

    text: str = Field(min_length=1)
    lang: str = Field(default="en", pattern=r"^[a-z]{2}$")
    note: str | None = None


NotMentionField = Annotated[NotMention, BeforeValidator(_text_or_mapping)]


class GazetteerFile(_Strict):
    """The top level of one gazetteer file."""

    entities: list[Entity] = []
    not_mentions: list[NotMentionField] = []
    spelling_variants: list[tuple[str, str]] = Field(
        default=[],
        description="Pairs of spellings that stand for each other inside names (isation/ization).",
    )

"""The gazetteer file format, as pydantic models.

A gazetteer file is YAML with up to three top-level keys: ``entities``,
``not_mentions`` and ``spelling_variants``. The models forbid unknown keys so
that a misspelt field fails on load instead of being ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

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
# One literal, not a union of two: a misspelt category is then one error line listing every value.
Category = Literal[get_args(OrganisationCategory) + get_args(CountryCategory)]  # type: ignore[valid-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _text_or_mapping(value: object) -> object:
    """Let a plain string stand for ``{text: <string>}`` so simple aliases stay one line."""
    return {"text": value} if isinstance(value, str) else value


#: A language tag: ISO 639-1 (or 639-3) code, optionally with a script ("uz-Cyrl", "zh-Hant").
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?$"


class Phrase(_Strict):
    """A cue or veto word or phrase, matched as whole words anywhere near the alias.

    Written as a plain string it matches in any case ("member states" also finds
    "Member States" and "MEMBER STATES"); ``case: exact`` keeps its letters as written
    (an acronym cue such as "UN" must not find Spanish "un").
    """

    text: str = Field(min_length=1, description="The word or phrase, matched as whole words.")
    case: Literal["any", "exact"] = Field(
        default="any", description="any: in any case; exact: only with its letters as written."
    )


PhraseField = Annotated[Phrase, BeforeValidator(_text_or_mapping)]


class Ambiguity(_Strict):
    """What the judging step needs to tell this alias's listed sense from its other senses.

    An ambiguous alias is reported only with evidence from the document, and never
    when an ``against`` phrase is near it. Evidence is any of: an unambiguous mention of
    the same entity anywhere in the document; a ``cues`` phrase near it; a mention of a
    ``related`` entity anywhere in the document; another linked mention near it
    (unless ``near_mentions`` is false).
    """

    senses: list[str] = Field(min_length=1, description="The other meanings, for the reader.")
    cues: list[PhraseField] = Field(default=[], description="Phrases that support the listed sense nearby.")
    cue_sets: list[str] = Field(default=[], description="Names of `word_sets` whose phrases are cues too.")
    against: list[PhraseField] = Field(default=[], description="Phrases that veto the listed sense nearby.")
    against_sets: list[str] = Field(default=[], description="Names of `word_sets` whose phrases veto too.")
    related: list[str] = Field(default=[], description="Ids whose mention anywhere supports it.")
    near_mentions: bool = Field(default=True, description="Another linked mention nearby supports it.")
    only_in_caps: bool = Field(
        default=False, description="Ambiguous only inside all-capitals text (a common word: UN, US, WHO)."
    )
    not_followed_by: list[str] = Field(default=[], description="Words after it that rule it out (any case).")

    @field_validator("not_followed_by", "senses", "cue_sets", "against_sets")
    @classmethod
    def _no_empty_words(cls, words: list[str]) -> list[str]:
        if any(not word.strip() for word in words):
            raise ValueError("must not contain empty strings")
        return words


class Alias(_Strict):
    """One way of writing an entity's name."""

    text: str = Field(min_length=1, description="The name or acronym as written; an inflected name in the nominative.")
    lang: str | None = Field(
        default=None, pattern=LANG_PATTERN, description="Language tag; default: the file's `lang`, else en."
    )
    case: Literal["exact", "initial"] | None = Field(
        default=None,
        description="exact: letters must match as written (all capitals allowed for names); "
        "initial: the first letter must be a capital, the rest may vary. "
        "Default: exact for acronyms, initial for names.",
    )
    lower: Literal["never", "with_evidence", "always"] | None = Field(
        default=None,
        description="Whether the alias also counts written wholly in lower case ('brics summit', 'russia'): "
        "never; with_evidence (judged like an ambiguous alias); always. "
        "Default: always for names, never for acronyms. Text in a script without case is unaffected.",
    )
    lower_after: list[str] = Field(
        default=[],
        description="Words after which the alias written wholly in lower case counts as if written as listed, "
        "whatever `lower` says: 'the' for 'the un', 'the us', 'the eu', which alone are other words.",
    )
    ambiguous: Ambiguity | None = Field(
        default=None, description="Set when the alias has other senses: it then counts only with evidence."
    )
    note: str | None = Field(default=None, description="A source or reason, for the reader.")


AliasField = Annotated[Alias, BeforeValidator(_text_or_mapping)]


class NotMention(_Strict):
    """A name that contains an alias but names something else ("Latin America", "New Mexico")."""

    text: str = Field(min_length=1, description="The whole name; the alias inside it is then not reported.")
    lang: str | None = Field(
        default=None, pattern=LANG_PATTERN, description="Language tag; default: the file's `lang`, else en."
    )
    note: str | None = Field(default=None, description="A source or reason, for the reader.")


NotMentionField = Annotated[NotMention, BeforeValidator(_text_or_mapping)]


class Entity(_Strict):
    """One canonical entity: an organisation or a sovereign state."""

    id: str = Field(
        description="The canonical id: 'org:' and upper-case letters, digits or '_', or 'country:' and the "
        "ISO 3166-1 alpha-3 code; unique over all loaded files.",
        json_schema_extra={"pattern": ID_PATTERN.pattern},
    )
    name: str = Field(min_length=1, description="Preferred name; also matched as a name.")
    formal_name: str | None = Field(default=None, description="Official long form (countries).")
    category: Category = Field(
        description="An organisation's kind, or a country's UN status (un_member, un_observer); "
        "must fit the id's prefix."
    )
    parent: str | None = Field(default=None, description="The id of the body it belongs to (a UN agency's: org:UN).")
    founded: int | None = Field(default=None, ge=1800, le=2100, description="Year founded.")
    dissolved: int | None = Field(default=None, ge=1800, le=2100, description="Year dissolved, if it was.")
    wikidata: str | None = Field(
        default=None, pattern=r"^Q[1-9][0-9]*$", description="Wikidata QID, only where checked against two sources."
    )
    names: list[AliasField] = Field(default=[], description="Full and alternative names.")
    acronyms: list[AliasField] = Field(default=[], description="Acronyms and short forms, case-sensitive.")
    hashtags: list[str] = Field(
        default=[],
        description="Hashtag bodies (without '#') that cannot be derived from a name or acronym.",
    )
    not_mentions: list[NotMentionField] = Field(
        default=[],
        description="Names that contain one of this entity's aliases but name something else (Guinea pig).",
    )
    note: str | None = Field(default=None, description="A source or reason, for the reader.")

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
        named = [Alias(text=text, lang="en") for text in dict.fromkeys(extra)] + list(self.names)
        return [(alias, "name") for alias in named] + [(alias, "acronym") for alias in self.acronyms]


class AliasSupplement(_Strict):
    """More aliases for an entity defined in another file: how a language file adds its names."""

    id: str = Field(
        description="The id of an entity defined in another loaded file.",
        json_schema_extra={"pattern": ID_PATTERN.pattern},
    )
    names: list[AliasField] = Field(default=[], description="Names added to the entity's `names`.")
    acronyms: list[AliasField] = Field(default=[], description="Acronyms added to the entity's `acronyms`.")
    hashtags: list[str] = Field(default=[], description="Hashtag bodies added to the entity's `hashtags`.")
    not_mentions: list[NotMentionField] = Field(
        default=[], description="Not-mentions added to the entity's `not_mentions`."
    )
    note: str | None = Field(default=None, description="A source or reason, for the reader.")

    _id_format = field_validator("id")(Entity._id_format.__func__)  # type: ignore[attr-defined]
    _hashtag_body = field_validator("hashtags")(Entity._hashtag_body.__func__)  # type: ignore[attr-defined]


class AnaphorNoun(_Strict):
    """A generic noun a text may call a body by after naming it ("the Organisation", "Союза")."""

    text: str = Field(min_length=1, description="The noun as written after its full name (usually capitalised).")
    lang: str | None = Field(default=None, pattern=LANG_PATTERN, description="Default: the file's `lang`, else en.")
    forms: list[str] = Field(
        default=[], description="Its other singular forms (case endings); plurals are generic and never listed."
    )
    lower: Literal["never", "weak"] = Field(
        default="never",
        description="never: only the capitalised noun refers back; weak: in lower case too ('the bloc'), "
        "with the antecedent close by.",
    )
    not_for: list[str] = Field(default=[], description="Ids of the category this noun never stands for.")
    note: str | None = Field(default=None, description="A source or reason, for the reader.")

    @field_validator("forms", "not_for")
    @classmethod
    def _no_empty_words(cls, words: list[str]) -> list[str]:
        if any(not word.strip() for word in words):
            raise ValueError("must not contain empty strings")
        return words


AnaphorNounField = Annotated[AnaphorNoun, BeforeValidator(_text_or_mapping)]


class AnaphorCue(_Strict):
    """A word in an anaphor's sentence that says which body it is ("veto": the Security Council)."""

    text: str = Field(min_length=1, description="Matched at a word start, any case: a stem finds its case forms.")
    lang: str | None = Field(default=None, pattern=LANG_PATTERN, description="Default: the file's `lang`, else en.")
    note: str = Field(min_length=1, description="Why the word points to this body (a source or a fact).")


AnaphorCueField = Annotated[AnaphorCue, BeforeValidator(_text_or_mapping)]


class AnaphoraLanguage(_Strict):
    """How one language writes the noun phrase around an anaphor."""

    determiners: list[str] = Field(
        default=[], description="Words before the noun that stay outside the span (the, this, our; эта, данный)."
    )
    determiner_required: bool = Field(
        default=True, description="A definite determiner must come first (English 'the'); false where there are "
        "no articles (Russian).",
    )
    modifier_endings: list[str] = Field(
        default=[], description="Endings of the adjectives that may stand between determiner and noun "
        "(Russian -ый, -ого...); empty: any lower-case word may.",
    )
    max_modifiers: int = Field(default=2, ge=0, le=4, description="Words between the determiner and the noun.")
    blocking: list[str] = Field(
        default=[], description="Words before the noun that make it another body ('the other bloc', 'a rival alliance')."
    )
    name_links: list[str] = Field(
        default=[], description="Words after the noun that, before a capital, make it part of another name "
        "('Union of South American Nations', 'Consejo de Ministros').",
    )
    modifier_endings_after: list[str] = Field(
        default=[], description="Endings of an adjective right after the noun that belongs to its span, where "
        "adjectives follow the noun ('a organização lusófona', 'o bloco sul-americano').",
    )
    blocking_after: list[str] = Field(
        default=[], description="Words (or two words) right after the noun that make it another body, where "
        "adjectives follow the noun ('o grupo armado', 'o grupo de trabalho').",
    )
    capital_before_names: bool = Field(
        default=True, description="A capitalised word right before the noun makes it part of a name ('Советского "
        "Союза'); false where the subject stands there (Turkic order: 'Azərbaycan Hərəkata qoşulub').",
    )
    case_forms_plural: bool = Field(
        default=True, description="Some singular case forms are plurals too ('Организации'), so opening a sentence "
        "only the nominative refers back; false where the plural has a suffix of its own (Turkic -лар, -lar).",
    )
    nouns_capitalised: bool = Field(
        default=False, description="Every noun is written with a capital (German 'die Organisation'): a capital is "
        "then no sign of the body's own noun, so the noun is weak evidence like a lower-case one.",
    )
    predicate_marks: list[str] = Field(
        default=[], description="Punctuation right before the noun phrase that makes it a predicate "
        "('ГУАМ — регіональна організація').",
    )
    plural_endings: list[str] = Field(
        default=[], description="Endings of a lower-case word before the noun that make the phrase plural, where a "
        "singular case form is also a plural ('міжнародні організації').",
    )


class Anaphora(_Strict):
    """Which generic nouns may refer back to which bodies: per category and per entity, per language."""

    languages: dict[str, AnaphoraLanguage] = Field(
        default={}, description="Per language tag, how its noun phrases are written; every noun's language needs one."
    )
    categories: dict[OrganisationCategory, list[AnaphorNounField]] = Field(
        default={}, description="Nouns that may stand for any organisation of a category."
    )
    entities: dict[str, list[AnaphorNounField]] = Field(
        default={}, description="Nouns that may stand for one organisation, by id."
    )
    cues: dict[str, list[AnaphorCueField]] = Field(
        default={}, description="Per body, words in an anaphor's sentence that decide between compatible bodies."
    )

    @field_validator("entities", "cues")
    @classmethod
    def _entity_ids(cls, entities: dict[str, list]) -> dict[str, list]:  # type: ignore[type-arg]
        for entity_id in entities:
            if not ID_PATTERN.match(entity_id) or not entity_id.startswith("org:"):
                raise ValueError(f"{entity_id!r} is not an organisation id ('org:UPPER_CASE')")
        return entities


class GazetteerFile(_Strict):
    """The top level of one gazetteer file."""

    lang: str | None = Field(
        default=None, pattern=LANG_PATTERN, description="The language of the aliases that give none (default en)."
    )
    word_sets: dict[str, list[PhraseField]] = Field(
        default={}, description="Named lists of cue or veto phrases, used by name in `cue_sets`/`against_sets`."
    )
    entities: list[Entity] = Field(default=[], description="The entities this file defines.")
    aliases: list[AliasSupplement] = Field(default=[], description="Aliases for entities of other files.")
    not_mentions: list[NotMentionField] = Field(
        default=[], description="Names that contain an alias but name something else, for any entity."
    )
    spelling_variants: list[tuple[str, str]] = Field(
        default=[],
        description="Pairs of spellings that stand for each other inside names (isation/ization).",
    )

    @field_validator("spelling_variants", mode="before")
    @classmethod
    def _no_spaces_around_spellings(cls, pairs: object) -> object:
        # Spaces around a spelling would be stripped, turning a swap of whole words (" і "/" й ") into a swap of
        # letters inside every word: refuse it rather than change what the person wrote.
        for pair in pairs if isinstance(pairs, list) else []:
            for spelling in pair if isinstance(pair, list | tuple) else []:
                if isinstance(spelling, str) and spelling != spelling.strip():
                    raise ValueError(
                        f"{spelling!r} has spaces around it: a pair swaps letters wherever they stand inside names, "
                        "never whole words; list each spelling of such a name instead"
                    )
        return pairs
    anaphora: Anaphora | None = Field(
        default=None, description="Generic nouns that refer back to named bodies (the option `anaphora=True`)."
    )

"""Validated entities -> candidate matches in a string, with character offsets. This step only finds.

One scan, then checks on the few candidates:

1. Fold. The text is lower-cased, and every ASCII character that cannot be part of a word, and
   the usual Unicode quotes, dashes and spaces, become one space byte: a word boundary the
   automaton can see. Folding keeps every character in place, so offsets hold.
2. Scan. One Aho-Corasick pass (the `Scanner`) finds every place where a listed name can
   begin: the first word of an alias between boundaries (a stem, for languages that inflect),
   the whole alias in scripts written without spaces, and, for languages that join words in
   front of a name (Arabic), the name inside the written word.
3. Check. At each such place the rest of the name is read word by word from a trie, in the
   caller's text: any run of spaces (one line break at most) between words, all dash and quote
   variants alike, a word's endings by its language's rules (`orgmentions.morphology`), and the
   alias's case policy (`case`, `lower`). Hashtags are read apart: a whole hashtag, or its parts
   split where the case changes (`#RussiaALBA`).

What comes out is every candidate, doubtful ones and not-mentions included; `judging` decides.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple

import ahocorasick_rs

from orgmentions.folding import (
    SPACE,
    ByteOffsets,
    fold,
    fold_word,
    folds_to_space,
)
from orgmentions.judging import PhraseIndex, SenseRule
from orgmentions.morphology import (
    ACRONYM_BORROWERS,
    APOSTROPHE_ENDINGS,
    ENDING_MARKS,
    HYPHENATED_ENDINGS,
    JOINED_AFTER_LANGS,
    alternated,
    respelled,
    joined_after,
    LONGEST_ENDING,
    PREFIX_LANGS,
    ending_langs,
    is_unspaced,
    rule_for,
    stem,
)
from orgmentions.normalise import (
    UPPERCASE_LETTERS,
    compact,
    fold_punctuation,
    is_all_caps,
    read_as,
    reading_form,
    tokenize,
)

if TYPE_CHECKING:  # a stored matcher is used without them (`orgmentions.sources`)
    from orgmentions.gazetteer import Gazetteer
    from orgmentions.schema import Ambiguity

AliasType = Literal["name", "acronym"]
MatchedBy = Literal["name", "acronym", "hashtag", "hashtag_part"]

# The next token, after a gap that may hold one line break but not a blank line:
# names are broken across lines, never across paragraphs.
# U+02BC (the Ukrainian apostrophe, "Обʼєднані") is a letter to Unicode but an apostrophe to names.
_NEXT_TOKEN = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)?([^\W\u02bc]+|[^\w\s]|\u02bc)")
_WORD = re.compile(r"[^\W\u02bc]+")
# A hashtag, or a chain of them (#CSTO#EAEU); "#" also full-width. Not inside a word ("C#", "a#b").
# Uzbek writes its okina as "‘" (U+2018) as often as "ʻ": inside a hashtag it is a letter ("#O‘zbekistonRossiya").
# The English possessive's apostrophes ("'", "’") still end the body: "#Russia's" is "#Russia".
_HASHTAG_WORD = r"\w+(?:‘\w+)*"
_HASHTAG_CHAIN = re.compile(f"[#＃]{_HASHTAG_WORD}(?:[#＃]{_HASHTAG_WORD})*")  # what stands before it: apart, fast
_HASHTAG_BODY = re.compile(f"[#＃]({_HASHTAG_WORD})")
# Pieces of a hashtag body, split where the case changes: "RussiaALBA" -> Russia, ALBA;
# "UNGeneralAssembly" -> UN, General, Assembly; "UNGA79" -> UNGA, 79.
_UPPER = f"[{UPPERCASE_LETTERS}]"
_LOWER = f"(?:[^\\W\\d_{UPPERCASE_LETTERS}]|‘)"
_HASHTAG_PIECE = re.compile(f"\\d+|_+|{_UPPER}+(?={_UPPER}{_LOWER})|{_UPPER}?{_LOWER}+|{_UPPER}+")
_TRAILING_DIGITS = re.compile(r"\d+$")
# Scripts that write capitals, where a hashtag's parts are split at them; the others are covered by names.
_CASED_LETTERS = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0531-\u0587]")
#: Longer hashtags in a script without capitals are not split into names: real ones are short.
_LONGEST_UNCASED_HASHTAG = 120
#: Hashtag readings kept per matcher; a channel repeats a few hashtags, a hostile stream never does.
_HASHTAG_CACHE_CHARACTERS = 2_000_000
# After a word that only begins longer names: gaps other than one space, which `_continue` reads itself.
_GAPS_READ_IN_FULL = [b"  "]
#: Readings a trie node remembers before it forgets them all: a hostile stream of new words stays bounded.
_MEMO_SIZE = 4096
#: Above this many, a first word's patterns with every ending would cost the automaton more than reading does.
_MOST_PATTERNS_OF_A_WORD = 40
# Scripts a Latin word may be written against with no boundary between: Chinese and Japanese, which have no
# spaces ("在UN会议上", "（APEC）", "SCO峰会"), and Arabic, which joins "and", "the" and the like to the next
# word ("وSCO", "الـUN"). The scanner cannot see such a word: it is looked up apart, only in texts that
# hold these characters, and the joined letters stay outside its span.
_JOINS_LATIN = "\u0600-\u06ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_JOINS_LATIN_PRESENT = re.compile(f"[{_JOINS_LATIN}]")
# A word of an alphabet, Latin or Cyrillic: Chinese encyclopedic text gives the Russian letters too ("简称ШОС").
_ALPHABET_RUN = re.compile("[A-Za-z\u0400-\u04ff][A-Za-z0-9\u0400-\u04ff]*")
_PUNCTUATION_KEY = "\x00"
_STEM_MARK = "\x01"  # ends the trie key of a stem: "нігер\x01" (of Нігерія) is not the word "нігер" (Нігер)  # trie key of a punctuation token: folded punctuation, prefixed so no word meets it


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One alias as the matcher uses it."""

    entity_id: str
    text: str
    alias_type: AliasType
    tokens: tuple[str, ...]  # as written, typographic variants folded
    case: Literal["exact", "initial"]
    lower: Literal["never", "with_evidence", "always"]
    lang: str
    sense: SenseRule | None  # set for an ambiguous alias
    #: Arabic: the name's article merged with a joined "ل" ("للصين"): the span is the whole written word.
    assimilated: bool = False
    #: Words after which the alias in lower case counts as written ("the un"), folded.
    lower_after: frozenset[str] = frozenset()
    #: An acronym of another language read with this one's joined endings ("ОПЕКтин"): only with an ending.
    borrowed: bool = False

    @property
    def matched_by(self) -> MatchedBy:
        return "acronym" if self.alias_type == "acronym" else "name"

    def __reduce__(self) -> tuple[type, tuple]:
        return _by_position(self)


@dataclass(frozen=True, slots=True)
class NotMentionEntry:
    """A name that contains an alias but names something else ("Latin America", "Guinea pig").

    It is found like an alias so that, being longer, it absorbs the alias inside it.
    """

    text: str
    tokens: tuple[str, ...]
    lang: str
    case: Literal["initial"] = "initial"
    lower: Literal["always"] = "always"
    sense: None = None
    assimilated: bool = False
    alias_type: Literal["not_mention"] = "not_mention"
    matched_by: Literal["name"] = "name"

    def __reduce__(self) -> tuple[type, tuple]:
        return _by_position(self)


def _by_position(entry: AliasEntry | NotMentionEntry) -> tuple[type, tuple]:
    # Unpickled by position: the default of frozen dataclasses looks every field up by name, which was most
    # of the time a new process took to read a stored matcher (thousands of entries).
    return type(entry), tuple(getattr(entry, name) for name in entry.__slots__)


Entry = AliasEntry | NotMentionEntry


class Candidate(NamedTuple):
    """An alias or not-mention found at ``start:end`` of the text, before judging."""

    start: int
    end: int
    entry: Entry
    matched_by: MatchedBy
    #: Written wholly in lower case where its case policy wants capitals, and allowed only with evidence.
    lowered: bool = False


@dataclass(slots=True)
class _Node:
    """A trie node: the aliases that end here, and the next words."""

    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] | tuple[Entry, ...] = field(default_factory=list)  # a tuple once the trie is complete
    #: The languages each entry is listed in: one entry stands for the same alias in several ("Чад" in seven).
    entry_langs: tuple[frozenset[str], ...] = ()
    #: The languages for which the word leading here is a stem (it needs an ending in text),
    #: and those for which it is a word as listed (it may stand alone, or take a bare ending).
    stemmed: frozenset[str] = frozenset()
    bare: frozenset[str] = frozenset()
    #: The languages of ``bare`` in which the word may take a bare ending where it stands in its names.
    inflecting: frozenset[str] = frozenset()
    #: Whether any alias at or below this node may be written wholly in lower case.
    lower_ok: bool = False
    #: Whether the words below this node follow no morphology (any language may read them as listed), and
    #: whether any of them may take an ending: most trie levels need neither check per word.
    plain: bool = True
    inflects: bool = False
    #: Readings remembered: of a one-word name by how it is written, and of a text word as a next word here.
    #: Made when first needed: most nodes never see a text, and a stored matcher should not carry empty ones.
    read_words: dict[str, tuple[tuple[Entry, MatchedBy, bool], ...]] | None = None
    forms: dict[str, tuple[tuple[_Node, frozenset[str] | None], ...]] | None = None


class Scanner:
    """The Aho-Corasick automaton: every place in a folded text where a listed name can begin."""

    def __init__(self, patterns: list[tuple[bytes, object]]) -> None:
        self._build([pattern for pattern, _ in patterns], [payload for _, payload in patterns])

    def _build(self, patterns: list[bytes], payloads: list[object]) -> None:
        self._patterns = patterns
        self._payloads = payloads
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            patterns, implementation=ahocorasick_rs.Implementation.ContiguousNFA
        )

    # The automaton cannot be pickled; stored (`orgmentions.cache`), the scanner keeps its patterns and builds
    # it again, which takes a few milliseconds.
    def __getstate__(self) -> tuple[list[bytes], list[object]]:
        return self._patterns, self._payloads

    def __setstate__(self, state: tuple[list[bytes], list[object]]) -> None:
        self._build(*state)

    def scan(self, folded: bytes) -> list[tuple[object, int, int]]:
        """(payload, start, end) of every pattern occurrence, overlapping ones included, in byte offsets."""
        payloads = self._payloads
        return [(payloads[index], start, end) for index, start, end in self._automaton.find_matches_as_indexes(
            folded, overlapping=True
        )]


class _Root(NamedTuple):
    """What a scanned pattern stands for."""

    kind: Literal["word", "joined", "whole"]
    lead: int  # bytes of the leading boundary before the word
    key: str
    node: _Node | None  # "word"/"joined": the trie node after the first word
    entries: tuple[Entry, ...] = ()  # "whole": the aliases of a script without spaces
    #: A word that ends every name it can begin here: no ending, and no next word that continues one.
    alone: bool = False


class Matcher:
    """Finds the candidate mentions of gazetteer aliases in a string."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        #: The cue and veto phrases of every ambiguous alias, for judging.
        self.phrases = PhraseIndex()
        #: What every record of an entity repeats, by id: all a mention needs of the gazetteer.
        self.records = {
            entity.id: {"canonical_id": entity.id, "kind": entity.kind, "name": entity.name} for entity in gazetteer
        }
        self._root = _Node()
        self._whole: dict[str, list[Entry]] = {}  # scripts without spaces: the folded alias itself
        self._hashtags_exact: dict[str, Entry] = {}  # acronyms, as written
        self._hashtags_folded: dict[str, Entry] = {}  # names, case-insensitive
        #: The other bodies whose ambiguous letters a listed hashtag body also spells ("#Congo"), by the entry kept.
        self._hashtag_rivals: dict[tuple[str, str], tuple[Entry, ...]] = {}
        self._hashtag_cache: dict[str, tuple[tuple[int, int, Entry, MatchedBy], ...]] = {}
        self._hashtag_cache_size = 0
        self._senses: dict[int, SenseRule] = {}  # by id() of the block, alive as long as the gazetteer
        # A lower-case policy given once holds for the same letters in every language ("China" in English,
        # German and Portuguese is the porcelain in lower case alike).
        lower_given = {
            (entity.id, alias.text.casefold()): alias.lower
            for entity in gazetteer
            for alias, _ in entity.all_aliases()
            if alias.lower is not None
        }
        # So does an ambiguity block: the letters "COI" have their other senses whichever language file lists them.
        ambiguity_given = {
            (entity.id, alias.text): alias.ambiguous
            for entity in gazetteer
            for alias, _ in entity.all_aliases()
            if alias.ambiguous is not None
        }
        for entity in gazetteer:
            listed = {(alias.text, alias.lang or "en") for alias, _ in entity.all_aliases()}
            for alias, alias_type in entity.all_aliases():
                ambiguous = alias.ambiguous or ambiguity_given.get((entity.id, alias.text))
                lang = alias.lang or "en"
                case = alias.case or ("exact" if alias_type == "acronym" else "initial")
                lower = (
                    alias.lower
                    or lower_given.get((entity.id, alias.text.casefold()))
                    or _default_lower(alias.text, alias_type, case, ambiguous is not None)
                )
                sense = self._sense(ambiguous, gazetteer) if ambiguous else None
                texts = gazetteer.variants(alias.text) if alias_type == "name" else [alias.text]
                if alias_type == "name":
                    texts = [*texts, *alternated(alias.text, lang)]  # "Мексіцы": no ending of "Мексіка" gives it
                    texts += [other for text in texts for other in respelled(text, lang)]  # "DÜNYA BANKI"
                for tokens in _spellings(texts, hyphen_optional=alias_type == "name"):
                    self._add(AliasEntry(
                        entity.id, alias.text, alias_type, tokens, case, lower, lang, sense,
                        lower_after=frozenset(fold_word(word) for word in alias.lower_after),
                    ))
                if alias_type == "acronym" and case == "exact":
                    for borrower in _borrowers(alias.text, lang, listed):
                        self._add(AliasEntry(
                            entity.id, alias.text, alias_type, (alias.text,), case, lower, borrower, sense, borrowed=True,
                        ))
            for body in entity.hashtags:
                entry = AliasEntry(entity.id, body, "name", (body,), "initial", "always", "en", None)
                self._add_hashtag(self._hashtags_folded, body.casefold(), entry)
        for not_mention in gazetteer.not_mentions:
            lang = not_mention.lang or "en"
            for tokens in _spellings(gazetteer.variants(not_mention.text), hyphen_optional=True):
                self._add(NotMentionEntry(not_mention.text, tokens, lang))
        _mark(self._root)
        self._whole = {key: _one_per_language(entries)[0] for key, entries in self._whole.items()}
        self._scanner = Scanner(self._patterns())
        self._hashtag_longest = max(map(len, itertools.chain(self._hashtags_exact, self._hashtags_folded)), default=0)

    def __getstate__(self) -> dict[str, object]:
        # Stored as built (`orgmentions.cache`): what it learnt from texts since is not worth keeping, and the
        # ambiguity blocks' ids mean nothing in another process.
        return {**self.__dict__, "_senses": {}, "_hashtag_cache": {}, "_hashtag_cache_size": 0}

    # --- building -------------------------------------------------------------------------------

    def _sense(self, ambiguous: Ambiguity, gazetteer: Gazetteer) -> SenseRule:
        """One compiled rule per ambiguity block, however many aliases share it."""
        rule = self._senses.get(id(ambiguous))
        if rule is None:
            rule = self._senses[id(ambiguous)] = SenseRule.of(ambiguous, gazetteer.word_sets, self.phrases)
        return rule

    def _add(self, entry: Entry) -> None:
        if is_unspaced(entry.lang):
            # As the text is folded: punctuation inside the name ("・") is a space there too.
            self._whole.setdefault(fold("".join(entry.tokens))[1:-1].decode("utf-8"), []).append(entry)
        else:
            words = [i for i, token in enumerate(entry.tokens) if token[0].isalnum() or token[0] == "_"]
            last_word = words[-1] if words else -1
            node = self._root
            for index, token in enumerate(entry.tokens):
                if not (token[0].isalnum() or token[0] == "_"):
                    node = node.children.setdefault(_PUNCTUATION_KEY + fold_punctuation(token), _Node())
                    continue
                key, stemmed = stem(fold_word(token), entry.lang, last=index == last_word)
                node = node.children.setdefault(key + _STEM_MARK if stemmed else key, _Node())
                if stemmed:
                    node.stemmed |= {entry.lang}
                else:
                    node.bare |= {entry.lang}
                    if _takes_bare_endings(entry.lang, last=index == last_word):
                        node.inflecting |= {entry.lang}
            node.entries.append(entry)
            if entry.lang == "ar" and entry.tokens[0].startswith("ال") and len(entry.tokens[0]) > 3:
                # "للصين" is "ل" + "الصين" with the article's alef dropped; found through its remaining letters.
                self._add_assimilated(entry)
        self._add_hashtag_body(entry)

    def _add_assimilated(self, entry: AliasEntry | NotMentionEntry) -> None:
        if not isinstance(entry, AliasEntry):
            return
        tokens = (entry.tokens[0][1:],) + entry.tokens[1:]
        variant = AliasEntry(
            entry.entity_id, entry.text, entry.alias_type, tokens, entry.case, entry.lower, entry.lang, entry.sense,
            assimilated=True,
        )
        node = self._root
        for token in tokens:
            node = node.children.setdefault(fold_word(token) if token[0].isalnum() else _PUNCTUATION_KEY + token,
                                            _Node())
            node.bare |= {"ar"}
        node.entries.append(variant)

    def _add_hashtag_body(self, entry: Entry) -> None:
        if isinstance(entry, AliasEntry) and entry.assimilated:
            return
        body = compact(entry.text) if entry.alias_type == "acronym" else compact(" ".join(entry.tokens))
        if not body:
            return
        if entry.alias_type == "acronym":
            self._add_hashtag(self._hashtags_exact, body, entry)
        else:
            self._add_hashtag(self._hashtags_folded, body.casefold(), entry)

    def _add_hashtag(self, bodies: dict[str, Entry], body: str, entry: Entry) -> None:
        kept = bodies.setdefault(body, entry)
        if (
            kept is not entry and isinstance(kept, AliasEntry) and isinstance(entry, AliasEntry)
            and kept.sense is not None and entry.sense is not None and kept.entity_id != entry.entity_id
        ):
            rivals = self._hashtag_rivals.get((kept.entity_id, kept.text), ())
            if all(rival.entity_id != entry.entity_id for rival in rivals):
                self._hashtag_rivals[(kept.entity_id, kept.text)] = (*rivals, entry)

    def _patterns(self) -> list[tuple[bytes, object]]:
        patterns: list[tuple[bytes, object]] = []
        for key, node in self._root.children.items():
            if key.startswith(_PUNCTUATION_KEY):
                continue
            encoded = key.rstrip(_STEM_MARK).encode("utf-8")
            langs = node.stemmed | node.bare
            if any(rule.prefixes for lang in langs if (rule := rule_for(lang)) is not None):
                patterns.append((encoded, _Root("joined", 0, key, node)))
            # A word must end where the word ends, with one of its endings if it takes any: the automaton checks
            # that itself, so "un" costs nothing inside "under", nor "state" inside "statement". It also tells
            # whether the next word can continue a longer name ("International", "UN" before "Security
            # Council"): only then is the rest read word by word. Any other gap (two spaces, a line break
            # after a space) is read in full too.
            onward = [SPACE + following for following in _next_word_starts(node)] + _GAPS_READ_IN_FULL
            word = SPACE + encoded
            root = _Root("word", len(SPACE), key, node)
            # A word read alone is remembered by how it is written: not where the word before decides ("the un"),
            # nor where punctuation that folds to a space ends a longer name ("US$", "U.S.").
            alone = not _ends_names_in_punctuation(node) and not any(
                isinstance(entry, AliasEntry) and entry.lower_after for entry in node.entries
            )
            if node.stemmed or node.inflecting:
                endings = _first_word_endings(node)
                # The word as listed, with nothing after it, is read alone too ("ОПЕК" beside "ОПЕКтин").
                bare_alone = alone and bool(node.entries) and not node.children and b"" in endings
                if bare_alone:
                    patterns.append((word + SPACE, root._replace(alone=True)))
                ends = ([SPACE] if node.entries else []) + (onward if node.children else [])
                if len(endings) * len(ends) > _MOST_PATTERNS_OF_A_WORD:  # Russian: the reader checks the endings
                    patterns.append((word, root))
                else:
                    patterns += [(word + ending + end, root) for ending in endings for end in ends
                                 if not (bare_alone and ending == b"" and end == SPACE)]
                continue
            if node.entries or _ends_names_in_punctuation(node):
                # "US$", "U.S.": the punctuation that ends such a name folds to a space, so only a full read
                # tells it from the word alone.
                patterns.append((word + SPACE, root._replace(alone=alone)))
            if node.children:
                patterns += [(word + end, root) for end in onward]
        for key, entries in self._whole.items():
            patterns.append((key.encode("utf-8"), _Root("whole", 0, key, None, tuple(entries))))
        return patterns

    # --- finding --------------------------------------------------------------------------------

    def candidates(self, text: str) -> list[Candidate]:
        """Every alias and not-mention match in ``text``, before judging, in order of start."""
        reading = reading_form(text)  # decomposed accents, tatweel, full-width letters...: rare
        if reading is None:
            return self._candidates_as_read(text)
        read, starts, ends = reading
        return [c._replace(start=starts[c.start], end=ends[c.end - 1]) for c in self._candidates_as_read(read)]

    def _candidates_as_read(self, text: str) -> list[Candidate]:
        found = self._hashtag_candidates(text)
        hashtags = len(found)
        folded = fold(text)
        ascii_text = len(folded) == len(text) + 2
        to_char = ByteOffsets(folded, ascii_text)
        covered_until = 0  # the end of the furthest unambiguous name so far: words inside it start nothing new
        last_start = -1  # reading from a start tries every key that begins there, so one hit a start is enough
        for root, byte_start, byte_end in sorted(self._scanner.scan(folded), key=_by_start):
            start = to_char(byte_start + root.lead) - 1
            if root.kind == "whole":
                end = start + len(root.key)
                found += [Candidate(start, end, entry, entry.matched_by) for entry in root.entries]
                continue
            if start == last_start or start < covered_until:
                continue
            last_start = start
            # Hits at one start come longest first: a word is alone only if no hit said the next word continues.
            if root.alone and not text.startswith(ENDING_MARKS, start + len(root.key)):
                matches = self._read_word(text, start, root)
            else:
                matches = self._read_name(text, start, root)
            if matches:
                found += matches
                longest = matches[-1]
                if longest.entry.sense is None and not longest.lowered:
                    covered_until = max(covered_until, longest.end)
        if not ascii_text and _JOINS_LATIN_PRESENT.search(text):
            found += self._latin_joined(text, {candidate.start for candidate in found})
            found.sort(key=_start_then_longest)
        elif hashtags and len(found) > hashtags:
            found.sort(key=_start_then_longest)
        return found

    def _latin_joined(self, text: str, starts: set[int]) -> list[Candidate]:
        """The names that begin with a Latin word written against Chinese, Japanese or Arabic letters."""
        found: list[Candidate] = []
        for word in _ALPHABET_RUN.finditer(text):
            start, end = word.span()
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            joined = _JOINS_LATIN_PRESENT.match(before) or _JOINS_LATIN_PRESENT.match(after)
            inside_a_word = (before.isalnum() or before == "_") and not _JOINS_LATIN_PRESENT.match(before) or (
                after.isalnum() or after == "_") and not _JOINS_LATIN_PRESENT.match(after)
            if not joined or inside_a_word or start in starts:
                continue
            here: list[Candidate] = []
            for node, langs in _word_forms(self._root, fold_word(word[0])):
                self._continue(text, word.start(), word.end(), node, langs, [word[0]], here, word.start())
            here.sort(key=lambda c: c.end)
            found += here[-1:] if here and here[-1].entry.sense is None and not here[-1].lowered else here
        return found

    def _read_word(self, text: str, start: int, root: _Root) -> list[Candidate]:
        """`_read_name` of a name of one word, remembered by how it is written ("Russia", "russia", "RUSSIA").

        What else decides the reading, the character before and a hyphen after, is checked here and by the caller.
        """
        if start and text[start - 1] in "#＃@":
            return []
        written = text[start : start + len(root.key)]
        memo = root.node.read_words  # type: ignore[union-attr]
        if memo is None:
            memo = root.node.read_words = {}  # type: ignore[union-attr]
        read = memo.get(written)
        if read is None:
            matches = self._read_name(text, start, root)
            if any(match.end != start + len(written) for match in matches):
                return matches  # the text went on after all: nothing to remember
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            read = memo[written] = tuple((m.entry, m.matched_by, m.lowered) for m in matches)
        end = start + len(written)
        return [Candidate(start, end, entry, matched_by, lowered) for entry, matched_by, lowered in read]

    def _read_name(self, text: str, start: int, root: _Root) -> list[Candidate]:
        """The aliases that begin with the word at ``start``, longest last."""
        before = text[start - 1] if start else " "
        if before in "#＃@" or (before.isalnum() and root.kind == "word"):
            return []  # a hashtag's body is read apart; a word after "@" is an account or an e-mail domain
        first = text[start]
        if first.islower() and not root.node.lower_ok:  # type: ignore[union-attr]
            return []
        word = _WORD.match(text, start)
        if word is None:
            return []
        span_start, prefix_langs = start, None
        if root.kind == "joined":
            word_start = start
            while word_start > 0 and text[word_start - 1].isalpha() and start - word_start < 3:
                word_start -= 1
            prefix = text[word_start:start]
            if prefix and (word_start > 0 and text[word_start - 1].isalnum() or prefix not in PREFIX_LANGS):
                return []
            prefix_langs = PREFIX_LANGS.get(prefix) if prefix else None
            span_start = word_start
        found: list[Candidate] = []
        for node, langs in _forms(self._root, word[0]):
            if prefix_langs is not None:
                langs = prefix_langs if langs is None else langs & prefix_langs
            self._continue(text, start, word.end(), node, langs, [word[0]], found, span_start)
        if not found:
            return []
        # Of equal spans, the alias that explains more of them by its own letters: the listed "ПАРЄ" (PACE),
        # not "ПАР" (South Africa) with an ending "є".
        found.sort(key=lambda c: (c.end, sum(map(len, c.entry.tokens))))
        # Shorter ones are kept only behind an ambiguous or lower-case longest one, which may yet be rejected.
        if len(found) > 1 and found[-1].entry.sense is None and not found[-1].lowered:
            return found[-1:]
        return found

    def _continue(
        self,
        text: str,
        start: int,
        pos: int,
        node: _Node,
        langs: frozenset[str] | None,
        written: list[str],
        found: list[Candidate],
        span_start: int,
    ) -> None:
        """Read on from ``pos`` after the words ``written``, adding every alias that ends on the way."""
        for entry, entry_langs in zip(node.entries, node.entry_langs):
            if langs is not None and langs.isdisjoint(entry_langs):
                continue
            # The languages of this reading decide whether a joined word stays out of the span; most entries
            # have none that joins words, and need not intersect them.
            joins = langs is not None and not entry_langs.isdisjoint(JOINED_AFTER_LANGS)
            reading = langs & entry_langs if joins else entry_langs  # type: ignore[operator]
            candidate = self._accepted(text, start, pos, entry, written, span_start, reading)
            if candidate is not None:
                found.append(candidate)
        if not node.children:
            return
        token_match = _NEXT_TOKEN.match(text, pos)
        if token_match is None:
            return
        token = token_match[1]
        if not (token[0].isalnum() or token[0] == "_") or token == "\u02bc":
            child = node.children.get(_PUNCTUATION_KEY + fold_punctuation(token))
            if child is not None:
                self._continue(text, start, token_match.end(), child, langs, [*written, token], found, span_start)
            return
        for child, word_langs in _forms(node, token):
            both = word_langs if langs is None else (langs if word_langs is None else langs & word_langs)
            if both is not None and not both:
                continue
            self._continue(text, start, token_match.end(), child, both, [*written, token], found, span_start)

    @staticmethod
    def _accepted(
        text: str, start: int, end: int, entry: Entry, written: list[str], span_start: int,
        langs: frozenset[str] = frozenset(),
    ) -> Candidate | None:
        """The candidate if the text's form fits the alias: a name ends a word; case and lower-case policy."""
        last = written[-1]
        # "U.S." is not in "U.S.S.R."; "Inde" (French India) is not in "Inde-⏎pendent", hyphenated across lines.
        if not last[-1].isalnum() and end < len(text) and text[end].isalpha():
            return None
        if text.startswith("-\n", end):
            return None
        if text.startswith("-", end) and last[-1] in "оеoe" and not entry.tokens[-1].lower().endswith(last[-1]):
            return None  # the first half of a compound adjective: "палестино-израильский", "Indo-Pacific"
        if entry.alias_type == "acronym" and last.islower() and len(last) > len(entry.tokens[-1]) <= 3:
            return None  # a short acronym in lower case with a joined ending is a word: Kazakh "ақша" (money), not АҚШ
        if isinstance(entry, AliasEntry) and entry.borrowed and (
            len(last) == len(entry.tokens[-1]) or not last.startswith(entry.tokens[-1])
        ):
            return None  # as listed, the acronym is read in its own language; borrowed, only in capitals
        if isinstance(entry, AliasEntry) and entry.assimilated and (span_start == start or text[start - 1] != "ل"):
            return None  # "لصين" alone is no form of "الصين", nor "بلصين": only "ل" takes the article's alef
        lowered = False
        first = written[0][0]
        if isinstance(entry, NotMentionEntry):
            fits = True  # it only absorbs what it covers, in whatever case it is written
        elif entry.case == "initial":
            fits = not first.islower()
        else:
            fits = tuple(fold_punctuation(token) for token in written) == entry.tokens[: len(written)] or (
                # A headline in capitals still names the entity; an acronym in capitals is just the acronym.
                entry.alias_type != "acronym" and is_all_caps("".join(written))
            ) or _same_letters_as_written(written, entry.tokens)
        if not fits:
            if any(char.isupper() for token in written for char in token):
                return None
            if isinstance(entry, AliasEntry) and entry.lower_after and _word_before(text, span_start) in entry.lower_after:
                pass  # "the un": as if written "the UN"
            elif entry.lower == "never":
                return None
            else:
                lowered = entry.lower == "with_evidence"
        matched_by = entry.matched_by if isinstance(entry, AliasEntry) else "name"
        end = _hyphenated_ending(text, end, entry) - joined_after(last, entry.tokens[-1], langs)
        # A joined word in front ("و" in "وروسيا") stays outside the span, unless it changed the name's own
        # letters: "ل" took the article's alef ("للصين"), so the span starts at it ("و" of "وللصين" stays out).
        assimilated = isinstance(entry, AliasEntry) and entry.assimilated
        return Candidate(start - 1 if assimilated else start, end, entry, matched_by, lowered)

    # --- hashtags -------------------------------------------------------------------------------

    def _hashtag_candidates(self, text: str) -> list[Candidate]:
        if "#" not in text and "＃" not in text:
            return []
        found: list[Candidate] = []
        for chain in _HASHTAG_CHAIN.finditer(text):
            before = text[chain.start() - 1] if chain.start() else " "
            # Not inside a word ("C#"); but Arabic joins its article and conjunctions to a Latin hashtag as to
            # any word ("والـ#ICC"), and they stay outside it.
            if (before.isalnum() and not "\u0600" <= before <= "\u06ff") or before in "_#＃&":
                continue
            for hashtag in _HASHTAG_BODY.finditer(text, chain.start(), chain.end()):
                found += [
                    Candidate(hashtag.start() + offset, hashtag.start() + offset + length, each, matched_by, lowered)
                    for offset, length, entry, matched_by, lowered in self._read_hashtag(hashtag[1])
                    for each in (entry, *self._hashtag_rivals.get((entry.entity_id, entry.text), ()))
                ]
        return found

    def _read_hashtag(self, body: str) -> tuple[tuple[int, int, Entry, MatchedBy, bool], ...]:
        """The (offset from '#', length, entry, matched_by, lowered) of what a hashtag names, cached per body."""
        found = self._hashtag_cache.get(body)
        if found is None:
            found = tuple(self._segment_hashtag(body))
            if self._hashtag_cache_size + len(body) > _HASHTAG_CACHE_CHARACTERS:
                self._hashtag_cache.clear()  # bounded memory on an endless stream of new hashtags
                self._hashtag_cache_size = 0
            self._hashtag_cache[body] = found
            self._hashtag_cache_size += len(body)
        return found

    def _hashtag_lookup(self, body: str, whole: bool) -> Entry | None:
        if "‘" in body:
            body = body.replace("‘", "")  # as the stored bodies are compacted
        entry = self._hashtags_exact.get(body) or self._hashtags_folded.get(body.casefold())
        if entry is None and whole and len(body) >= 4:
            # A hashtag made only of a long acronym is often written in lower case (#brics).
            entry = self._hashtags_exact.get(body.upper())
        return entry

    def _short_acronym_in_lower_case(self, body: str) -> AliasEntry | None:
        """The acronym a short hashtag in lower case spells (#оон, #шас2025), where its `lower` policy allows it."""
        if len(body) >= 4 or not body.islower():
            return None  # longer ones are read in `_hashtag_lookup`
        entry = self._hashtags_exact.get(body.upper())
        if isinstance(entry, AliasEntry) and entry.lower in ("always", "with_evidence"):
            return entry
        return None  # "#un", "#us", "#who": words in lower case

    def _segment_hashtag(self, body: str) -> Iterator[tuple[int, int, Entry, MatchedBy, bool]]:
        # The whole body first; then without a trailing number, a session or a year, which makes the
        # hashtag compound: in #UNGA79 the part "UNGA" names the General Assembly (#G20 is found whole).
        name = _TRAILING_DIGITS.sub("", body)
        wholes: list[tuple[str, int, int, MatchedBy]] = [(body, 0, len(body) + 1, "hashtag")]
        if "_" in body.strip("_"):  # words joined by underscores, as in scripts without case: #الأمم_المتحدة
            wholes.append((body.replace("_", ""), 0, len(body) + 1, "hashtag"))
        if name and name != body:
            wholes.append((name, 1, len(name), "hashtag_part"))
        for whole, offset, length, matched_by in wholes:
            entry = self._hashtag_lookup(whole, whole=True)
            if entry is not None:
                if isinstance(entry, AliasEntry):
                    yield offset, length, entry, matched_by, False
                return
            short = self._short_acronym_in_lower_case(whole)
            if short is not None:
                # As the same letters in running text: judged where the policy asks for evidence.
                yield offset, length, short, matched_by, short.lower == "with_evidence"
                return
        pieces = [(m.start(), m.group()) for m in _HASHTAG_PIECE.finditer(body)]
        if len(body) <= _LONGEST_UNCASED_HASHTAG and not _CASED_LETTERS.search(body):
            # Georgian, Chinese, Arabic write no capitals to split at: between digits and underscores, the parts
            # are the listed names that cover a run of letters ("#საქართველოევროკავშირი", "#中国俄罗斯_2025"),
            # or there are none ("#中俄").
            for offset, piece in pieces:
                if piece[0].isalpha():
                    yield from ((offset + start, length, entry, matched_by, False)
                                for start, length, entry, matched_by in self._cover_hashtag(piece))
            return
        index = 0
        while index < len(pieces):
            # The runs of pieces from here, no longer than the longest listed body: a 6,000-character
            # hashtag costs no more per piece than a short one.
            runs = list(
                itertools.takewhile(
                    lambda run: len(run) <= self._hashtag_longest,
                    itertools.accumulate(piece for _, piece in pieces[index:]),
                )
            )
            for length in range(len(runs), 0, -1):
                entry = self._hashtag_lookup(runs[length - 1], whole=False)
                if entry is not None:
                    # A not-mention part (#RussiaLatinAmerica) is consumed without a match.
                    if isinstance(entry, AliasEntry):
                        yield 1 + pieces[index][0], len(runs[length - 1]), entry, "hashtag_part", False
                    index += length
                    break
            else:
                index += 1


    def _cover_hashtag(self, body: str) -> Iterator[tuple[int, int, Entry, MatchedBy]]:
        """The fewest listed bodies, longest first, that together make up ``body``, if any do."""
        # cover[i]: the way to write body[i:] as listed bodies (start, end, entry), or None if there is none.
        cover: list[list[tuple[int, int, Entry]] | None] = [None] * len(body) + [[]]
        for start in range(len(body) - 1, -1, -1):
            for end in range(min(len(body), start + self._hashtag_longest), start + 1, -1):
                rest = cover[end]
                if rest is None or (cover[start] is not None and len(rest) + 1 >= len(cover[start])):
                    continue
                entry = self._hashtag_lookup(body[start:end], whole=False)
                if entry is not None:
                    cover[start] = [(start, end, entry), *rest]
        for start, end, entry in cover[0] or []:
            if isinstance(entry, AliasEntry):
                yield 1 + start, end - start, entry, "hashtag_part"


def _by_start(hit: tuple[_Root, int, int]) -> tuple[int, int]:
    # A "word" pattern's word starts after its leading boundary: order by the word's start.
    return hit[1] + hit[0].lead, -hit[2]


def _forms(node: _Node, written: str) -> tuple[tuple[_Node, frozenset[str] | None], ...]:
    """`_word_forms` of a word as written in the text, remembered per node."""
    memo = node.forms
    if memo is None:
        memo = node.forms = {}
    forms = memo.get(written)
    if forms is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        forms = memo[written] = tuple(_word_forms(node, fold_word(written)))
    return forms


def _word_forms(node: _Node, token: str) -> Iterator[tuple[_Node, frozenset[str] | None]]:
    """The children of ``node`` that the folded text word ``token`` may be, with the languages that allow it.

    A word is a stored word as it is, or a stored stem or word plus an ending of its languages;
    every split is tried, not only the first ("Южную" must meet the stem of "Южная Корея" even
    where another name's stem is shorter). None means any language.
    """
    children = node.children
    whole = children.get(token)
    if whole is not None and whole.bare:
        yield whole, None if whole.plain else whole.bare
    if not node.inflects:
        return
    for split in range(max(1, len(token) - LONGEST_ENDING), len(token) + 1):
        if split < len(token):
            child = children.get(token[:split])
            if child is not None and (langs := ending_langs(token[split:], frozenset(), child.inflecting)):
                yield child, langs
        stemmed = children.get(token[:split] + _STEM_MARK)
        if stemmed is not None and (langs := ending_langs(token[split:], stemmed.stemmed, frozenset())):
            yield stemmed, langs


@functools.cache
def _takes_bare_endings(lang: str, last: bool) -> bool:
    rule = rule_for(lang)
    return rule is not None and bool(rule.bare_endings) and (last or rule.bare_endings_on == "every_word")


def _first_word_endings(node: _Node) -> list[bytes]:
    """The folded endings a first word may take in text: those of its languages after a stem, after a bare word
    where it may take one, and none where it stands as listed."""
    endings: set[bytes] = set()
    for lang in node.stemmed:
        endings |= _folded_endings(lang, after_stem=True)
    for lang in node.inflecting:
        endings |= _folded_endings(lang, after_stem=False)
    if node.bare:
        endings.add(b"")
    return sorted(endings)


@functools.cache
def _folded_endings(lang: str, after_stem: bool) -> frozenset[bytes]:
    rule = rule_for(lang)
    if rule is None:
        return frozenset()
    endings = rule.endings + rule.stem_endings if after_stem else rule.bare_endings + rule.joined_after
    return frozenset(fold_word(ending).encode("utf-8") for ending in endings)


def _ends_names_in_punctuation(node: _Node) -> bool:
    """Whether a name ends after this word with punctuation only ("US$")."""
    return any(
        key.startswith(_PUNCTUATION_KEY) and (child.entries or _ends_names_in_punctuation(child))
        for key, child in node.children.items()
    )


def _next_word_starts(node: _Node) -> list[bytes]:
    """The folded first letters of every word that may follow ``node``'s word after one space.

    Punctuation that folding turns into a space ("O'zbekiston", "Guinea-Bissau") is seen through;
    other punctuation is matched as written.
    """
    starts: set[bytes] = set()
    for key, child in node.children.items():
        if not key.startswith(_PUNCTUATION_KEY):
            starts.add(key.rstrip(_STEM_MARK).encode("utf-8"))
            continue
        mark = key[len(_PUNCTUATION_KEY) :]
        if all(folds_to_space(char) for char in mark):
            starts.update(_next_word_starts(child))
        else:
            starts.add(mark.encode("utf-8"))
    return sorted(starts)


def _hyphenated_ending(text: str, end: int, entry: Entry) -> int:
    """Where a name ends with an ending written after a hyphen (or, in some languages, an apostrophe) in its
    language ("ШЫҰ-дағы", "TDT'nin"), else ``end``."""
    mark = text[end : end + 1]
    if mark not in ENDING_MARKS or not isinstance(entry, AliasEntry):
        return end
    rule = rule_for(entry.lang)
    word = _WORD.match(text, end + 1)
    if word is None:
        return end
    if rule is not None and rule.hyphenated_endings and mark in rule.ending_marks:
        endings = rule.bare_endings + rule.endings + rule.marked_endings
    elif entry.alias_type == "acronym" and word[0].islower():
        # A Latin acronym inside Georgian or Azerbaijani text: "BSEC-ის", "NATO-nun", "NATO'nun". In lower case
        # only: "OPCW-UN" joins two acronyms.
        endings = HYPHENATED_ENDINGS if mark == "-" else APOSTROPHE_ENDINGS
    else:
        return end
    return word.end() if fold_word(word[0]) in endings else end


def _default_lower(text: str, alias_type: AliasType, case: str, ambiguous: bool) -> Literal[
    "never", "with_evidence", "always"
]:
    """Whether an alias counts written wholly in lower case, where its entry says nothing.

    Names do (an ambiguous one is judged as ever). Acronyms do by length: the short Latin ones are
    everyday words or other things ("un", "us", "who", "eu"), three Latin letters need evidence
    ("imf beside the world bank"), longer ones, Cyrillic ones of three letters and those with a number
    are no words ("nato", "brics", "оон", "шос", "g7"). An ambiguous acronym or a name of exact case never does.
    """
    if alias_type == "name":
        return "never" if case == "exact" else "always"
    letters = [char for char in text if char.isalpha()]
    if ambiguous:
        return "never"
    if any(char.isdigit() for char in text):
        return "always"  # "g7", "g20", "c5+1": a letter with a number is no everyday word
    if len(letters) <= 2:
        return "never"
    if len(letters) == 3 and all(char.isascii() for char in letters):
        return "with_evidence"
    return "always"


def _mark(node: _Node) -> bool:
    """Set what each node's readers check, from the aliases below it; returns ``lower_ok``."""
    # Not-mentions only absorb what an alias found, so they alone make lower case worth reading only where
    # they are written so ("rio Níger").
    ok = any(
        entry.lower != "never" or bool(entry.lower_after) if isinstance(entry, AliasEntry) else entry.text[:1].islower()
        for entry in node.entries
    )
    node.entries, node.entry_langs = _one_per_language(node.entries)
    node.stemmed, node.bare, node.inflecting = map(_shared, (node.stemmed, node.bare, node.inflecting))
    if not node.children:
        node.children = _NO_CHILDREN  # one shared empty mapping for the leaves: the trie is complete here
    for child in node.children.values():
        ok = _mark(child) or ok
        child.plain = not child.stemmed and all(rule_for(lang) is None for lang in child.bare)
        node.inflects = node.inflects or bool(child.stemmed) or bool(child.inflecting)
    node.lower_ok = ok
    return ok


_WORD_BEFORE = re.compile(r"(\w+)\.?[^\S\n]+$")  # "incl. usa": an abbreviation's point


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` on its line, folded ("the" in "at the un"); "" if none."""
    found = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return fold_word(found[1]) if found else ""


_LANGUAGE_SETS: dict[frozenset[str], frozenset[str]] = {}
_NO_CHILDREN: dict[str, _Node] = {}


def _one_per_language(
    entries: list[Entry] | tuple[Entry, ...],
) -> tuple[tuple[Entry, ...], tuple[frozenset[str], ...]]:
    """The entries with those that differ only by language merged, and the languages of each.

    Many names are spelt alike in several languages ("Чад", "Непал" in seven Cyrillic ones): the reader
    checks each such alias once, not once per language, and finds one candidate.
    """
    merged: list[Entry] = []
    langs: list[set[str]] = []
    index: dict[tuple[object, ...], int] = {}
    for entry in entries:
        # Every field but the language; the ambiguity rule by identity (one compiled rule per block).
        same = (type(entry), *(id(entry.sense) if name == "sense" else getattr(entry, name)
                                for name in entry.__slots__ if name != "lang"))
        if same in index:
            langs[index[same]].add(entry.lang)
        else:
            index[same] = len(merged)
            merged.append(entry)
            langs.append({entry.lang})
    return tuple(merged), tuple(_shared(frozenset(each)) for each in langs)


def _shared(languages: frozenset[str]) -> frozenset[str]:
    """One object for each set of languages: a few sets recur thousands of times in the trie, and a stored
    matcher then holds (and a new process reads) each once."""
    return _LANGUAGE_SETS.setdefault(languages, languages)


_CYRILLIC_CAPITALS = re.compile("[\u0400-\u042f\u0490-\u04fe]+")
_LATIN_CAPITALS = re.compile("[A-Z]+")


#: Shorter acronyms begin too many words ("ВОЗ" "возможно", "ЕС" "если") for the scanner to look for endings after
#: them without reading each such word; their readings with endings are listed where a language uses them.
_SHORTEST_BORROWED = 4


def _borrowers(acronym: str, lang: str, listed: set[tuple[str, str]]) -> tuple[str, ...]:
    """The languages that join their endings to this acronym though it is listed in another (`ACRONYM_BORROWERS`):
    one word of four capitals or more in their script, not already listed in them."""
    if len(acronym) < _SHORTEST_BORROWED:
        return ()
    script = "Cyrillic" if _CYRILLIC_CAPITALS.fullmatch(acronym) else "Latin" if _LATIN_CAPITALS.fullmatch(acronym) else ""
    return tuple(other for other in ACRONYM_BORROWERS.get(script, ()) if other != lang and (acronym, other) not in listed)


def _same_letters_as_written(written: list[str], tokens: tuple[str, ...]) -> bool:
    """An exact-case alias read with endings ("ОДКБ" is exact; Kazakh "БҰҰ-ның" is not one token)."""
    return len(written) == len(tokens) and all(w.startswith(t) for w, t in zip(written, tokens, strict=True))


def _spellings(texts: list[str], hyphen_optional: bool) -> list[tuple[str, ...]]:
    """The token sequences to look a name up by: a hyphen between words may also be a space
    ("Confidence-Building" / "Confidence Building", "Guinea-Bissau" / "Guinea Bissau"). A name is read as
    text is ("مجموعة الـ77" without its tatweel)."""
    spellings = [tuple(tokenize(read_as(text))) for text in texts]
    if hyphen_optional:
        spellings += [tuple(t for t in tokens if t != "-") for tokens in spellings if "-" in tokens[1:-1]]
    return list(dict.fromkeys(spellings))


def _start_then_longest(candidate: Candidate) -> tuple[int, int]:
    return candidate.start, -candidate.end


def resolve_overlaps(matches: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping matches (the earliest among equals), in text order.

    ``matches`` must be in order of start. This is spaCy's ``filter_spans`` rule, applied
    cluster by cluster: overlapping matches are few and close together, so each cluster is tiny.
    """
    chosen: list[Candidate] = []
    cluster: list[Candidate] = []
    cluster_end = -1
    for match in matches:
        if match.start >= cluster_end and cluster:
            chosen.extend(cluster if len(cluster) == 1 else _longest_first(cluster))
            cluster = []
        cluster.append(match)
        cluster_end = max(cluster_end, match.end)
    chosen.extend(cluster if len(cluster) == 1 else _longest_first(cluster))
    return chosen


def _longest_first(cluster: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for match in sorted(cluster, key=lambda m: (m.start - m.end, m.start)):
        if all(match.end <= other.start or match.start >= other.end for other in kept):
            kept.append(match)
    return sorted(kept, key=_start_then_longest)


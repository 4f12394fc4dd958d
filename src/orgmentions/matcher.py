"""Validated entities -> candidate matches in a string, with character offsets.

The matcher works on plain strings so that `extract` and the spaCy component
share it. It never tokenizes the whole text: a regex finds the few places where a
name can start (a capital letter at a word start, or a hashtag), and only there
are tokens read, walking a trie of folded alias tokens. Overlaps: each walk keeps
its longest name, a word inside an unambiguous name starts no other, and what
still overlaps (hashtags, ambiguous names) goes to `resolve_overlaps`: the longest
match wins, then the earliest.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Literal, NamedTuple

from orgmentions.gazetteer import Gazetteer
from orgmentions.normalise import UPPERCASE_LETTERS, compact, fold, fold_punctuation, is_all_caps, text_forms, tokenize
from orgmentions.senses import VETOED, Document, SenseRule, judge, needs_evidence

AliasType = Literal["name", "acronym", "not_mention"]

# A name starts at a capital letter that begins a word (not a hashtag's body or an e-mail domain),
# or at a hashtag.
_CAPITALISED_WORD = re.compile(f"[{UPPERCASE_LETTERS}](?<![\\w#@].)\\w*")
_HASHTAG = re.compile(r"#(?<!\w#)\w+")
# The next token, after a gap that may hold one line break but not a blank line:
# names are broken across lines, never across paragraphs.
_NEXT_TOKEN = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)?(\w+|[^\w\s])")
# Pieces of a hashtag body, split where the case changes: "RussiaALBA" -> Russia, ALBA;
# "UNGeneralAssembly" -> UN, General, Assembly; "UNGA79" -> UNGA, 79.
_UPPER = f"[{UPPERCASE_LETTERS}]"
_LOWER = f"[^\\W\\d_{UPPERCASE_LETTERS}]"
_HASHTAG_PIECE = re.compile(f"\\d+|_+|{_UPPER}+(?={_UPPER}{_LOWER})|{_UPPER}?{_LOWER}+|{_UPPER}+")
_TRAILING_DIGITS = re.compile(r"\d+$")
_LETTERS = re.compile(r"[^\W\d_]+")
_HASHTAG_CACHE_SIZE = 50_000
_START_OF = itemgetter(0)  # Match.start, as a C-level key
ONE_SENSE = "accepted with evidence elsewhere in the document"
DEFINED = "in parentheses after its full name"
_END = ""  # trie key that holds the aliases ending at a node; no token is empty


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One alias as the matcher uses it."""

    entity_id: str | None  # None: a not-mention, which only absorbs overlapping matches
    text: str
    alias_type: AliasType
    tokens: tuple[str, ...]  # as written, typographic variants folded
    case: str
    sense: SenseRule | None  # set for an ambiguous alias

    @property
    def matched_by(self) -> str:
        return "acronym" if self.alias_type == "acronym" else "name"


class Match(NamedTuple):
    """An alias found at ``start:end`` of the text."""

    start: int
    end: int
    entry: AliasEntry
    matched_by: str  # "name", "acronym", "hashtag", "hashtag_part"
    evidence: str | None = None


@dataclass
class _HashtagIndex:
    exact: dict[str, AliasEntry] = field(default_factory=dict)  # acronyms, as written
    folded: dict[str, AliasEntry] = field(default_factory=dict)  # names, case-insensitive

    @functools.cached_property
    def longest(self) -> int:
        return max(map(len, itertools.chain(self.exact, self.folded)), default=0)

    def lookup(self, body: str, whole: bool) -> AliasEntry | None:
        entry = self.exact.get(body) or self.folded.get(body.casefold())
        if entry is None and whole and len(body) >= 4:
            # A hashtag made only of a long acronym is often written in lower case (#brics).
            entry = self.exact.get(body.upper())
        return entry


class Matcher:
    """Finds the mentions of gazetteer aliases in a string."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._trie: dict = {}
        self._hashtags = _HashtagIndex()
        self._hashtag_cache: dict[str, tuple[tuple[int, int, AliasEntry, str], ...]] = {}
        for entity in gazetteer:
            for alias, alias_type in entity.all_aliases():
                case = alias.case or ("exact" if alias_type == "acronym" else "initial")
                texts = gazetteer.variants(alias.text) if alias_type == "name" else [alias.text]
                sense = SenseRule.of(alias.ambiguous, gazetteer.word_sets) if alias.ambiguous else None
                for tokens in _spellings(texts, hyphen_optional=alias_type == "name"):
                    self._add(AliasEntry(entity.id, alias.text, alias_type, tokens, case, sense))
            for body in entity.hashtags:
                entry = AliasEntry(entity.id, body, "name", (body,), "initial", None)
                self._hashtags.folded.setdefault(body.casefold(), entry)
        for not_mention in gazetteer.not_mentions:
            for tokens in _spellings(gazetteer.variants(not_mention.text), hyphen_optional=True):
                self._add(AliasEntry(None, not_mention.text, "not_mention", tokens, "initial", None))

    def _add(self, entry: AliasEntry) -> None:
        node = self._trie
        for token in entry.tokens:
            node = node.setdefault(fold(token), {})
        node.setdefault(_END, []).append(entry)
        body = compact(entry.text) if entry.alias_type == "acronym" else compact(" ".join(entry.tokens))
        if not body:
            return
        if entry.alias_type == "acronym":
            self._hashtags.exact.setdefault(body, entry)
        else:
            self._hashtags.folded.setdefault(body.casefold(), entry)

    def find(self, text: str) -> list[Match]:
        """The mentions in ``text``: candidates, ambiguous ones judged on the document's evidence, overlaps resolved."""
        candidates = self.candidates(text)
        resolved = resolve_overlaps(candidates)
        doubtful = [m for m in candidates if m.entry.sense and needs_evidence(m.entry.sense, text, m.start, m.end)]
        if doubtful:
            resolved = resolve_overlaps(self._judged(text, candidates, resolved, doubtful))
        return [m for m in resolved if m.entry.entity_id is not None]

    def _judged(self, text: str, candidates: list[Match], resolved: list[Match], doubtful: list[Match]) -> list[Match]:
        """The candidates, each doubtful one either kept with its evidence or dropped, in order of start."""
        doubtful_ids = {id(m) for m in doubtful}
        certain = [m for m in resolved if m.entry.entity_id and id(m) not in doubtful_ids]
        document = Document(text, [(m.start, m.end, m.entry.entity_id) for m in certain])
        name_ends = {m.end: m.entry.entity_id for m in certain}
        kept = [m for m in candidates if id(m) not in doubtful_ids]
        settled = self._abbreviations(text, doubtful, name_ends)
        accepted_aliases = set()
        pending = doubtful
        while pending:
            unsupported = []
            known_ids = len(document.ids)
            for match in pending:
                reason = settled.get(id(match)) or judge(
                    match.entry.sense, match.entry.entity_id, document, match.start, match.end
                )
                if reason is None:
                    unsupported.append(match)
                elif reason != VETOED:
                    kept.append(match._replace(evidence=reason))
                    accepted_aliases.add((match.entry.entity_id, match.entry.text))
                    # An accepted mention is evidence too: "ONU" accepted on a cue supports "Conseil de sécurité".
                    document.ids.add(match.entry.entity_id)
            pending = unsupported if len(document.ids) > known_ids else []
        # One sense per discourse: an alias accepted with evidence keeps that sense elsewhere in the document.
        kept += [
            m._replace(evidence=ONE_SENSE) for m in unsupported if (m.entry.entity_id, m.entry.text) in accepted_aliases
        ]
        kept.sort(key=_START_OF)
        return kept

    @staticmethod
    def _abbreviations(text: str, doubtful: list[Match], name_ends: dict[int, str | None]) -> dict[int, str]:
        """The doubtful matches (by ``id``) that abbreviations in parentheses settle, with the reason.

        "Eurasian Economic Commission (EEC)" makes that "EEC" a mention (and, as an accepted
        mention, evidence for the later ones); "European Economic Community (EEC)" rules it and
        the later ones out until the letters are defined again.
        """
        settled: dict[int, str] = {}
        meaning: dict[tuple[str | None, str], bool] = {}
        for match in doubtful:  # in text order
            alias = (match.entry.entity_id, match.entry.text)
            defined = _parenthesised_definition(text, match, name_ends)
            if defined is not None:
                meaning[alias] = defined
                settled[id(match)] = DEFINED if defined else VETOED
            elif meaning.get(alias) is False:
                settled[id(match)] = VETOED
        return settled

    def candidates(self, text: str) -> list[Match]:
        """Every alias match in ``text`` before overlaps are resolved, in order of start."""
        found: list[Match] = []
        for hashtag in _HASHTAG.finditer(text):
            found.extend(self._hashtag(text, hashtag.start(), hashtag.end()))
        hashtag_matches = len(found)
        trie = self._trie
        # Every capitalised word of every document passes here; most start no name and are
        # dropped by this one comprehension (fold inlined), the cheapest test Python offers.
        starts = [
            (m, key)
            for m in _CAPITALISED_WORD.finditer(text)
            if (key := m[0].casefold()) in trie or (not key.isascii() and (key := _known_form(trie, m[0])) is not None)
        ]
        covered_until = 0  # the end of the furthest unambiguous name so far: words inside it start nothing new
        for start_match, key in starts:
            start = start_match.start()
            if start < covered_until:
                continue
            matches = self._walk(text, start, start_match.end(), start_match[0], trie[key])
            if matches:
                found.extend(matches)
                longest = matches[-1]
                if longest.entry.sense is None:
                    covered_until = longest.end
        if hashtag_matches and len(found) > hashtag_matches:
            found.sort(key=_START_OF)
        return found

    def _walk(self, text: str, start: int, pos: int, first: str, node: dict) -> list[Match]:
        """The aliases that start with the word ``first`` at ``start``, longest last.

        Shorter ones are kept only behind an ambiguous longest one, which may yet be rejected.
        """
        written = [first]
        matches: list[Match] = []
        while True:
            entries = node.get(_END)
            if entries:
                # A name ends a word: "U.S." is not in "U.S.S.R.", "Inde" (French India) not in
                # "Inde-⏎pendent", a word hyphenated across a line break.
                ends_word = (written[-1][-1].isalnum() or pos == len(text) or not text[pos].isalnum()) and (
                    not text.startswith("-\n", pos)
                )
                for entry in entries if ends_word else ():
                    # The scan only starts at capitals, so an "initial"-case name always fits;
                    # an acronym is most often written just as listed.
                    if entry.case == "initial" or entry.tokens == tuple(written) or _case_fits(entry, written):
                        matches.append(Match(start, pos, entry, entry.matched_by))
                        break
                if len(node) == 1:  # a leaf: no longer alias continues here
                    break
            token_match = _NEXT_TOKEN.match(text, pos)
            if token_match is None:
                break
            token = token_match[1]
            key = token.casefold()
            child = node.get(key)
            if child is None and not key.isascii():  # typographic variants, ё, Russian endings
                form = _known_form(node, token)
                child = node.get(form) if form is not None else None
            if child is None:
                break
            node = child
            written.append(token)
            pos = token_match.end()
        if len(matches) > 1 and matches[-1].entry.sense is None:
            return matches[-1:]
        return matches

    def _hashtag(self, text: str, start: int, end: int) -> list[Match]:
        return [
            Match(start + offset, start + offset + length, entry, matched_by)
            for offset, length, entry, matched_by in self._read_hashtag(text[start + 1 : end])
        ]

    def _read_hashtag(self, body: str) -> tuple[tuple[int, int, AliasEntry, str], ...]:
        """The (offset from '#', length, entry, matched_by) of what a hashtag names.

        A channel uses a small set of hashtags over and over, so this is cached per body.
        """
        found = self._hashtag_cache.get(body)
        if found is None:
            found = self._hashtag_cache[body] = tuple(self._segment_hashtag(body))
            if len(self._hashtag_cache) > _HASHTAG_CACHE_SIZE:
                self._hashtag_cache.clear()  # bounded memory on an endless stream of new hashtags
        return found

    def _segment_hashtag(self, body: str) -> Iterator[tuple[int, int, AliasEntry, str]]:
        # The whole body first; then without a trailing number, a session or a year, which makes the
        # hashtag compound: in #UNGA79 the part "UNGA" names the General Assembly (#G20 is found whole).
        name = _TRAILING_DIGITS.sub("", body)
        wholes = [(body, 0, len(body) + 1, "hashtag")]
        if name and name != body:
            wholes.append((name, 1, len(name), "hashtag_part"))
        for whole, offset, length, matched_by in wholes:
            entry = self._hashtags.lookup(whole, whole=True)
            if entry is not None:
                if entry.entity_id:
                    yield offset, length, entry, matched_by
                return
        pieces = [(m.start(), m.group()) for m in _HASHTAG_PIECE.finditer(body)]
        longest = self._hashtags.longest
        index = 0
        while index < len(pieces):
            # The runs of pieces from here, no longer than the longest listed body: a 6,000-character
            # hashtag costs no more per piece than a short one.
            runs = list(
                itertools.takewhile(
                    lambda run: len(run) <= longest, itertools.accumulate(piece for _, piece in pieces[index:])
                )
            )
            for length in range(len(runs), 0, -1):
                entry = self._hashtags.lookup(runs[length - 1], whole=False)
                if entry is not None:
                    # A not-mention part (#RussiaLatinAmerica) is consumed without a match.
                    if entry.entity_id is not None:
                        yield 1 + pieces[index][0], len(runs[length - 1]), entry, "hashtag_part"
                    index += length
                    break
            else:
                index += 1


def _known_form(node: dict, token: str) -> str | None:
    """The first lookup form of a token of running text that the trie ``node`` knows."""
    return next((form for form in text_forms(token) if form in node), None)


def _spellings(texts: list[str], hyphen_optional: bool) -> list[tuple[str, ...]]:
    """The token sequences to look a name up by: a hyphen between words may also be a space
    ("Confidence-Building" / "Confidence Building", "Guinea-Bissau" / "Guinea Bissau")."""
    spellings = [tuple(tokenize(text)) for text in texts]
    if hyphen_optional:
        spellings += [tuple(t for t in tokens if t != "-") for tokens in spellings if "-" in tokens[1:-1]]
    return list(dict.fromkeys(spellings))


def _parenthesised_definition(text: str, match: Match, name_ends: dict[int, str | None]) -> bool | None:
    """For a match in parentheses after a name, whether that name is its entity's own.

    True: "Eurasian Economic Commission (EEC)", a second mention. False: "(GCC)" closing
    "Commodity Strategy fund (GCC)", which defines the letters as something else. None: the
    match is not such a definition.
    """
    at = match.start
    while at > 0 and text[at - 1] == " ":
        at -= 1
    if at == 0 or text[at - 1] != "(":
        return None
    at -= 1
    while at > 0 and text[at - 1] in " \u00a0\n":
        at -= 1
    if name_ends.get(_before_possessive(text, at)) == match.entry.entity_id:
        return True
    closed = text.startswith(")", match.end) or text[match.end : match.end + 2] == " )"
    return False if closed and _ends_with_a_name(text, at) else None


def _ends_with_a_name(text: str, at: int) -> bool:
    """Whether the two words before ``at`` are capitalised, as in a name ("Center for Internet Security"),
    not a description ("the six Gulf monarchies")."""
    words = _LETTERS.findall(text, max(0, at - 80), at)
    return len(words) >= 2 and all(word[0].isupper() for word in words[-2:])


def _before_possessive(text: str, at: int) -> int:
    """Where a name ends that a possessive ending at ``at`` follows ("States’ (CIS)", "Council's (GCC)")."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(ending, 0, at):
            return at - len(ending)
    return at


def _case_fits(entry: AliasEntry, written: list[str]) -> bool:
    """Whether the text's case fits an alias of exact case: as written, or a name in a headline's capitals."""
    if all(fold_punctuation(token) == wanted for token, wanted in zip(written, entry.tokens, strict=True)):
        return True
    # A headline in capitals still names the entity; an acronym in capitals is just the acronym.
    return entry.alias_type != "acronym" and is_all_caps("".join(written))


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (the earliest among equals), in text order.

    ``matches`` must be in order of start, as `Matcher.candidates` returns them.

    This is spaCy's ``filter_spans`` rule, applied cluster by cluster: overlapping
    matches are few and close together, so each cluster is tiny.
    """
    chosen: list[Match] = []
    cluster: list[Match] = []
    cluster_end = -1
    for match in matches:
        if match.start >= cluster_end and cluster:
            chosen.extend(cluster if len(cluster) == 1 else _longest_first(cluster))
            cluster = []
        cluster.append(match)
        if match.end > cluster_end:
            cluster_end = match.end
    chosen.extend(cluster if len(cluster) == 1 else _longest_first(cluster))
    return chosen


def _longest_then_earliest(match: Match) -> tuple[int, int]:
    return match.start - match.end, match.start


def _start_then_longest(match: Match) -> tuple[int, int]:
    return match.start, -match.end


def _longest_first(cluster: list[Match]) -> list[Match]:
    kept: list[Match] = []
    for match in sorted(cluster, key=_longest_then_earliest):
        if all(match.end <= other.start or match.start >= other.end for other in kept):
            kept.append(match)
    return sorted(kept, key=_start_then_longest)

"""Anaphora: the generic nouns a text calls a body by after naming it ("the Organisation", "Союза").

An opt-in step after judging (`Extractor(anaphora=True)`): it reads the text and the document's
mentions and returns anaphor mentions, `matched_by="anaphora"`. Which noun may stand for which body
is data (``anaphora:`` in the gazetteers, per category and per entity, per language); this module
decides where a noun is an anaphor and what it refers to.

How it decides, and why:

- A noun is an anaphor only as a definite noun phrase of its own: after a determiner where the
  language has articles ("the", "our", "la", "l'"), with at most a few modifiers between ("the world
  Organization", "the 10-member bloc", "the Moscow-led bloc"). A capital word after it makes it part
  of another name ("Union Station", "the Organization of American States"), and so does a capital word
  before a capitalised noun ("the Soviet Union", "Советского Союза"). Plurals are not listed; plural
  determiners, superlatives, ordinals and (Russian) copulas before it make a description, not a
  reference back. The span is the noun phrase without the determiner.
- Which body: among the compatible bodies named before it (naming an organ names its parent), leave
  out one joined to it by "and"; for a capitalised noun keep the bodies whose own name holds it ("the
  Alliance": "North Atlantic Alliance"), and for any noun those whose name a describing word echoes
  ("европейский блок"). Then the most recent one, except that the body the document is about (named
  first, and at least twice) keeps its noun from a body named once in passing in a paragraph that
  names the topic too, and from one named only in an earlier paragraph. Official texts call the body
  they are about by its generic noun throughout and name other bodies in passing; the most recent body
  alone was wrong wherever a CSTO text named the UN once. Two compatible bodies named in one sentence
  just before leave the noun unresolved ("the EU and NATO ... the bloc") unless one is the topic,
  named twice as often. Resolved anaphors extend a body's chain.
- Before all that, a cue of the anaphor's sentence (``anaphora: cues:``, per body: "veto" for the
  Security Council, "Strasbourg" for the Council of Europe, "193" for the UN) picks the latest named
  body it points to: knowledge of the world that recency cannot supply. A cue never brings in a body
  the text has not named.
- A lower-case noun with two compatible bodies named in its paragraph resolves only to the latest
  where the paragraph names it at least twice as often as any other; otherwise it stays unresolved.
  An unresolved anaphor costs recall only, a wrong one precision too.
- A capitalised noun inside a sentence is the strong case: its body may have been named up to
  `STRONG_REACH` characters back. A lower-case noun ("the bloc"), a noun that opens a sentence without
  a determiner (Russian "Организация призвала"), or a capitalised noun describing another without its
  article ("in Commonwealth bodies") is weak: the body must be named within `WEAK_REACH` characters,
  or be the document's topic where nothing compatible was named in the paragraph.
- Nothing where no compatible body was named: "the Union" in a text about the American Civil War,
  "the Council" of a city, "the bank" of a river.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import ahocorasick_rs

from orgmentions.gazetteer import Gazetteer
from orgmentions.records import Mention, trusted
from orgmentions.schema import AnaphoraLanguage, AnaphorNoun

#: How far back (characters, from the antecedent's end to the anaphor) a body may have been named.
STRONG_REACH = 3000
WEAK_REACH = 400
#: Two compatible bodies this close were named together: the anaphor may mean either.
NAMED_TOGETHER = 120

_PREVIOUS_WORD = re.compile(r"([\w'’.-]*\w[.]?)[^\S\n]+$|([lL]['’])$")
_FOLLOWING_WORD = re.compile(r"[^\S\n]([\w-]{4,}\w)(?![\w-])")
_NEXT_WORDS = re.compile(r"(['’]s(?!\w))?[^\S\n]+[«\"“„]?(\w+)(?:[^\S\n]+(\w+))?(?:[^\S\n]+(\w+))?")
_SENTENCE_END = ".!?…\n:;«\"“„("
#: What joins two bodies in one phrase: "the Arab League and of the Organisation", "ОДКБ и Организации"; not
#: "or", which names one body twice ("SCO or the Organisation"), nor ", and", which joins clauses ("members of
#: NATO, and the alliance's exercises").
_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?…][\s»\"”]|\n")
_COORDINATED = re.compile(r"[^\w,]*(?:and|и|y|et)(?:\W+\w{1,4}){0,2}\W*", re.IGNORECASE)


@dataclass(slots=True)
class _Candidate:
    """A compatible body named before an anaphor: its latest mention and how often it was named."""

    body: str
    last: Mention
    root: Mention
    count: int = 0
    #: Namings in the anaphor's paragraph, a name and its acronym in brackets counted once.
    in_paragraph: int = 0
    first_start: int = -1

    def __post_init__(self) -> None:
        self.first_start = self.last.start


@dataclass(frozen=True, slots=True)
class _Sense:
    """What one listed noun form may stand for, in one language."""

    lang: str
    noun: AnaphorNoun
    ids: frozenset[str]


class AnaphoraResolver:
    """Finds and resolves the anaphors of one gazetteer's ``anaphora:`` data."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._languages: dict[str, AnaphoraLanguage] = dict(gazetteer.anaphora.languages)
        self._entities = {entity.id: entity for entity in gazetteer}
        self._holds: dict[tuple[str, str, str], bool] = {}
        self._alias_langs: dict[tuple[str, str], str | None] = {}
        self._senses: dict[str, list[_Sense]] = {}
        for noun, ids in gazetteer.anaphora.nouns:
            if not ids:
                continue
            for form in dict.fromkeys([noun.text, *noun.forms]):
                for spelling in gazetteer.variants(form):
                    self._senses.setdefault(spelling.lower(), []).append(_Sense(noun.lang or "en", noun, ids))
        self._forms = sorted(self._senses)
        # One Aho-Corasick pass over the lower-cased text: a regex alternation of every form costs more than
        # the whole matcher.
        self._scanner = (
            ahocorasick_rs.AhoCorasick(self._forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            if self._forms
            else None
        )
        # Per language, lower-cased: the words around a noun phrase.
        self._words = {
            lang: (
                {w.lower() for w in settings.determiners},
                {w.lower() for w in settings.blocking},
                {w.lower() for w in settings.name_links},
                tuple(e.lower() for e in settings.modifier_endings),
            )
            for lang, settings in self._languages.items()
        }
        self._any_determiner = frozenset().union(*(words[0] for words in self._words.values()))
        self._any_name_link = frozenset().union(*(words[2] for words in self._words.values()))
        # Per language and body, the words of its sentence that point to it ("veto": the Security Council).
        cue_words: dict[tuple[str, str], list[str]] = {}
        for body, cue in gazetteer.anaphora.cues:
            # A number is a whole number: "193" is not "1930".
            cue_words.setdefault((cue.lang or "en", body), []).append(
                re.escape(cue.text) + (r"(?!\d)" if cue.text[-1].isdigit() else "")
            )
        self._cues: dict[str, dict[str, re.Pattern[str]]] = {}
        for (lang, body), words in cue_words.items():
            self._cues.setdefault(lang, {})[body] = re.compile(rf"(?<!\w)(?:{'|'.join(words)})", re.IGNORECASE)

    def resolve(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The anaphor mentions of ``text``, given its other ``mentions`` (in text order)."""
        named = [m for m in mentions if m.kind == "organisation" and m.canonical_id and m.matched_by != "model"]
        if not named or self._scanner is None:
            return []
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): keep offsets
            lowered = "".join(char.lower()[0] for char in text)
        starts = [m.start for m in mentions]
        ends = [m.end for m in mentions]
        chain: list[tuple[Mention, Mention]] = [(m, m) for m in named]  # (mention, the named mention it goes back to)
        found: list[Mention] = []
        # The languages the document names bodies in: a bare capitalised noun describing another ("in Commonwealth
        # bodies") is read only in one of them, as every German noun has a capital ("an Organisation und Geld").
        name_langs: frozenset[str | None] = frozenset(self._alias_lang(m) for m in named)
        for _, start, end in self._scanner.find_matches_as_indexes(lowered):
            if start < named[0].end or not _stands_alone(text, start, end):
                continue
            first = bisect_left(ends, start + 1)
            if first < len(starts) and starts[first] < end:
                continue  # part of a name already found ("Eurasian Economic Union")
            mention = self._resolve_one(text, start, end, chain, name_langs)
            if mention is not None:
                found.append(mention[0])
                at = bisect_left([m.start for m, _ in chain], mention[0].start)
                chain.insert(at, mention)
        return found

    def _resolve_one(
        self, text: str, start: int, end: int, chain: list[tuple[Mention, Mention]], name_langs: frozenset[str | None]
    ) -> tuple[Mention, Mention] | None:
        written = text[start:end]
        if len(written) > 1 and written.isupper():
            return None  # a headline in capitals says nothing about proper use
        capital = written[0].isupper()
        senses = self._senses[written.lower()]
        langs = {
            lang: ids
            for lang in dict.fromkeys(sense.lang for sense in senses)
            if (ids := frozenset().union(*(s.ids for s in senses if s.lang == lang and (capital or s.noun.lower == "weak"))))
        }
        if not langs:
            return None  # "the union", "the council": in lower case in no language's list
        # Names written alike in many languages ("NATO") say nothing of the document's.
        phrases = {
            lang: self._noun_phrase(text, start, end, lang, lang in name_langs or name_langs <= {None}) for lang in langs
        }
        if False in phrases.values():
            # A blocking word of one language that writes this noun makes it another body in every language:
            # Ukrainian "інший альянс" is no Russian "альянс" after an adjective.
            return None
        for lang, ids in langs.items():
            phrase = phrases[lang]
            if not phrase:
                continue
            span_start, opens_sentence = phrase
            end = self._span_end(text, end, lang)
            # Where every noun has a capital (German), the capital says nothing: the noun is weak, as in lower case.
            proper = capital and not self._languages[lang].nouns_capitalised
            if opens_sentence and self._languages[lang].case_forms_plural and not any(s.lang == lang and s.noun.text.lower() == written.lower() for s in senses):
                continue  # opening a sentence, only the subject form refers back: "Организации ..." may be plural
            strong = proper and not opens_sentence
            base = next(s.noun.text for s in senses if s.lang == lang)
            # Capitalised words before a lower-case noun must echo its body's name: "the North Atlantic bloc".
            described = [
                word
                for word in text[span_start:start].split()
                if _is_proper_modifier(word) and not _is_modifier(word, self._words[lang][3])  # not "Moscow-led"
            ]
            cued = self._cued(text, start, lang, ids)
            if described:
                # "the Strasbourg organization": a place the body sits in describes it as its name would.
                ids = frozenset(
                    i for i in ids if i in cued or all(self._name_holds(i, word, lang) for word in described)
                )
            modifiers = [w for w in _WORD.findall(text[span_start:start]) if len(w) > 3 and w.isalpha()]
            resolved = self._antecedent(text, span_start, (base, lang), modifiers, ids, cued, proper, strong, chain)
            if resolved is None:
                continue
            antecedent, root = resolved.last, resolved.root
            entity = self._entities[resolved.body]
            how = "capitalised" if strong else "weak: named close by"
            if root.canonical_id != entity.id:
                how += f"; {root.text!r} is part of it"
            via = f", through {antecedent.text!r} at {antecedent.start}:{antecedent.end}" if antecedent is not root else ""
            record = trusted(
                Mention,
                {
                    "text": text[span_start:end],
                    "start": span_start,
                    "end": end,
                    "canonical_id": entity.id,
                    "kind": entity.kind,
                    "name": entity.name,
                    "matched_by": "anaphora",
                    "alias": senses[0].noun.text if senses[0].lang == lang else written,
                    "evidence": f"refers back to {root.text!r} at {root.start}:{root.end}{via} ({how})",
                },
            )
            return record, root
        return None

    def _noun_phrase(
        self, text: str, start: int, end: int, lang: str, named_in_lang: bool = True
    ) -> tuple[int, bool] | bool | None:
        """Where the noun phrase of the noun at ``start:end`` begins (without its determiner), and whether
        it stands bare (opening a sentence with nothing before it, or describing another noun without
        an article); None where it is no anaphor in this language, False where a blocking word of this
        language makes it none in any. Endings and punctuation are read in this language only: Belarusian
        "-ны" makes Russian "члены" an adjective."""
        settings = self._languages[lang]
        determiners, blocking, name_links, endings = self._words[lang]
        plural = tuple(e.lower() for e in settings.plural_endings)
        following = _NEXT_WORDS.match(text, end)
        if following is not None and not following.group(1):  # after "'s" a capital is the next noun phrase's
            word, after, third = following.group(2, 3, 4)
            if word.lower() in settings.blocking_after or f"{word} {after}".lower() in settings.blocking_after:
                return False  # "o grupo armado", "o grupo de trabalho"
            if word[0].isupper() and not (settings.nouns_capitalised and not word.lower().endswith(endings)):
                # "Union Station", "Организация Объединенных Наций", "формате «ШОС плюс»"; where every noun has a
                # capital, only a declined adjective makes a name ("Organisation Amerikanischer Staaten"), not the
                # next noun ("hat die Organisation Beobachterstatus").
                return None
            if word.lower() in name_links:
                linked = third if after is not None and after.lower() in determiners else after
                if linked is not None and linked[0].isupper():
                    return None  # "the Union of South American Nations", "the Commission of the Customs Union"
        span_start = position = start
        # A lower-case noun is no name, so a place before it describes it: "the South American bloc".
        lower_case = text[start].islower()
        modifiers = 0
        determiner = False
        while True:
            before = _PREVIOUS_WORD.search(text, max(0, position - 60), position)
            if before is None:
                if text[max(0, position - 8) : position].rstrip().endswith(tuple(settings.predicate_marks)):
                    return None  # "ГУАМ — регіональна організація" describes, it does not refer back
                break
            word = before.group(1) or before.group(2)
            if word.endswith(".") and "." not in word[:-1] and len(word) > 3:
                break  # the previous sentence's last word ("Вашингтона. Блок ..."), not an abbreviation ("U.S.")
            folded = word.lower()
            if folded in determiners:
                determiner = True
                break
            if folded in blocking or folded.rsplit("-", 1)[-1] in blocking:
                return False  # "the other bloc", "другой альянс", "the second-largest organization"
            if folded.endswith(plural) and len(word) >= 4:
                return None  # "міжнародні організації": the case form is a plural's too
            if modifiers < settings.max_modifiers and (
                _is_modifier(word, endings) or (lower_case and settings.determiner_required and _is_proper_modifier(word))
            ):
                modifiers += 1
                span_start = position = before.start(1)
                continue
            if not settings.determiner_required and settings.capital_before_names and word[0].isupper() and (
                folded.endswith(endings) if endings else not _opens_sentence(text, before.start())
            ):
                # A capitalised adjective before it makes a name: "Советского Союза", "Парламентской Ассамблеи";
                # a capitalised noun does not: "поручают Секретариату Организации".
                return None
            break
        if settings.determiner_required and not determiner:
            # Without its article only as a capitalised noun describing a lower-case one inside a sentence:
            # "participation in Commonwealth bodies" (weak, as it might be a name's word too: "Union forces").
            # The words around it are read in every language: "the Union of" is no French "Union" without article.
            previous = _PREVIOUS_WORD.search(text, max(0, start - 60), start)
            previous_word = (previous.group(1) or previous.group(2)) if previous is not None else ""
            attributive = (
                named_in_lang
                and not settings.nouns_capitalised
                and text[start].isupper()
                and previous_word[:1].islower()
                and previous_word not in self._any_determiner
                and following is not None
                and not following.group(1)
                and following.group(2)[0].islower()
                and following.group(2).lower() not in self._any_name_link
            )
            return (start, True) if attributive else None
        return span_start, not determiner and span_start == start and _opens_sentence(text, start)

    def _alias_lang(self, mention: Mention) -> str | None:
        """The language of the alias a named mention matched (None for one written alike in many)."""
        key = (mention.canonical_id or "", mention.alias or "")
        if key not in self._alias_langs:
            entity = self._entities.get(key[0])
            # An acronym listed without a language is everyone's ("NATO"), and so is a name in capitals ("GUAM");
            # another name without one is English.
            aliases = entity.all_aliases() if entity is not None else []
            langs = {
                None if key[1].isupper() and (a.lang or "en") == "en" else a.lang or "en"
                for a, _ in aliases
                if a.text == key[1]
            }
            self._alias_langs[key] = langs.pop() if len(langs) == 1 else None
        return self._alias_langs[key]

    def _span_end(self, text: str, end: int, lang: str) -> int:
        """Where the noun phrase ends: after an adjective that follows the noun ("a organização lusófona")."""
        endings = tuple(e.lower() for e in self._languages[lang].modifier_endings_after)
        following = _FOLLOWING_WORD.match(text, end) if endings else None
        if following is not None and following.group(1)[0].islower() and following.group(1).lower().endswith(endings):
            return following.end(1)
        return end

    def _antecedent(
        self,
        text: str,
        start: int,
        noun: tuple[str, str],
        modifiers: list[str],
        ids: frozenset[str],
        cued: frozenset[str],
        capital: bool,
        strong: bool,
        chain: list[tuple[Mention, Mention]],
    ) -> _Candidate | None:
        """The body an anaphor at ``start`` refers back to, with its latest mention before it."""
        bodies: dict[str, _Candidate] = {}
        paragraph = text.rfind("\n", 0, start) + 1
        for mention, root in chain:
            if mention.end > start:
                break
            body = mention.canonical_id
            if body not in ids:
                # An organ names its parent too: after "Совет ЕС", "Союз" is the EU.
                entity = self._entities.get(body or "")
                body = entity.parent if entity is not None else None
            if body in ids:
                candidate = bodies.get(body)  # type: ignore[arg-type]
                if candidate is None:
                    candidate = bodies[body] = _Candidate(body, mention, root)  # type: ignore[index]
                elif mention.start >= paragraph and text[candidate.last.end : mention.start].strip() == "(":
                    candidate.in_paragraph -= 1  # "Central American Integration System (SICA)" names it once
                candidate.in_paragraph += mention.start >= paragraph
                candidate.last, candidate.root = mention, root
                candidate.count += body == mention.canonical_id  # an organ's mention does not make its parent a topic
        # A body joined to the anaphor by "and" is another one: "the Arab League and of the Organisation".
        named = [c for c in bodies.values() if not _COORDINATED.fullmatch(text, c.last.end, start)]
        # A word of the sentence that holds of one body alone decides: "without the veto, the great powers would
        # ignore the Council" is the Security Council though the Council of Europe was named last.
        by_cue = [c for c in named if c.body in cued and start - c.last.end <= STRONG_REACH]
        if by_cue:
            return max(by_cue, key=lambda c: c.last.end)
        near = [c for c in named if start - c.last.end <= (STRONG_REACH if strong else WEAK_REACH)]
        candidates = near
        if not near or max(c.last.end for c in near) < paragraph:
            # Nothing compatible named in this paragraph: the body the document is about (named at least twice)
            # stays in reach of a lower-case noun for longer ("the grouping" in the last paragraph of a BRICS story).
            candidates = near + [c for c in named if c not in near and c.count >= 2 and start - c.last.end <= STRONG_REACH]
        if not candidates:
            return None
        # The body whose own name holds a capitalised noun is what it stands for ("Североатлантический альянс" for
        # "Альянс", not the CSTO). Not so in lower case: "the group" is BRICS as much as the "Group of Twenty".
        if capital:
            candidates = [c for c in candidates if self._name_holds(c.body, *noun)] or candidates
        # So is the body whose name a describing word echoes: "европейский блок" is the EU, not the EAEU.
        lang = noun[1]
        candidates = [
            c for c in candidates if any(self._name_holds(c.body, word, lang) for word in modifiers)
        ] or candidates
        recent = max(candidates, key=lambda c: c.last.end)
        topic = max(candidates, key=lambda c: (c.count >= 2, -c.first_start))
        in_paragraph = [c for c in candidates if c.in_paragraph]
        if not capital and len(in_paragraph) >= 2:
            # A lower-case noun is weak evidence: with two compatible bodies in its paragraph it means the latest only
            # where the paragraph is about it, naming it twice as often as any other ("NATO's activity near the
            # Commonwealth. The North Atlantic Alliance ... the Alliance, and the bloc's members"); otherwise either
            # ("our work in BRICS. Several SCO members are also members of the grouping"). Left unresolved it costs
            # recall only; resolved wrongly, precision too.
            if all(recent.in_paragraph >= 2 * c.in_paragraph for c in in_paragraph if c is not recent):
                return recent
            return None
        if topic is not recent and topic.count >= 2 and (
            recent.last.end < paragraph or (recent.count <= 1 and topic.last.end >= paragraph)
        ):
            # A body named only in an earlier paragraph, or once in passing in a paragraph that also names the
            # topic ("registered with the United Nations"), does not take the document's generic noun from the body
            # the document is about; a body just introduced in a paragraph of its own does ("председательствует в
            # БРИКС. Какие задачи стоят перед объединением?").
            return topic
        rivals = [
            c
            for c in candidates
            if c is not recent
            and recent.last.start - c.last.end <= NAMED_TOGETHER
            and not _SENTENCE_BREAK.search(text, c.last.end, recent.last.start)  # in one sentence
        ]
        if rivals:
            # Named together in one sentence just before ("the EU and NATO ... the bloc"): either may be meant,
            # unless one is the body the document is about, named twice as often as the others ("ОДКБ, ООН,
            # СНГ и ШОС ... Организации").
            together = [recent, *rivals]
            if topic in together and all(topic.count >= 2 * c.count for c in together if c is not topic):
                return topic
            return None
        return recent

    def _cued(self, text: str, start: int, lang: str, ids: frozenset[str]) -> frozenset[str]:
        """The bodies among ``ids`` that a cue of the anaphor's sentence points to."""
        cues = self._cues.get(lang, {})
        if ids.isdisjoint(cues):
            return frozenset()
        sentence_start = max(0, start - 400)
        for sentence_break in _SENTENCE_BREAK.finditer(text, sentence_start, start):
            sentence_start = sentence_break.end()
        after = _SENTENCE_BREAK.search(text, start, start + 400)
        sentence_end = after.start() if after is not None else min(len(text), start + 400)
        return frozenset(
            body for body, pattern in cues.items() if body in ids and pattern.search(text, sentence_start, sentence_end)
        )

    def _name_holds(self, entity_id: str, noun: str, lang: str) -> bool:
        """Whether one of the entity's own names in the noun's language has a word that begins like the noun
        ("Collective Security Treaty Organization" for "the Organization"; not "Organismo" for it)."""
        key = (entity_id, noun, lang)
        if key not in self._holds:
            stem = noun.lower()[:6]  # a shared stem is enough: "Organisation"/"Organization", "Союз"/"союза"
            entity = self._entities[entity_id]
            self._holds[key] = any(
                (alias.lang or "en") == lang and any(word.startswith(stem) for word in _WORD.findall(alias.text.lower()))
                for alias, _ in entity.all_aliases()
            )
        return self._holds[key]


def _is_modifier(word: str, endings: tuple[str, ...]) -> bool:
    """A word that may stand between the determiner and the noun: lower case ("world", "10-member",
    "Moscow-led"), or, where the language lists adjective endings, a lower-case adjective ("военного")."""
    last = word.rsplit("-", 1)[-1]
    if not last or not (last[0].islower() or last[0].isdigit()):
        return False
    if endings:
        return len(word) >= 4 and word.lower().endswith(endings)
    return word[0].islower() or word[0].isdigit() or "-" in word


def _is_proper_modifier(word: str) -> bool:
    """A capitalised word that may describe a lower-case noun ("South", "American", "Hague-based"); not an
    acronym, which names a body of its own ("the EU bloc")."""
    return word[0].isupper() and not word.isupper() and word.replace("-", "").isalpha()


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is a whole word: not inside a word, a hashtag, an account or a compound."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_#@&-" or after.isalnum() or after in "_-")


def _opens_sentence(text: str, position: int) -> bool:
    """Whether only spaces stand between ``position`` and the start of its sentence (or line)."""
    index = position - 1
    while index >= 0 and text[index] in " \t\u00a0":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_END

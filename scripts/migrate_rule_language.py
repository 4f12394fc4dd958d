"""Rewrite gazetteer files from the first rule language into the second (run once per file; idempotent).

    python scripts/migrate_rule_language.py gazetteers/*.yaml

What changes, and why:
- A cue or veto used to match its case exactly when it held a capital letter, and in any case
  when written in lower case, so the data carried "member states" and "Member States" (and
  "SUMMIT") side by side. Now every phrase matches in any case unless it says ``case: exact``.
  Case copies collapse into one entry; a phrase written wholly in capitals (an acronym, or a
  headline word that only a headline rule looks for) keeps its exact case explicitly.
- Phrases typed again and again become named ``word_sets``: a block that used most of a set's
  phrases now uses the set by name (``cue_sets: [...]``).
- Aliases that are also lower-case words get an explicit ``lower`` policy (see LOWER below).

The files are edited as text, line by line, so comments and layout stay as people wrote them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

# Named word sets: each is written into the first file migrated that uses it (organisations.yaml).
WORD_SETS: dict[str, list[str]] = {
    "diplomatic_meetings": [
        "member states", "summit", "foreign ministers", "heads of state", "chairmanship", "secretary-general",
        "secretary general", "ministerial",
    ],
    "post_soviet_states": [
        "Russia", "Kazakhstan", "Belarus", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Armenia", "Azerbaijan",
        "Moldova", "Turkmenistan", "Moscow", "Minsk", "Astana", "Bishkek", "Baku", "Dushanbe", "Tashkent", "Yerevan",
        "post-Soviet", "Eurasian",
    ],
    "un_context": [
        "United Nations", "Secretary-General", "Guterres", "New York", "Geneva", "resolution", "resolutions",
    ],
}
#: How many of a set's phrases a block must already use before the set replaces them.
SET_THRESHOLD = 3

# Aliases that may be written in lower case only with evidence, because the lower-case letters
# are also an everyday word (china the porcelain, turkey the bird, chile the pepper).
LOWER: dict[str, str] = {
    "China": "with_evidence",
    "Turkey": "with_evidence",
    "Chad": "with_evidence",
    "Jordan": "with_evidence",
    "Guinea": "with_evidence",
    "Chile": "with_evidence",
    "Brazil": "with_evidence",
    "Morocco": "with_evidence",
    "Panama": "with_evidence",
    "Georgia": "with_evidence",
    "Japan": "with_evidence",
    "Niger": "with_evidence",
    "Iceland": "with_evidence",
    # Acronyms that are no everyday word and that informal posts write in lower case.
    "NATO": "always",
    "BRICS": "always",
    "CSTO": "always",
    "EAEU": "always",
    "ASEAN": "always",
    "OPEC": "always",
    "APEC": "always",
    "CELAC": "always",
    "OSCE": "always",
    "UNESCO": "always",
    "UNICEF": "always",
    "UNSC": "always",
    "UNGA": "always",
    "ECOWAS": "always",
    "MERCOSUR": "always",
    "Mercosur": "always",
    "НАТО": "always",
    "БРИКС": "always",
    "ОДКБ": "always",
    "ЕАЭС": "always",
    "ОБСЕ": "always",
    "АСЕАН": "always",
}


_PHRASE_LIST = re.compile(r"^(?P<indent> *)(?P<key>cues|against): \[")
_ALIAS_LINE = re.compile(r"^(?P<indent> *)- (?:text: )?(?P<text>[^{}#\n]+?)\s*(?P<comment>#.*)?$")
WIDTH = 116


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _phrase_text(entry: object) -> str:
    return entry["text"] if isinstance(entry, dict) else str(entry)


def _migrate_phrases(phrases: list) -> list:
    """Collapse case copies; an all-capitals phrase with no other-case copy keeps its case explicitly."""
    by_fold: dict[str, list] = {}
    for entry in phrases:
        by_fold.setdefault(_phrase_text(entry).casefold(), []).append(entry)
    migrated: list = []
    for copies in by_fold.values():
        texts = [_phrase_text(copy) for copy in copies]
        if any(isinstance(copy, dict) for copy in copies):
            migrated.append(copies[0])
        elif all(_is_capitals(text) for text in texts):
            migrated.append({"text": texts[0], "case": "exact"})
        else:
            # One any-case entry: prefer the lower-case spelling where the data had one.
            migrated.append(min(texts, key=lambda text: (text != text.lower(), texts.index(text))))
    return migrated


def _word_sets_for(cues: list) -> tuple[list, list[str]]:
    """The cues left after named sets that the block mostly used replace their phrases, and those sets."""
    used = []
    for name, members in WORD_SETS.items():
        folded = {member.casefold() for member in members}
        shared = [cue for cue in cues if _phrase_text(cue).casefold() in folded]
        if len(shared) >= SET_THRESHOLD:
            cues = [cue for cue in cues if cue not in shared]
            used.append(name)
    return cues, used


def _scalar(entry: object) -> str:
    if isinstance(entry, dict):
        return "{" + ", ".join(f"{key}: {_scalar(value)}" for key, value in entry.items()) + "}"
    text = str(entry)
    plain = yaml.safe_load(f"[{text}]") == [text] if text else False
    return text if plain else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow_list(prefix: str, entries: list) -> list[str]:
    """``prefix: [a, b, ...]`` wrapped at WIDTH, continuation lines aligned after the bracket."""
    lines, current = [], prefix + "["
    pad = " " * len(current)
    items = [_scalar(entry) for entry in entries]
    for index, item in enumerate(items):
        piece = item + ("]" if index == len(items) - 1 else ",")
        if len(current) + 1 + len(piece) > WIDTH and current.strip() not in ("", prefix.strip() + " ["):
            lines.append(current.rstrip())
            current = pad + piece
        else:
            current += ("" if current.endswith("[") else " ") + piece
    lines.append(current)
    return lines


def migrate_text(lines: list[str]) -> tuple[list[str], set[str]]:
    out: list[str] = []
    used_sets: set[str] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        match = _PHRASE_LIST.match(line)
        if match:
            end = index
            while "]" not in lines[end].split("#")[0]:
                end += 1
            chunk = " ".join(part.split("#")[0].strip() for part in lines[index : end + 1])
            entries = yaml.safe_load(chunk)[match["key"]]
            entries = _migrate_phrases(entries)
            sets: list[str] = []
            if match["key"] == "cues":
                entries, sets = _word_sets_for(entries)
            prefix = f"{match['indent']}{match['key']}: "
            if entries:
                out += _flow_list(prefix, entries)
            if sets:
                out += _flow_list(f"{match['indent']}cue_sets: ", sets)
                used_sets.update(sets)
            index = end + 1
            continue
        alias = _ALIAS_LINE.match(line)
        text = alias["text"].strip() if alias else None
        if alias and text in LOWER and "lower:" not in "".join(lines[index : index + 3]):
            comment = f"  {alias['comment']}" if alias["comment"] else ""
            if line.lstrip().startswith("- text:"):
                out.append(line)
                out.append(f"{alias['indent']}  lower: {LOWER[text]}")
            else:
                out.append(f"{alias['indent']}- {{text: {text}, lower: {LOWER[text]}}}{comment}")
            index += 1
            continue
        out.append(line)
        index += 1
    return out, used_sets


def main(paths: list[str]) -> int:
    defined: set[str] = set()
    for path in map(Path, paths):
        lines = path.read_text(encoding="utf-8").split("\n")
        defined |= set((yaml.safe_load("\n".join(lines)) or {}).get("word_sets") or {})
        lines, used = migrate_text(lines)
        missing = sorted(used - defined)
        if missing:
            block = ["word_sets:                   # phrases many ambiguity blocks share; used by name in cue_sets"]
            for name in missing:
                block += _flow_list(f"  {name}: ", WORD_SETS[name])
            first_key = next(i for i, line in enumerate(lines) if re.match(r"^[a-z_]+:", line))
            lines[first_key:first_key] = block + [""]
            defined |= set(missing)
        path.write_text("\n".join(lines), encoding="utf-8")
        print(f"{path}: migrated; word sets used: {', '.join(sorted(used)) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Across documents: local entities -> groups that name one real-world entity.

Precision before recall: a wrong merge corrupts every fact hung on the entity. Candidates are found
through dictionaries (blocking), never by comparing every pair, so the work grows with the number of
mentions, not its square. Four passes:

1. Full names that fold to the same string merge (a one-word name used for a person in one document and
   for a place in another stays two entities).
2. Spelling and transliteration variants merge when their variant keys are equal (Oskarbayev /
   Oskarbaev, Massimov / Masimov, Centre / Center, Apple Inc. / Apple), checked against context: the
   kinds must agree; for a person the first names must be variants of each other and, unless one part of
   the name is spelt the same, the two must be seen together (one document, or a shared entity).
3. Near spellings the key misses (a typo) merge on a phonetic key and string similarity, with the same
   checks and always with context (``_merge_near_spellings``).
4. Partial local entities (a surname alone, "T. Oskarbaev", a bare acronym) join the one entity they can
   be: the only person with that surname (the initial agreeing), the only entity with that acronym. When
   several fit (namesakes, relatives), the one sharing most other entities with the document wins only if
   it shares strictly more than the next; otherwise the partial entity stays apart. A lone surname with no
   such person anywhere joins the one place or body of that name (the model's label was wrong). Partial
   entities left over merge with others of the same form. An organisation's name used elsewhere as a
   short form ("Open Hands"), or one rare word that starts exactly one longer organisation's name
   ("Lockheed" / "Lockheed Martin"), joins that entity; a whole entity joins another only when all its
   members point there, or it shares clearly most context with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract.entities.names import acronym_letters, first_names_agree, fold, initials, is_region_of, variant_key
from .local import PLACES, Local

ORGANISATIONS = frozenset({"ORG", "FAC"})


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def kind_of(local: Local) -> str:
    """PERSON, PLACE or OTHER: one-word names do not merge across these."""
    return "PERSON" if local.is_person else "PLACE" if local.label in PLACES else "OTHER"


def group(locals_: list[Local]) -> list[list[int]]:
    """Indices of ``locals_`` grouped into entities; groups and their members in a deterministic order."""
    uf = UnionFind(len(locals_))
    full = [i for i, l in enumerate(locals_) if l.kind == "full"]
    _merge_exact(locals_, full, uf)
    context = _context(locals_, uf)
    _merge_variants(locals_, full, uf, context)
    context = _context(locals_, uf)
    _merge_near_spellings(locals_, full, uf, context)
    context = _context(locals_, uf)
    _attach_partials(locals_, uf, context)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(locals_)):
        groups[uf.find(i)].append(i)
    return sorted(groups.values())


def _merge_exact(locals_: list[Local], full: list[int], uf: UnionFind) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in full:
        for key in locals_[i].keys:
            by_key[key].append(i)
    for key, members in by_key.items():
        if len(members) < 2:
            continue
        if " " in key:  # a name of several words is the same name whatever the model labelled it
            for i in members[1:]:
                uf.union(members[0], i)
            continue
        classes: dict[str, list[int]] = defaultdict(list)
        for i in members:
            classes[kind_of(locals_[i])].append(i)
        others = classes.pop("OTHER", [])
        if others and classes:  # an ORG/NORP reading joins the larger of the person or place readings
            biggest = max(classes.values(), key=lambda c: (sum(len(locals_[i].mentions) for i in c), -c[0]))
            biggest.extend(others)
        elif others:
            classes["OTHER"] = others
        for members_ in classes.values():
            for i in members_[1:]:
                uf.union(members_[0], i)


def _context(locals_: list[Local], uf: UnionFind) -> list[frozenset[int]]:
    """For each local entity, the groups of the other local entities in its document."""
    by_document: dict[str, list[int]] = defaultdict(list)
    for i, l in enumerate(locals_):
        by_document[l.document].append(i)
    context: list[frozenset[int]] = [frozenset()] * len(locals_)
    for members in by_document.values():
        roots = [uf.find(i) for i in members]
        every = Counter(roots)
        for i, root in zip(members, roots):
            context[i] = frozenset(r for r in every if r != root)
    return context


def _merge_variants(locals_: list[Local], full: list[int], uf: UnionFind, context: list[frozenset[int]]) -> None:
    by_variant: dict[str, list[int]] = defaultdict(list)
    for i in full:
        for key in locals_[i].variants:
            by_variant[key].append(i)
    for members in by_variant.values():
        members = _one_per_group(members, uf)
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                if uf.find(a) != uf.find(b) and _variants_agree(locals_[a], locals_[b], a, b, context, uf):
                    uf.union(a, b)


def _one_per_group(members: list[int], uf: UnionFind) -> list[int]:
    """The first local entity of each group in a block: groups already merged by name are compared once."""
    seen: dict[int, int] = {}
    for i in members:
        seen.setdefault(uf.find(i), i)
    return list(seen.values())


def _variants_agree(a: Local, b: Local, ia: int, ib: int, context: list[frozenset[int]], uf: UnionFind) -> bool:
    if kind_of(a) != kind_of(b):
        return False
    if not a.is_person:
        return True
    if not first_names_agree(a.first, b.first):
        return False
    same_part = fold(a.first or "") == fold(b.first or "") or fold(a.surname) == fold(b.surname)
    return same_part or uf.find(ia) in context[ib] or bool(context[ia] & context[ib])


def _merge_near_spellings(locals_: list[Local], full: list[int], uf: UnionFind, context: list[frozenset[int]]) -> None:
    """Spellings the variant key misses (a typo: "Turkeminstan"; "Dosmukambetov"): same phonetic key
    (jellyfish metaphone) and Jaro-Winkler similarity >= 0.93, the same kind and number of words, and the
    two seen together (one document, or a shared entity). A person's first names must be variants of each
    other, and surnames that differ only in a final vowel stay apart (Nazarbayev / Nazarbayeva)."""
    import jellyfish

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in full:
        l = locals_[i]
        if l.is_person:
            if l.first and len(l.surname) >= 5:
                blocks[("PERSON " + variant_key(l.first), jellyfish.metaphone(variant_key(l.surname)))].append(i)
        else:
            for key in l.variants:
                if len(key) >= 6:
                    blocks[(kind_of(l), jellyfish.metaphone(key))].append(i)
    group_context: dict[int, set[int]] = defaultdict(set)
    for i in range(len(locals_)):
        group_context[uf.find(i)] |= context[i]
    for members in blocks.values():
        members = _one_per_group(members, uf)
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                ra, rb = uf.find(a), uf.find(b)
                if ra == rb or not (group_context[ra] & group_context[rb] or ra in group_context[rb]):
                    continue
                if _near(locals_[a], locals_[b]):
                    uf.union(a, b)
                    group_context[uf.find(a)] = group_context[ra] | group_context[rb]


def _near(a: Local, b: Local) -> bool:
    import jellyfish

    if a.is_person:
        x, y = variant_key(a.surname), variant_key(b.surname)
    else:
        pairs = [(p, q) for p in a.variants for q in b.variants if p.count(" ") == q.count(" ")]
        if not pairs:
            return False
        x, y = max(pairs, key=lambda pq: jellyfish.jaro_winkler_similarity(*pq))
    if x == y:
        return True
    if x.rstrip("aeiou") == y.rstrip("aeiou") or x.rstrip("s") == y.rstrip("s"):
        return False  # a relative's feminine ending, or a plural: not a spelling of the same name
    return jellyfish.jaro_winkler_similarity(x, y) >= 0.93


def _attach_partials(locals_: list[Local], uf: UnionFind, context: list[frozenset[int]]) -> None:
    people: dict[str, set[int]] = defaultdict(set)  # surname variant key -> full person locals
    acronyms: dict[str, set[int]] = defaultdict(set)  # acronym letters -> non-person locals with that acronym
    short_forms: dict[str, set[int]] = defaultdict(set)  # folded short form -> locals using it
    first_words: dict[str, set[int]] = defaultdict(set)  # first word -> organisations of several words
    one_word: dict[str, set[int]] = defaultdict(set)  # one-word name -> full non-person locals
    root = [uf.find(i) for i in range(len(locals_))]  # groups before any partial joins them
    group_context: dict[int, set[int]] = defaultdict(set)
    for i, l in enumerate(locals_):
        group_context[root[i]] |= context[i]
        if l.kind != "full":
            continue
        if l.is_person:
            people[variant_key(l.surname)].add(i)
            continue
        for key in l.keys:
            if " " not in key:
                one_word[key].add(i)
        if l.label in ORGANISATIONS:
            for key in l.keys:
                if " " in key and not is_region_of(key, key.split()[0]):
                    first_words[key.split()[0]].add(i)
        for letters in l.acronyms:
            acronyms[letters].add(i)
        for form in l.forms - l.keys:
            if acronym_letters(form) not in l.acronyms:
                short_forms[form].add(i)
        for key in l.keys:
            if " " in key:
                for letters in initials(key):
                    acronyms[letters].add(i)
    leftovers: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    wanted: dict[int, list[set[int]]] = defaultdict(list)  # full entities: the groups their members would join
    for i, l in enumerate(locals_):
        if l.kind == "surname" and l.surname:
            candidates = [c for c in people.get(variant_key(l.surname), ()) if first_names_agree(l.first, locals_[c].first)]
            if fold(l.surname) not in {fold(locals_[c].surname) for c in candidates}:  # a variant spelling only
                candidates = [c for c in candidates if _related(i, root[c], context, group_context)]
            if candidates and l.first is None:  # "Ford" alone: the person, or the company of that name?
                candidates += one_word.get(fold(l.surname), [])
        elif l.kind == "acronym":
            letters = {acronym_letters(k) for k in l.keys}
            candidates = [c for key in letters for c in acronyms.get(key, ())
                          if kind_of(locals_[c]) == kind_of(l) or "ORG" in (locals_[c].label, l.label)]
        elif l.kind == "full" and not l.is_person:
            candidates = [c for key in l.keys for c in short_forms.get(key, ()) if kind_of(locals_[c]) == kind_of(l)]
            if not candidates and l.label in ORGANISATIONS:  # "Lockheed" here, "Lockheed Martin" elsewhere
                candidates = [c for key in l.keys if " " not in key for c in first_words.get(key, ())]
                candidates = [c for c in candidates if _related(i, root[c], context, group_context)]
        else:
            continue
        if not candidates and l.kind == "surname" and l.first is None:
            # a lone surname with no such person anywhere, but a place or body of that name: the model's label was wrong
            candidates = [c for c in one_word.get(fold(l.surname), ()) if _related(i, root[c], context, group_context)]
        targets = {root[c] for c in candidates if root[c] != root[i]}
        if l.kind == "full":  # a whole entity joins another only if its members point to that one alone
            wanted[root[i]].append(targets if targets or l.label in ORGANISATIONS else {-1})
            continue
        target = _choose(context[i], targets, group_context)
        if target is not None:
            uf.union(target, i)
        else:
            leftovers[(kind_of(l), min(l.keys) if l.keys else "", (l.first or "")[:1])].append(i)
    for own, lists in wanted.items():
        every = set().union(*lists)
        if -1 in every:  # a member read as a place or person that points nowhere vetoes ("Orvash" the city)
            continue
        if len(every) == 1:
            uf.union(next(iter(every)), own)
        elif every:  # several: the one sharing clearly most context with the whole entity
            scores = sorted(((len(group_context[own] & group_context[g]), -g) for g in every), reverse=True)
            (best, winner), (second, _) = scores[0], scores[1]
            if best >= 2 and best >= 2 * second:
                uf.union(-winner, own)
    for (_, key, _), members in leftovers.items():
        if key:
            for i in members[1:]:
                uf.union(members[0], i)


def _related(i: int, group: int, context: list[frozenset[int]], group_context: dict[int, set[int]]) -> bool:
    """Whether local entity ``i`` and a group are seen together: in one document, or beside a common entity.
    A document naming nothing else gives no evidence either way and does not block."""
    return not context[i] or group in context[i] or bool(context[i] & group_context[group])


def _choose(own: frozenset[int], groups: set[int], group_context: dict[int, set[int]]) -> int | None:
    """The group a partial local entity joins: the only one, or the one with strictly most evidence."""
    if len(groups) <= 1:
        return next(iter(groups), None)
    # a group named in the same document counts most; then the entities they share
    scores = sorted((-(len(own & group_context[g]) + 2 * (g in own)), g) for g in groups)
    return scores[0][1] if scores[0][0] < scores[1][0] else None

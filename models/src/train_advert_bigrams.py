#!/usr/bin/env python3
"""Trains the advert-line model: naive Bayes over character bigrams (and single characters) of Han text.

Positives: the project's dev advert files (corpora/spam/inline-dev*.txt). Negatives: the project's own real sentences,
corpora/pages gold paragraphs and corpora/entities/real/*.jsonl texts. Nothing else is read, so the model's
vocabulary is the project's. Writes models/advert-bigrams.tsv: one feature a
line, its log-odds (advert vs. clean), rounded; features seen fewer than MIN_COUNT times in all are dropped.

  python3 models/src/train_advert_bigrams.py            # train on all dev files, write the model
  python3 models/src/train_advert_bigrams.py --cv       # leave one dev file out: how it scores a file it never saw
"""
import glob, json, math, os, re, sys, collections

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "models/advert-bigrams.tsv")
MIN_COUNT = 2
ALPHA = 1.0
HAN = re.compile(r"[\u4e00-\u9fff]")


def features(line):
    """Han bigrams and single Han characters, each once per line (a line is short: presence, not counts)."""
    f = set()
    for i, c in enumerate(line):
        if HAN.match(c):
            f.add(c)
            if i + 1 < len(line) and HAN.match(line[i + 1]):
                f.add(c + line[i + 1])
    return f


def advert_lines(files):
    out = []
    for p in files:
        for l in open(p, encoding="utf-8"):
            l = l.strip()
            if l and not l.startswith("#"):
                out.append(l)
    return out


def clean_lines():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, "corpora/pages/**/*.gold.json"), recursive=True)):
        out += [x for x in json.load(open(p, encoding="utf-8")).get("paragraphs", []) if x.strip()]
    for p in sorted(glob.glob(os.path.join(ROOT, "corpora/entities/real/*.jsonl"))):
        for l in open(p, encoding="utf-8"):
            if l.strip():
                t = json.loads(l).get("text", "")
                # long texts cut at full stops: the model scores lines
                out += [s for s in re.split(r"(?<=[。！？])", t) if len(s.strip()) >= 6]
    return out


def train(pos, neg):
    cp, cn = collections.Counter(), collections.Counter()
    for l in pos:
        cp.update(features(l))
    for l in neg:
        cn.update(features(l))
    np_, nn = len(pos), len(neg)
    model = {}
    for f in set(cp) | set(cn):
        if cp[f] + cn[f] < MIN_COUNT:
            continue
        # Bernoulli naive Bayes log-odds of the feature being present
        model[f] = math.log((cp[f] + ALPHA) / (np_ + 2 * ALPHA)) - math.log((cn[f] + ALPHA) / (nn + 2 * ALPHA))
    return model


def score(model, line):
    """Mean log-odds of the line's known features: length-free, so a long clean paragraph is not pushed either way."""
    fs = [model[f] for f in features(line) if f in model]
    return sum(fs) / len(fs) if fs else 0.0


def main():
    devs = sorted(glob.glob(os.path.join(ROOT, "corpora/spam/inline-dev*.txt")))
    neg = clean_lines()
    if "--cv" in sys.argv:
        for held in devs:
            model = train(advert_lines([d for d in devs if d != held]), neg)
            pos = [score(model, l) for l in advert_lines([held])]
            print(os.path.basename(held), "lines", len(pos), "score>=1:", sum(s >= 1 for s in pos), "score>=0.5:", sum(s >= 0.5 for s in pos),
                  "min", round(min(pos), 2))
        model = train(advert_lines(devs), neg)
        cw = glob.glob("/work/shared/datasets/zh-cwced/cleaned/*.txt")
        lines = [l.strip() for p in cw for l in open(p, encoding="utf-8") if l.strip()]
        s = sorted(score(model, l) for l in lines)
        print("zh-cwced clean lines", len(lines), ">=1:", sum(x >= 1 for x in s), ">=0.5:", sum(x >= 0.5 for x in s), "top", [round(x, 2) for x in s[-5:]])
        return
    model = train(advert_lines(devs), neg)
    with open(OUT, "w", encoding="utf-8") as o:
        o.write("# advert-line naive Bayes log-odds, written by models/train_advert_bigrams.py; do not edit\n")
        for f in sorted(model):
            o.write(f"{f}\t{model[f]:.3f}\n")
    print("wrote", OUT, len(model), "features from", len(advert_lines(devs)), "advert and", len(neg), "clean lines")


if __name__ == "__main__":
    main()

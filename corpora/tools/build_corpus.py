#!/usr/bin/env python3
"""Builds corpora/pages/<template>/<name>.html and <name>.gold.json from the page
definitions in content_*.py (written by the team).

Usage:  python3 corpora/tools/build_corpus.py        (needs the `opencc` and `iconv` commands)

The HTML is what a site would serve; the gold file is the hand annotation.  Traditional
pages are written in simplified script here and converted with OpenCC (s2tw / s2hk); the
build checks that OpenCC t2s gives back exactly the simplified gold paragraphs.  GBK pages
are converted with iconv.  Edit the content files and re-run; do not hand-edit generated
pages without also editing the content file.
"""
import html
import importlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGES = os.path.join(ROOT, "pages")
sys.path.insert(0, HERE)

import templates  # noqa: E402


def opencc(text, cfg):
    return subprocess.run(["opencc", "-c", cfg], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8")


def amount(text, value, valueMax=None, currency="CNY", qualifier=None, comparator=None,
           year=None, periodFrom=None, periodTo=None, metric=None, kind="unknown", subject=None):
    return {"text": text, "value": value, "valueMax": valueMax, "currency": currency,
            "qualifier": qualifier, "comparator": comparator, "year": year,
            "periodFrom": periodFrom, "periodTo": periodTo, "metric": metric,
            "kind": kind, "subject": subject}


def build(page):
    tpl = page["template"]
    render = getattr(templates, "render_" + tpl)
    markup, spam = render(page)           # markup in simplified script, with @@SPAM..@@ slots
    script = page.get("script", "simplified")
    if script == "traditional" and not page.get("verbatim"):
        cfg = page.get("opencc", "s2tw.json")
        markup = opencc(markup, cfg)
        for p in page["paragraphs"]:
            t = opencc(p, cfg)
            back = opencc(t, "t2s.json")
            if back != p and not page.get("verbatim"):
                print("ROUND-TRIP MISMATCH", page["id"], "\n  S:", p, "\n  B:", back, file=sys.stderr)
    for key, value in spam.items():      # spam stays as the injector wrote it
        markup = markup.replace("@@%s@@" % key, value)
    assert "@@" not in markup, page["id"]
    charset = page.get("charset", "utf-8")
    out = os.path.join(PAGES, page["id"] + ".html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if charset in ("gbk", "gb2312"):
        data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GBK"], input=markup.encode("utf-8"),
                              capture_output=True, check=True).stdout
    else:
        data = markup.encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)
    gold = {
        "url": page["url"],
        "template": tpl,
        "charset": charset,
        "script": script,
        "title": page["title"],
        "published": page.get("published"),
        "source": page.get("source"),
        "paragraphs": page["paragraphs"],
        "spam": page.get("spam_gold", []),
        "clusters": page.get("clusters", []),
        "cities": page.get("cities", []),
        "amounts": page.get("amounts", []),
        "traps": page.get("traps", []),
    }
    with open(os.path.join(PAGES, page["id"] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    pages = []
    for name in sorted(os.listdir(HERE)):
        if name.startswith("content_") and name.endswith(".py"):
            pages.extend(importlib.import_module(name[:-3]).PAGES)
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        build(p)
    print("built %d pages" % len(pages))


if __name__ == "__main__":
    main()

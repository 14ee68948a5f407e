#!/usr/bin/env python3
"""Checks corpora/pages against their gold files and corpora/queries/judged.jsonl.

- every gold file parses and has the required keys;
- GBK pages decode as GBK, are not valid UTF-8, and declare their charset only in <meta http-equiv>;
- every gold paragraph (simplified) occurs in the page text (traditional pages converted with OpenCC t2s);
- no gold paragraph contains a spam phrase, and every spam phrase occurs somewhere in the page;
- every amount's text occurs in the gold paragraphs; every query's relevant ids exist.
Needs the `opencc` command for traditional pages.  Exit status 1 on any failure.
"""
import html
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "pages")
KEYS = ["url", "template", "charset", "script", "title", "published", "source", "paragraphs", "spam",
        "clusters", "cities", "amounts"]
errors = []


def t2s(text):
    return subprocess.run(["opencc", "-c", "t2s.json"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8")


def page_text(markup):
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = re.sub(r"(?s)<[^>]+>", "\n", markup)
    return html.unescape(text)


ids = set()
for dirpath, _, files in os.walk(PAGES):
    for name in sorted(files):
        if not name.endswith(".gold.json"):
            continue
        gpath = os.path.join(dirpath, name)
        pid = os.path.relpath(gpath, PAGES)[:-len(".gold.json")]
        ids.add(pid)
        try:
            gold = json.load(open(gpath, encoding="utf-8"))
        except ValueError as ex:
            errors.append("%s: bad JSON: %s" % (pid, ex))
            continue
        for k in KEYS:
            if k not in gold:
                errors.append("%s: missing key %s" % (pid, k))
        raw = open(os.path.join(dirpath, name.replace(".gold.json", ".html")), "rb").read()
        if gold["charset"] in ("gbk", "gb2312"):
            try:
                raw.decode("utf-8")
                errors.append("%s: GBK page is valid UTF-8" % pid)
            except UnicodeDecodeError:
                pass
            markup = raw.decode("gbk")
            if not re.search(r'<meta http-equiv="Content-Type" content="text/html; charset=(gb2312|gbk)"', markup):
                errors.append("%s: no GBK meta" % pid)
        else:
            markup = raw.decode("utf-8")
        text = page_text(markup)
        if gold["script"] == "traditional":
            text = t2s(text)
        for i, p in enumerate(gold["paragraphs"]):
            if p not in text:
                errors.append("%s: paragraph %d not in page: %s" % (pid, i, p[:30]))
        body = "\n".join(gold["paragraphs"])
        for s in gold["spam"]:
            if s in body:
                errors.append("%s: spam phrase in gold paragraphs: %s" % (pid, s))
            if s not in t2s(markup) and s not in markup:
                errors.append("%s: spam phrase not in page: %s" % (pid, s))
        for a in gold["amounts"]:
            if a["text"] not in body:
                errors.append("%s: amount text not in paragraphs: %s" % (pid, a["text"]))
            if a["valueMax"] is not None and a["valueMax"] <= a["value"]:
                errors.append("%s: valueMax <= value for %s" % (pid, a["text"]))
        if len(set(gold["cities"])) != len(gold["cities"]):
            errors.append("%s: duplicate cities" % pid)

qpath = os.path.join(ROOT, "queries", "judged.jsonl")
if os.path.exists(qpath):
    qids = set()
    for n, line in enumerate(open(qpath, encoding="utf-8"), 1):
        q = json.loads(line)
        if q["id"] in qids:
            errors.append("query %s duplicated" % q["id"])
        qids.add(q["id"])
        for r in q["relevant"] + list(q.get("grades", {})):
            if r not in ids:
                errors.append("query %s: unknown page %s" % (q["id"], r))
        if set(q.get("grades", {})) - set(q["relevant"]):
            errors.append("query %s: graded page not in relevant" % q["id"])

for e in errors:
    print(e)
print("%d pages checked, %d problems" % (len(ids), len(errors)))
sys.exit(1 if errors else 0)

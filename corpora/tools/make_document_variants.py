#!/usr/bin/env python3
"""Builds the policy-document set corpora/documents/{dev,test}/ from corpora/documents/sources/.

Each source is the text of one real public document as a page on the web shows it (its URL is in the header), and
its gold (<id>.gold.json: the document's facts). Three pages are made of each, as issue 19 names them:
  <id>.crawled.html      the text inside a policy-library page with its metadata table (gov.cn's table.bd1 for State
                         Council documents, a provincial 政府信息公开 list for the others); the table holds only the
                         facts known (a row without a known value is left out);
  <id>.repost.html       the text alone on a news portal (simplified script);
  <id>.repost-hant.html  that repost in traditional script (OpenCC4j s2t, through ScriptConvert.java).
and one gold a page (<id>.<variant>.gold.json), holding only what that page shows: published, indexNumber, topic and
validity only where a table gives them, written only where the table or the text does, number only where the table or
the text has it. The split (dev / frozen test) is by the source's host, fixed in each source header.

Run: python3 corpora/tools/make_document_variants.py   (needs java and opencc4j in ~/.m2)
"""
import glob, html, json, os, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "documents")
M2 = os.path.expanduser("~/.m2/repository/com/github/houbb")
CP = ":".join(glob.glob(M2 + "/opencc4j/1.14.0/*.jar") + glob.glob(M2 + "/heaven/0.13.0/*.jar")
              + glob.glob(M2 + "/nlp-common/0.0.5/*.jar"))


SEP = "\n@@@@\n"


def convert_all(texts, direction):
    """Converts many texts in one JVM (one launch per text cost most of the run): joined by a separator line."""
    if not texts:
        return []
    tool = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ScriptConvert.java")
    out = subprocess.run(["java", "-cp", CP, tool, direction], input=SEP.join(texts).encode(), capture_output=True,
                         check=True).stdout.decode().split(SEP)
    assert len(out) == len(texts), "the separator did not survive the conversion"
    return out


def read_source(path):
    head, body = open(path, encoding="utf-8").read().split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    table = {}
    for cell in meta.get("table", "").split("; "):
        if "=" in cell:
            k, v = cell.split("=", 1)
            table[k] = v
    return meta, table, [p for p in body.splitlines() if p.strip()]


def cn_date(iso):
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


def paragraphs_html(paras):
    return "\n".join(f'<p style="text-indent:2em">{html.escape(p)}</p>' for p in paras)


def crawled_govcn(title, rows, paras):
    def cell(label, value):
        return f'<td class="t1"><b>{label}：</b></td><td>{html.escape(value)}</td>' if value else ""
    trs = []
    for pair in (("索  引  号", "主题分类"), ("发文机关", "成文日期")):
        trs.append("<tr>" + cell(pair[0].replace("  ", "&nbsp;&nbsp;"), rows.get(pair[0].replace("  ", ""))) + cell(pair[1], rows.get(pair[1])) + "</tr>")
    trs.append(f'<tr><td class="t1"><b>标　　题：</b></td><td colspan="3">{html.escape(title)}</td></tr>')
    trs.append("<tr>" + cell("发文字号", rows.get("发文字号")) + cell("发布日期", rows.get("发布日期")) + "</tr>")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}_国务院文件_中国政府网</title>
<meta name="lanmu" content="国务院文件">
</head><body>
<div class="header"><div class="top"><a href="/">中国政府网</a></div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li></ul></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/zhengceku/">政策库</a></div>
<div class="article">
<table class="bd1" width="100%" cellpadding="0" cellspacing="1"><tbody>
{chr(10).join(t for t in trs if t != "<tr></tr>")}
</tbody></table>
<div class="share-title">{html.escape(title)}</div>
<div class="pages_content" id="UCAP-CONTENT"><div class="TRS_UEDITOR TRS_WEB">
{paragraphs_html(paras)}
</div></div>
<div class="editor">【我要纠错】</div>
</div>
<div class="footer"><p>版权所有：中国政府网</p><p>京ICP备05070218号</p></div>
</body></html>
"""


# The labels a provincial or county 政府信息公开 table writes for the library's fields (索引号/信息分类/发布机构/生成日期/
# 文号 in the national catalogue guidance the catalogue pages follow; 生成日期 is the document's date, "对于公文类信息，产生
# 日期即签发日期"): a source with `template: xxgk` and no table of its own gets its known facts under these labels.
XXGK_LABELS = {"发文机关": "发布机构", "成文日期": "生成日期", "发文字号": "文号", "主题分类": "信息分类"}
# Every label a table may use for a field, read as the field's canonical label when deciding what a page shows.
CANONICAL = {"发文机构": "发文机关", "发布机构": "发文机关", "发文单位": "发文机关", "文号": "发文字号", "文件编号": "发文字号",
             "发文日期": "成文日期", "生成日期": "成文日期", "公开日期": "发布日期", "信息分类": "主题分类", "文件分类": "主题分类"}


def crawled_xxgk(title, rows, paras):
    """A 政府信息公开 page whose metadata is a two-column table (label cell, value cell), labels as the source wrote them."""
    cells = [f"<th>{html.escape(k)}：</th><td>{html.escape(v)}</td>" for k, v in rows.items() if v]
    trs = "\n".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>
<div class="head"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/xxgkml/">信息公开目录</a></div>
<div class="crumb">您所在的位置：首页 &gt; 信息公开目录 &gt; 主动公开</div>
<table class="xxgk_table" width="100%"><tbody>
{trs}
</tbody></table>
<div class="article"><h2>{html.escape(title)}</h2>
<div class="zoom">
{paragraphs_html(paras)}
</div></div>
<div class="foot"><p>主办：人民政府办公室</p><p>政府网站标识码</p></div>
</body></html>
"""


def crawled_province(title, rows, paras):
    items = "\n".join(f"<li><span>{k}：</span>{html.escape(v)}</li>" for k, v in rows.items() if v)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a></div>
<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 政策文件</div>
<div class="xxgk-meta"><ul>
{items}
</ul></div>
<div class="xxgk-title"><h1>{html.escape(title)}</h1></div>
<div class="xxgk-content">
{paragraphs_html(paras)}
</div>
<div class="bottom"><p>主办单位：人民政府办公室</p><p>ICP备案号</p></div>
</body></html>
"""


def repost(title, paras, host, script_hint):
    source = "來源" if script_hint == "hant" else "来源"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}-{host}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">资讯</a></div>
<div class="content"><h1>{html.escape(title)}</h1>
<div class="info">{source}：{host}</div>
<div class="text">
{paragraphs_html(paras)}
</div></div>
<div class="hot"><h3>热门</h3><ul><li><a href="/a/1.html">更多资讯</a></li></ul></div>
<div class="footer">Copyright {host}</div>
</body></html>
"""


def norm_number(n):
    n = re.sub(r"[\[【(（〔„﹝]\s*(\d{4})\s*[\]】)）〕‟﹞]", r"〔\1〕", n).replace("號", "号")
    # a State Council decree by any of its written forms (中华人民共和国国务院令 第644号) is the library's 国令第644号
    return re.sub(r"(?:中华人民共和国)?国务院令\s*[（(]?\s*第\s*(\d+)\s*号", r"国令第\1号", n)


CN_DIGITS = dict(zip("〇○OＯ零0一二三四五六七八九", "000000123456789"))


def cn_numeral_dates(text):
    """二〇一一年三月三十日 -> 2011年3月30日, so a signature date in Chinese numerals counts as shown."""
    def num(s):
        if "十" not in s:
            return "".join(CN_DIGITS[c] for c in s)
        tens, _, ones = s.partition("十")
        return str((int(CN_DIGITS[tens]) if tens else 1) * 10 + (int(CN_DIGITS[ones]) if ones else 0))
    pattern = r"([〇○OＯ零0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
    return re.sub(pattern, lambda m: f"{num(m.group(1))}年{num(m.group(2))}月{num(m.group(3))}日", text)


PINYIN_GLOSS = r"(?<=[\u4e00-\u9fff])(?:\((?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))+"


def visible_gold(gold, table, body_text, variant):
    g = dict(gold)
    # what the text shows, whitespace dropped ("渝府令第 121 号"), pinyin glosses too (發改地(di)區[2016]1771號(hao): a
    # site's reading aid, not a garbled number), Chinese-numeral and ISO dates read as dates
    body_text = cn_numeral_dates(re.sub(PINYIN_GLOSS, "", re.sub(r"\s+", "", body_text)))
    body_text += "".join(cn_date(d).replace("年0", "年").replace("月0", "月") for d in re.findall(r"\d{4}-\d{2}-\d{2}", body_text))
    crawled = variant == "crawled"
    shown = g.get("written") and cn_date(g["written"]).replace("年0", "年").replace("月0", "月") in body_text
    if not crawled:
        for k in ("published", "indexNumber", "topic", "validity"):
            g.pop(k, None)
        if g.get("written") and not shown:
            g["written"] = None
    elif g.get("written") and not shown and "成文日期" not in table:
        # a table without 成文日期 (left out where it differed from the signature) and a signature date the page garbled
        g["written"] = None
    else:
        if "发布日期" not in table:
            g.pop("published", None)
        for k, label in (("indexNumber", "索引号"), ("topic", "主题分类"), ("validity", "时效性")):
            if label not in table:
                g.pop(k, None)
    if g.get("number") and g["number"] not in norm_number(body_text) and not (crawled and "发文字号" in table):
        g["number"] = None
    return g


def main():
    made = 0
    sources = sorted(glob.glob(os.path.join(ROOT, "sources", "*.txt")))
    read = [read_source(src) for src in sources]
    # every conversion in two JVM runs: a source's title and text, to the other script
    todo = {"t2s": [], "s2t": []}
    for meta, _, paras in read:
        todo["t2s" if meta["script"] == "traditional" else "s2t"].append(meta["title"] + "\n" + "\n".join(paras))
    done = {d: iter(convert_all(texts, d)) for d, texts in todo.items()}
    for src, (meta, given, paras) in zip(sources, read):
        doc_id = os.path.basename(src)[:-4]
        gold = json.load(open(src[:-4] + ".gold.json", encoding="utf-8"))
        split, host = meta["split"], re.sub(r"^https?://([^/]+).*", r"\1", meta["url"])
        if meta["script"] == "traditional":
            hant_title, hant = meta["title"], paras
            converted = next(done["t2s"]).split("\n")
            # OpenCC4j leaves some traditional forms as they are (批覆, 覆函): the source gives the simplified title then
            title, paras = meta.get("title-simplified", converted[0]), converted[1:]
        else:
            title = meta["title"]
            converted = next(done["s2t"]).split("\n")
            hant_title, hant = converted[0], converted[1:]
        gold["title"] = title
        # the table: what the page showed, else the gold's facts in gov.cn's labels
        table = dict(given) if given else {}
        # (a gold may name no issuer where the page shows none: then no 发文机关 row either)
        state_council = bool(gold["issuers"]) and gold["issuers"][0].startswith("国务院")
        # the page shape: gov.cn's library for State Council documents, else a provincial list, unless the source names
        # one (govcn: the library's table.bd1, which also carries departments' documents; xxgk: a 信息公开 table)
        template = meta.get("template", "govcn" if state_council else "province")
        if not given:
            if gold["issuers"]:
                table["发文机关"] = "、".join(gold["issuers"])
            if gold.get("written"):
                table["成文日期"] = cn_date(gold["written"])
            if gold.get("number"):
                table["发文字号"] = gold["number"]
            if gold.get("published"):
                table["发布日期"] = cn_date(gold["published"])
        if template == "xxgk":
            # the source's own labels where it had a table, else the catalogue's labels for the known facts
            rows = dict(table) if given else {XXGK_LABELS.get(k, k): v for k, v in table.items()}
        else:
            rows = {k if k != "发文机构" else "发文机关": v for k, v in table.items()}
            if "文号" in rows:
                rows["发文字号"] = rows.pop("文号")
            if "发文日期" in rows:
                rows["成文日期"] = rows.pop("发文日期")
        out = os.path.join(ROOT, split)
        os.makedirs(out, exist_ok=True)
        pages = {
            "crawled": {"govcn": crawled_govcn, "xxgk": crawled_xxgk, "province": crawled_province}[template](title, rows, paras),
            "repost": repost(title, paras, host, "hans"),
            "repost-hant": repost(hant_title, hant, host, "hant"),
        }
        for variant, page in pages.items():
            open(os.path.join(out, f"{doc_id}.{variant}.html"), "w", encoding="utf-8").write(page)
            g = visible_gold(gold, {CANONICAL.get(k, k): v for k, v in rows.items()} | ({"时效性": 1} if "时效性" in table else {}),
                             "\n".join(paras), variant)
            g = {"url": meta["url"], "variant": variant, "split": split, **g}
            with open(os.path.join(out, f"{doc_id}.{variant}.gold.json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
            made += 1
    print(f"{made} pages written under {ROOT}", file=sys.stderr)


if __name__ == "__main__":
    main()

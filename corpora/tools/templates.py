"""Site templates for the sample corpus.  Each render_<template>(page) returns
(markup, spam) where markup is in simplified script (converted later for traditional
pages) and spam maps @@KEY@@ slots to text that is inserted after script conversion."""
import hashlib
import random
from html import escape as e

# ---------------------------------------------------------------- spam material
SPAM_LINK_TEXTS = [
    "午夜福利视频在线观看", "成人影院免费看", "国产精品一区二区三区", "日韩无码高清在线", "亚洲色图综合网",
    "欧美一级片在线播放", "夜夜撸在线视频", "免费看片神器", "久久热精品视频", "性感美女直播间",
    "深夜福利导航", "在线观看你懂的", "伊人久久大香蕉", "国产自拍偷拍视频", "日本高清无码专区",
    "亚洲天堂在线观看", "男人的天堂在线", "香蕉视频在线观看", "丝袜美腿图片", "午夜影院免费版",
    "成年人在线视频网", "黄色免费网站大全", "欧美精品一区视频", "亚洲精品久久久久", "国产视频福利区",
    "夜色直播下载", "美女裸聊热线", "一本道综合久久", "三级片在线观看", "五月婷婷综合网",
    "狠狠色丁香五月", "人人爽人人看", "av天堂网", "色综合天天看", "青青草在线视频",
    "婷婷激情综合站", "大香蕉在线看", "久草视频在线", "草榴社区最新地址", "宅男福利社",
    "日韩精品一区二区", "欧美视频第一页", "国产一级毛片", "在线观看免费高清", "亚洲综合色区",
    "精品国产自在线", "午夜免费福利片", "激情视频在线看", "成人动漫在线", "看片网站推荐",
]
SPAM_LINK_HOSTS = ["xqyl", "hdzy", "ttkan", "ysdh", "fldh", "jjzx", "mmtv", "wxsp", "ddkk", "yyzb",
                   "sqqy", "lsxc", "kkyy", "bbdh", "zzfl", "qqsp", "hhyy", "ccdh", "ppkk", "nnzx"]
GAMBLING_TEXTS = ["澳门葡京赌场官网", "新葡京娱乐注册送彩金", "北京赛车pk10计划", "时时彩稳赚平台",
                  "六合彩开奖结果", "百家乐真人在线", "体育投注官方网站", "幸运飞艇开奖直播",
                  "太阳城娱乐平台", "皇冠体育在线投注"]


def rng_for(page):
    return random.Random(int(hashlib.md5(page["id"].encode()).hexdigest()[:8], 16))


def spam_links(page, n, pool=SPAM_LINK_TEXTS):
    r = rng_for(page)
    texts = r.sample(pool, min(n, len(pool)))
    out = []
    for i, t in enumerate(texts):
        host = r.choice(SPAM_LINK_HOSTS) + str(r.randint(10, 999))
        out.append('<a href="http://www.%s.example/">%s</a>' % (host, t))
    return out, texts


def paras(page, indent=True, style=None):
    attr = ' style="text-indent:2em"' if indent else ""
    if style:
        attr = ' style="%s"' % style
    out = []
    for p in page.get("paragraphs_html") or page["paragraphs"]:
        if p.startswith("<"):
            out.append(p)
        else:
            out.append("<p%s>%s</p>" % (attr, e(p, quote=False)))
    return out


# ---------------------------------------------------------------- miit
def render_miit(page):
    pub_visible = page["published"] + " " + page.get("time", "09:30")
    pub_meta = page.get("pubdate_meta", pub_visible)
    body = paras(page)
    if page.get("inline_script"):
        body.insert(1, '<script type="text/javascript">var conWidth = document.getElementById("con_con").offsetWidth;</script>')
    atts = page.get("attachments", [])
    att_html = ""
    if atts:
        r = rng_for(page)
        items = "\n".join('<li><a href="/cms_files/filemanager/1226211233/attach/%s/%032x.%s">%s</a></li>'
                          % (page["published"][:4] + str(int(page["published"][5:7])), r.getrandbits(128),
                             name.rsplit(".", 1)[1], e(name)) for name in atts)
        att_html = '<div class="fujian"><p>附件：</p>\n<ul>\n%s\n</ul></div>' % items
    inside = page.get("attachments_inside", False)
    path = page["url"].split("miit.gov.cn", 1)[1]
    crumbs = page.get("crumbs", ["新闻发布", "工信动态", "司局动态"])
    crumb_html = " &gt; ".join(['<a href="/">首页</a>'] + ['<a href="#">%s</a>' % c for c in crumbs])
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(page["title"])}</title>
<meta name="SiteName" content="中华人民共和国工业和信息化部">
<meta name="SiteDomain" content="www.miit.gov.cn">
<meta name="SiteIDCode" content="bm07000001">
<meta name="ColumnName" content="{e(page.get("column", crumbs[-1]))}">
<meta name="ColumnType" content="{e(page.get("column", crumbs[-1]))}">
<meta name="ArticleTitle" content="{e(page["title"])}">
<meta name="PubDate" content="{pub_meta}">
<meta name="ContentSource" content="{e(page["source"])}">
<meta name="Keywords" content="{e(page.get("keywords", ""))}">
<meta name="Author" content="{e(page["source"])}">
<meta name="Description" content="{e(page["paragraphs"][0][:60])}">
<meta name="Url" content="{path}">
<meta name="MakeTime" content="{page.get("maketime", page["published"] + " 18:02:11")}">
<link rel="stylesheet" href="/cms_files/default/css/gxb_article.css">
<script src="/cms_files/default/script/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header">
  <div class="top-bar"><a href="/">首页</a> | <a href="/wap/">手机版</a> | <a href="/jgsj/">English</a> | <a href="#">无障碍</a></div>
  <div class="logo"><a href="/"><img src="/cms_files/default/images/logo.png" alt="中华人民共和国工业和信息化部"></a></div>
  <div class="search"><form action="/search/index.html"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
</div>
<div class="nav">
  <ul><li><a href="/">首页</a></li><li><a href="/gyjg/">机构</a></li><li><a href="/xwfb/">新闻发布</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/gzcy/">公众参与</a></li><li><a href="/ztzl/">专题专栏</a></li></ul>
</div>
<div class="dqwz">当前位置：{crumb_html}</div>
<div class="main center">
<div class="ctitle"><h1 id="con_title">{e(page["title"])}</h1></div>
<div class="cinfo center"><span id="con_time">发布时间：{pub_visible}</span> <span>来源：{e(page["source"])}</span> <span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span> <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div id="con_con" class="ccontent center">
{chr(10).join(body)}
{att_html if inside else ""}
</div>
{"" if inside else att_html}
<div class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a></div>
</div>
<div class="footer">
  <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
  <p>版权所有：中华人民共和国工业和信息化部　主办单位：工业和信息化部办公厅</p>
  <p>地址：北京市西长安街13号　邮编：100804　网站标识码：bm07000001</p>
  <p><a href="https://beian.miit.gov.cn/">京ICP备04000001号</a>　京公网安备11040102700068号</p>
</div>
</body>
</html>
"""
    return html, {}


# ---------------------------------------------------------------- gov.cn
DEFAULT_TOPIC = "工业、交通\\其他"
def render_govcn(page):
    meta = page.get("bd1")
    title = page["title"]
    t = page.get("time", "16:45")
    table = ""
    if meta:
        table = f"""<table class="bd1" width="100%" cellpadding="0" cellspacing="1">
<tbody>
<tr><td class="t1" width="100"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td width="260">{meta["索引号"]}</td><td class="t1" width="90"><b>主题分类：</b></td><td>{meta.get("主题分类", DEFAULT_TOPIC)}</td></tr>
<tr><td class="t1"><b>发文机关：</b></td><td>{meta["发文机关"]}</td><td class="t1"><b>成文日期：</b></td><td>{meta["成文日期"]}</td></tr>
<tr><td class="t1"><b>标　　题：</b></td><td colspan="3">{e(title)}</td></tr>
<tr><td class="t1"><b>发文字号：</b></td><td>{meta["发文字号"]}</td><td class="t1"><b>发布日期：</b></td><td>{meta["发布日期"]}</td></tr>
</tbody>
</table>"""
    container = page.get("container", "TRS_UEDITOR")
    body = "\n".join(paras(page))
    if container == "TRS_UEDITOR":
        content = f'<div class="pages_content" id="UCAP-CONTENT">\n<div class="TRS_UEDITOR TRS_WEB">\n{body}\n</div>\n</div>'
    else:
        content = f'<div class="pages_content">\n<td id="UCAP-CONTENT"></td>\n<div id="UCAP-CONTENT">\n{body}\n</div>\n</div>'
    suffix = page.get("title_suffix", "_国务院部门文件_中国政府网")
    share = """<div class="share"><span>分享到：</span><a class="share-wx" href="#">微信</a> <a class="share-wb" href="#">微博</a> <a class="share-qq" href="#">QQ空间</a></div>"""
    m = page.get("manuscript", page["url"].rsplit("_", 1)[1].split(".")[0])
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}{suffix}</title>
<meta name="keywords" content="{e(page.get("keywords", ""))}">
<meta name="description" content="{e(title)}">
<meta name="firstpublishedtime" content="{page["published"]}-{t}:00">
<meta name="lastmodifiedtime" content="{page.get("modified", page["published"] + "-" + t + ":00")}">
<meta name="manuscriptId" content="{m}">
<meta name="lanmu" content="{page.get("lanmu", "部门文件")}">
<meta name="author" content="{e(page.get("author", "中国政府网"))}">
<link rel="stylesheet" href="/images/gov_zhengce.css">
</head>
<body>
<div class="header">
  <div class="top"><a href="/">中国政府网</a> <a href="#">简</a> | <a href="#">繁</a> | <a href="/english/">EN</a> <a href="#">登录</a> <a href="#">个人中心</a> <a href="#">退出</a> <a href="#">邮箱</a> <a href="#">无障碍</a></div>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/guowuyuan/">国务院</a></li><li><a href="/premier/">总理</a></li><li><a href="/xinwen/">新闻</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li><li><a href="/guoqing/">国情</a></li></ul>
</div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; {"<a href='/zhengce/zhengceku/'>政策库</a> &gt; " if meta else ""}<a href="#">{page.get("lanmu", "部门文件")}</a></div>
<div class="article">
{table}
<div class="share-title">{e(title)}</div>
<div class="pages-date">{page["published"]} {t}  <span class="font">来源：{e(page["source"])}</span>  <span class="font index_switchsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span> <a href="javascript:window.print()">打印</a></div>
{content}
{share}
<div class="editor">【我要纠错】 责任编辑：{page.get("editor", "王洋")}</div>
</div>
<div class="relevant"><h3>相关稿件</h3><ul>{"".join('<li><a href="#">%s</a></li>' % e(x) for x in page.get("related", []))}</ul></div>
<div class="footer">
  <p><a href="#">关于本网</a> | <a href="#">网站声明</a> | <a href="#">联系我们</a> | <a href="#">网站纠错</a></p>
  <p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
  <p>网站识别码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
  <p>国务院办公厅主办　中国政府网运行中心负责运行维护</p>
</div>
</body>
</html>
"""
    return html, {}


# ---------------------------------------------------------------- news portals
NEWS_SITES = {
    "xinhua": dict(suffix="-新华网", name="新华网", home="http://www.news.cn/", container='div id="detail"',
                   nav=["首页", "时政", "国际", "财经", "科技", "地方", "思客", "图片"],
                   footer="Copyright © 2000-2023 XINHUANET.com　All Rights Reserved.　制作单位：新华网股份有限公司　京ICP证010042号"),
    "people": dict(suffix="--科技--人民网", name="人民网", home="http://www.people.com.cn/", container='div class="rm_txt_con cf"',
                   nav=["首页", "时政", "经济", "社会", "科技", "地方", "观点", "理论"],
                   footer="人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明　人民网版权所有，未经书面授权禁止使用　Copyright © 1997-2023 by www.people.com.cn. all rights reserved"),
    "ce": dict(suffix="_中国经济网——国家经济门户", name="中国经济网", home="http://www.ce.cn/", container='div class="article" id="articleText"',
               nav=["首页", "宏观", "产业", "财经", "地方", "企业", "科技", "品牌"],
               footer="中国经济网版权所有　互联网新闻信息服务许可证(10120170008)　京ICP备09015569号　本网站所刊载信息，不代表中国经济网观点。"),
    "21jingji": dict(suffix="_21经济网", name="21经济网", home="https://www.21jingji.com/", container='div class="article txtContent"',
                     nav=["首页", "宏观", "金融", "证券", "公司", "区域", "汽车", "科技"],
                     footer="21世纪经济报道版权所有　粤ICP备13062045号　增值电信业务经营许可证粤B2-20150224"),
    "chinanews": dict(suffix="-中新网", name="中国新闻网", home="https://www.chinanews.com.cn/", container='div class="left_zw"',
                      nav=["首页", "滚动", "时政", "国际", "社会", "财经", "产经", "地方"],
                      footer="本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。　[网上传播视听节目许可证(0106168)] [京ICP证040655号]"),
    "yicai": dict(suffix="_第一财经", name="第一财经", home="https://www.yicai.com/", container='div class="m-txt"',
                  nav=["首页", "新闻", "股市", "区域", "汽车", "科技", "商业", "一财号"],
                  footer="第一财经版权所有　沪ICP备14038813号　互联网新闻信息服务许可证：31120180004"),
    "thepaper": dict(suffix="_澎湃新闻-The Paper", name="澎湃新闻", home="https://www.thepaper.cn/", container='div class="index_cententWrap__Jv8jK"',
                     nav=["要闻", "深度", "时事", "财经", "科技", "思想", "生活", "视频"],
                     footer="沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006　© 2014-2023 上海东方报业有限公司"),
}


def render_news(page):
    site = NEWS_SITES[page["site"]]
    pub = page["published"] + " " + page.get("time", "08:15")
    meta_date = ""
    if page.get("date_meta") == "publishdate":
        meta_date = '<meta name="publishdate" content="%s">' % page["published"]
    elif page.get("date_meta") == "og":
        meta_date = '<meta property="article:published_time" content="%sT%s:00+08:00">' % (page["published"], page.get("time", "08:15"))
    elif page.get("date_meta") == "pubtime":
        meta_date = '<meta name="pubdate" content="%s %s:00">' % (page["published"], page.get("time", "08:15"))
    rel = "\n".join('<li><a href="%s%s">%s</a><span>%s</span></li>' % (site["home"], href, e(t), d)
                    for t, href, d in page.get("related", []))
    comments = "\n".join('<div class="comment-item"><span class="user">%s</span><p>%s</p><span class="time">%s</span></div>'
                         % (e(u), e(c), page["published"]) for u, c in page.get("comments", []))
    cont = site["container"]
    tag = cont.split()[0]
    body = paras(page, indent=False)
    if page.get("image_caption"):
        body.insert(1, '<p style="text-align:center"><img src="%simg/%s.jpg"></p>\n<p class="pictext" style="text-align:center">%s</p>'
                    % (site["home"], page["id"].split("/")[1], e(page["image_caption"])))
    byline = page.get("byline", "")
    editor = page.get("editor", "张三")
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(page.get("html_title", page["title"]))}{site["suffix"]}</title>
<meta name="keywords" content="{e(page.get("keywords", ""))}">
<meta name="description" content="{e(page["paragraphs"][0][:70])}">
{meta_date}
<meta name="source" content="{e(page["source"])}">
<meta property="og:title" content="{e(page["title"])}">
<meta property="og:site_name" content="{site["name"]}">
</head>
<body>
<div class="topbar"><a href="{site["home"]}">{site["name"]}首页</a> | <a href="#">客户端</a> | <a href="#">登录</a> | <a href="#">注册</a></div>
<div class="nav"><ul>{"".join('<li><a href="#">%s</a></li>' % n for n in site["nav"])}</ul></div>
<div class="crumbs"><a href="{site["home"]}">{site["name"]}</a> &gt; <a href="#">{page.get("channel", "科技")}</a> &gt; 正文</div>
<div class="container">
<div class="main-left">
<div class="head">
<h1>{e(page["title"])}</h1>
<div class="info"><span class="time">{pub}</span>　<span class="source">来源：{e(page["source"])}</span>{("　<span class='author'>" + e(byline) + "</span>") if byline else ""}</div>
</div>
<{cont}>
{chr(10).join(body)}
</{tag}>
<div class="editor">[责任编辑：{editor}]</div>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">复制链接</a></div>
<div class="related"><h3>相关新闻</h3><ul>
{rel}
</ul></div>
<div class="comment-box"><h3>用户评论</h3>
<div class="comment-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
{comments}
</div>
</div>
<div class="main-right"><h3>热点排行</h3><ol><li><a href="#">{e(page.get("hot", "多地发布新一轮稳增长举措"))}</a></li><li><a href="#">夏粮收购进度过半</a></li><li><a href="#">暑期文旅消费持续升温</a></li></ol></div>
</div>
<div class="footer"><p>{site["footer"]}</p></div>
</body>
</html>
"""
    return html, {}


# ---------------------------------------------------------------- hacked traditional mirrors
def render_mirror(page):
    links, texts = spam_links(page, page.get("n_links", 34))
    spam = {"SPAMTITLE": page["spam_title"], "FOOTER": " | ".join(links)}
    body = paras(page, indent=False)
    hidden = page.get("hidden")
    style = ""
    hidden_texts = []
    if hidden:
        r = rng_for(page)
        pool = GAMBLING_TEXTS if page.get("hidden_pool") == "gambling" else SPAM_LINK_TEXTS[::-1]
        hidden_texts = r.sample(pool, 8)
        block = " ".join('<a href="http://www.%s%d.example/">%s</a>' % (r.choice(SPAM_LINK_HOSTS), r.randint(10, 99), t)
                         for t in hidden_texts)
        spam["HIDDEN"] = block
        pos = page.get("hidden_at", len(body) // 2)
        if hidden == "display_none":
            body.insert(pos, '<div style="display:none">@@HIDDEN@@</div>')
        elif hidden == "class_hdl":
            style = "<style type=\"text/css\">.hdl{display:none}\n.content p{line-height:2em}</style>"
            body.insert(pos, '<div class="hdl">@@HIDDEN@@</div>')
        elif hidden == "offscreen":
            body.insert(pos, '<div style="position:absolute;left:-9999px;top:-9999px;overflow:hidden">@@HIDDEN@@</div>')
    if page.get("spam_para"):
        # written into the markup before script conversion: the injected paragraph is in the page's own script
        body.insert(page.get("spam_para_at", 2), "<p>%s</p>" % e(page["spam_para"], quote=False))
    redirect = ""
    if page.get("js_redirect"):
        redirect = ('<script>var s=document.referrer;if(s.indexOf("baidu")>0||s.indexOf("sogou")>0||s.indexOf("so.com")>0)'
                    '{top.location.href="http://www.ysdh88.example/";}</script>')
    dateline = ""
    if page.get("published"):
        dateline = '<div class="info">%s %s　来源：%s</div>' % (page["published"], page.get("time", "09:12"), page["source"])
    elif page.get("source"):
        dateline = '<div class="info">来源：%s</div>' % page["source"]
    crumbs = " &gt; ".join(['<a href="/">首页</a>'] + ['<a href="#">%s</a>' % c for c in page.get("crumbs", ["国内", "财经"])] + ["正文"])
    title_tag = page.get("title_tag", "h1")
    title_html = "<h1>%s</h1>" % e(page["title"]) if title_tag == "h1" else '<div class="title">%s</div>' % e(page["title"])
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>@@SPAMTITLE@@</title>
<meta name="keywords" content="@@SPAMTITLE@@">
{style}
{redirect}
</head>
<body>
<div class="top"><a href="/">网站首页</a> | <a href="/sitemap.xml">网站地图</a></div>
<div class="tuijian">每日推荐</div>
<div class="weizhi">{crumbs}</div>
<div class="content">
{title_html}
{dateline}
<div class="article">
{chr(10).join(body)}
</div>
<div class="bianji">[责任编辑:{page.get("editor", "王晓")}]</div>
</div>
<div class="links">主站蜘蛛池模板: @@FOOTER@@ |</div>
</body>
</html>
"""
    page["spam_gold"] = page.get("spam_gold_extra", []) + [page["spam_title"].split("-")[0]] + texts[:6] + hidden_texts[:4] \
        + ([page["spam_para"]] if page.get("spam_para") else []) + ["主站蜘蛛池模板"]
    return html, spam


# ---------------------------------------------------------------- provincial GBK pages
PROVINCES = {
    "jiangsu": dict(site="江苏省工业和信息化厅", short="省工业和信息化厅", icp="苏ICP备05004929号-1", addr="南京市北京西路70号"),
    "guangdong": dict(site="广东省工业和信息化厅", short="省工业和信息化厅", icp="粤ICP备05070829号", addr="广州市东风中路305号"),
    "hunan": dict(site="湖南省工业和信息化厅", short="省工业和信息化厅", icp="湘ICP备05003346号", addr="长沙市芙蓉区五一大道98号"),
    "sichuan": dict(site="四川省经济和信息化厅", short="省经济和信息化厅", icp="蜀ICP备05027436号", addr="成都市青羊区东城根上街1号"),
    "shandong": dict(site="山东省工业和信息化厅", short="省工业和信息化厅", icp="鲁ICP备05002386号", addr="济南市历下区省府前街1号"),
    "anhui": dict(site="安徽省经济和信息化厅", short="省经济和信息化厅", icp="皖ICP备05001234号", addr="合肥市包河区"),
}


def render_province(page):
    prov = PROVINCES[page["province"]]
    label = page.get("charset_label", "gb2312")
    body = "\n".join(paras(page))
    src = page["source"]
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={label}" />
<title>{e(page["title"])}</title>
<meta name="ArticleTitle" content="{e(page["title"])}" />
<meta name="ColumnName" content="{page.get("column", "工作动态")}" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><div class="logo">{prov["site"]}</div>
<div class="topnav"><a href="/">首页</a> <a href="#">机构概况</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">专题专栏</a></div></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">{page.get("column", "工作动态")}</a></div>
<div class="article_box">
<div class="article_title">{e(page["title"])}</div>
<div class="article_info">发布日期：{page["published"]}　　信息来源：{e(src)}　　浏览次数：{page.get("views", 1287)}　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article_con">
<div class="TRS_Editor">
{body}
</div>
</div>
<div class="article_bot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="foot">
<p>主办：{prov["site"]}　地址：{prov["addr"]}</p>
<p>{prov["icp"]}　网站标识码：{page.get("site_code", "3200000033")}　联系电话：{page.get("phone", "025-83356789")}</p>
</div>
</body>
</html>
"""
    return html, {}


# ---------------------------------------------------------------- NDRC
def render_ndrc(page):
    pub = page["published"] + " " + page.get("time", "10:00")
    body = "\n".join(paras(page))
    atts = page.get("attachments", [])
    enclosure = ""
    if atts:
        enclosure = '<table class="enclosure"><tr><td>附件：</td></tr>%s</table>' % "".join(
            '<tr><td><a href="./P0%s%d.pdf">%s</a></td></tr>' % (page["published"].replace("-", ""), i, e(a)) for i, a in enumerate(atts))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(page["title"])}_国家发展和改革委员会</title>
<meta name="SiteName" content="国家发展和改革委员会">
<meta name="SiteDomain" content="www.ndrc.gov.cn">
<meta name="SiteIDCode" content="bm04000007">
<meta name="ColumnName" content="{page.get("column", "新闻发布")}">
<meta name="ColumnType" content="{page.get("column", "新闻发布")}">
<meta name="ColumnDescription" content="{page.get("column", "新闻发布")}">
<meta name="ArticleTitle" content="{e(page["title"])}">
<meta name="PubDate" content="{pub}">
<meta name="ContentSource" content="{e(page["source"])}">
<meta name="Keywords" content="{e(page.get("keywords", ""))}">
</head>
<body>
<div class="header"><a href="/">国家发展和改革委员会</a> <a href="#">English</a> <a href="#">无障碍</a></div>
<div class="nav"><a href="/">首页</a> <a href="/xwdt/">新闻动态</a> <a href="/xxgk/">信息公开</a> <a href="/fggz/">发展改革工作</a> <a href="/hdjl/">互动交流</a></div>
<div class="container">
<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="./">{page.get("column", "新闻发布")}</a></div>
<div class="article">
<div class="article_title"><h2>{e(page["title"])}</h2></div>
<div class="article_l">发布时间：{page["published"].replace("-", "/")}　　来源：{e(page["source"])}</div>
<div class="article_con">
<div class="TRS_Editor">
{body}
</div>
</div>
{enclosure}
<div class="share">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
<div class="footer"><p>主办单位：国家发展和改革委员会　网站标识码bm04000007　京ICP备05052393号　京公网安备11010202000002号</p></div>
</body>
</html>
"""
    return html, {}


# ---------------------------------------------------------------- seed page (already traditional, verbatim)
def render_seed(page):
    links = page["footer_links"]
    r = random.Random(7)
    footer = " | ".join('<a href="http://www.%s%d.example/">%s</a>' % (r.choice(SPAM_LINK_HOSTS), r.randint(100, 999), t) for t in links)
    body = "\n".join("<p>%s</p>" % e(p, quote=False) for p in page["paragraphs_orig"])
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>@@SPAMTITLE@@</title>
<meta name="keywords" content="@@SPAMTITLE@@">
<meta name="publishdate" content="{page["published"]}">
</head>
<body>
<div class="top"><a href="/">網站首頁</a> | <a href="/sitemap.xml">網站地圖</a></div>
<div class="tuijian">每日推薦</div>
<div class="weizhi"><a href="/">首頁</a> &gt; <a href="#">中國品牌</a> &gt; <a href="#">品牌智庫</a> &gt; 正文</div>
<div class="content">
<h1>{page["title_orig"]}</h1>
<div class="info">{page["published"]} 09:12　來源：經濟日報</div>
<div class="article">
{body}
</div>
<div class="bianji">[責任編輯:潘旺旺]</div>
</div>
<div class="links">主站蜘蛛池模板: {footer} |</div>
</body>
</html>
"""
    return html, {"SPAMTITLE": page["spam_title"]}

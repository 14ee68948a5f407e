"""Traditional-script hacked mirror pages (written in simplified here, converted with OpenCC)."""
from build_corpus import amount as A

MT = ["spam porn-keyword <title> and meta keywords (simplified) on a traditional page", "主站蜘蛛池模板 footer of 30+ spam links",
      "[责任编辑:…] line after the body"]

R1 = dict(
    id="mirror/qingdao-smart-appliances", template="mirror", script="traditional", opencc="s2tw.json",
    url="http://www.qdjd-news.example/cj/2022/0914/482113.html", crumbs=["国内", "财经"],
    spam_title="午夜福利影院在线观看-午夜福利影院免费-午夜福利高清视频-午夜福利在线播放-国产精品视频一区",
    title="青岛智能家电集群：从“卖产品”到“卖场景”", published="2022-09-14", time="10:26",
    source="中国经济网", editor="林琳", n_links=36,
    paragraphs=[
        "在国家先进制造业集群名单中，青岛市智能家电集群是家电领域的代表。青岛聚集了海尔、海信、澳柯玛等一批龙头企业，带动上下游配套企业超过1000家。",
        "青岛市工业和信息化局介绍，2021年青岛智能家电集群营业收入超过2600亿元，同比增长11.5%，冰箱、洗衣机、空调等主要产品产量占全国比重较高。",
        "“现在用户买的不只是一台冰箱，而是一个智慧厨房场景。”一家家电企业负责人说，企业正通过工业互联网平台为上下游企业提供数字化改造服务。",
        "青岛市提出，到“十四五”末集群规模达到3000亿元，打造世界级智能家电产业集群。",
        "业内人士认为，青岛与合肥、佛山等家电产业基地各具特色，未来竞争将更多体现在场景创新和全球品牌建设上。",
    ],
    clusters=[{"name": "青岛市智能家电集群", "cities": ["青岛市"], "national": True}],
    cities=["青岛市", "合肥市", "佛山市"],
    amounts=[
        A("2600亿元", 260000000000, qualifier="超过", year=2021, metric="营业收入", kind="actual", subject="青岛市智能家电集群"),
        A("3000亿元", 300000000000, comparator="达到", year=2025, metric="规模", kind="target", subject="青岛市智能家电集群"),
    ],
    traps=MT + ["“十四五”末 → year 2025 (an end point, not a period)", "company names 海尔/海信 are not cities"],
)

R2 = dict(
    id="mirror/xian-aviation-hidden-div", template="mirror", script="traditional", opencc="s2tw.json",
    url="http://www.sxhk-info.example/a/2023/0517/91530.html", crumbs=["地方", "陕西"],
    spam_title="成人影院在线观看-成人影院免费看-成人影院高清-成人影院手机版-亚洲视频一区二区",
    title="西安航空集群瞄准千亿级目标 大飞机产业链加速延伸", published="2023-05-17", time="08:55",
    source="陕西日报", editor="赵蕾", hidden="display_none", hidden_at=2, n_links=33,
    paragraphs=[
        "西安市航空集群是我国航空领域唯一入选的国家先进制造业集群。在西安阎良国家航空高技术产业基地，运输机、支线客机和无人机整机及配套项目加快建设。",
        "据西安市工业和信息化局介绍，西安航空产业已形成飞机设计、整机制造、发动机、机载系统、航空材料等较为完整的产业链，集聚航空企业超过500家。",
        "2022年，西安航空产业总产值超过700亿元，同比增长10.2%。西安市提出，打造千亿级航空产业集群，到2025年航空产业规模突破1200亿元。",
        "西安还将与宝鸡、咸阳等市协同布局航空零部件和航空材料项目，推动大中小企业融通发展，提升本地配套率。",
    ],
    clusters=[{"name": "西安市航空集群", "cities": ["西安市"], "national": True}],
    cities=["西安市", "宝鸡市", "咸阳市"],
    amounts=[
        A("700亿元", 70000000000, qualifier="超过", year=2022, metric="产值", kind="actual", subject="西安市"),
        A("千亿级", 100000000000, kind="scale", subject="西安市"),
        A("1200亿元", 120000000000, comparator="突破", year=2025, metric="规模", kind="target", subject="西安市"),
    ],
    traps=MT + ["<div style=\"display:none\"> spam link block between body paragraphs", "千亿级 also in the title (title amounts are not body amounts)",
                "阎良 is a district"],
)

R3 = dict(
    id="mirror/wuxi-iot-hdl-class", template="mirror", script="traditional", opencc="s2tw.json",
    url="http://www.wxwlw-news.example/html/2023/0303/30871.shtml", crumbs=["科技", "物联网"],
    spam_title="欧美精品视频在线观看-欧美精品免费视频-欧美精品高清-欧美精品一区二区三区-日韩在线视频",
    title="无锡物联网集群营收突破3700亿元 “物联网之城”再上新台阶", published="2023-03-03", time="15:40",
    source="新华日报", editor="沈洁", hidden="class_hdl", hidden_at=3, n_links=38,
    paragraphs=[
        "3月2日，记者从无锡市工业和信息化局获悉，2022年无锡物联网产业营业收入突破3700亿元，同比增长12%以上，无锡市物联网集群继续保持全国领先。",
        "无锡是国家传感网创新示范区所在地。目前，全市物联网企业超过3000家，涵盖传感器、芯片、网络通信、平台服务等环节，感知层产业规模约占全国的三分之一。",
        "无锡市提出，到2025年物联网产业营业收入突破5000亿元，建成具有全球影响力的物联网产业创新高地。市财政每年安排不少于5亿元资金，支持物联网关键技术攻关和示范应用。",
        "在无锡高新区，一批车联网、工业物联网项目相继落地，物联网技术在纺织、机械、化工等传统产业中加快推广。",
        "专家指出，无锡可与南京、苏州等地加强协作，共同打造长三角物联网产业带。",
    ],
    clusters=[{"name": "无锡市物联网集群", "cities": ["无锡市"], "national": True}],
    cities=["无锡市", "南京市", "苏州市"],
    amounts=[
        A("3700亿元", 370000000000, comparator="突破", year=2022, metric="营业收入", kind="actual", subject="无锡市"),
        A("5000亿元", 500000000000, comparator="突破", year=2025, metric="营业收入", kind="target", subject="无锡市"),
        A("5亿元", 500000000, comparator="不少于", metric="资金", kind="investment", subject="无锡市"),
    ],
    traps=MT + ["hidden by the page's own <style>: .hdl{display:none} on a div.hdl spam block inside the article",
                "三分之一 is a share", "12%以上"],
)

R4 = dict(
    id="mirror/changchun-auto-gambling-para", template="mirror", script="traditional", opencc="s2tw.json",
    url="http://www.ccqc-daily.example/news/2023/0718/77231.html", crumbs=["地方", "吉林"],
    spam_title="国产福利视频在线观看-国产福利在线-国产福利免费视频-国产福利高清-亚洲精品一区",
    title="长春汽车集群加速电动化转型 打造万亿级汽车产业集群", published="2023-07-18", time="07:50",
    source="吉林日报", editor="孙博",
    spam_para="【澳门葡京娱乐】北京赛车pk10计划、时时彩稳赚平台，注册即送彩金88元，百家乐真人在线，每日首存优惠高达5000元，详情请加客服QQ：88886666。",
    spam_para_at=2, n_links=35,
    paragraphs=[
        "作为国家先进制造业集群之一，长春市汽车集群正加速向电动化、智能化、网联化转型。在长春汽车经济技术开发区，新能源汽车生产线满负荷运转。",
        "长春市工业和信息化局数据显示，2022年长春汽车产业产值约5000亿元，整车产量超过200万辆，汽车产业产值占全市规模以上工业总产值比重超过70%。",
        "长春市提出，打造万亿级汽车产业集群，到2025年新能源汽车产能达到100万辆。今年以来，全市新开工汽车产业项目86个，计划总投资420亿元。",
        "与此同时，长春加快培育汽车零部件本地配套体系，推动整车企业与零部件企业协同研发，本地配套率有望进一步提升。",
        "业内人士认为，长春与吉林市、四平市等地可以形成整车与零部件互补的发展格局。",
    ],
    clusters=[{"name": "长春市汽车集群", "cities": ["长春市"], "national": True}],
    cities=["长春市", "吉林市", "四平市"],
    amounts=[
        A("5000亿元", 500000000000, qualifier="约", year=2022, metric="产值", kind="actual", subject="长春市"),
        A("万亿级", 1000000000000, kind="scale", subject="长春市汽车集群"),
        A("420亿元", 42000000000, year=2023, metric="投资", kind="investment", subject="长春市"),
    ],
    traps=MT + ["visible gambling/lottery spam paragraph inside the article body (its 88元/5000元 are not amounts)",
                "吉林市 (city) vs 吉林省 (province)", "200万辆/100万辆/86个 counts"],
)

R5 = dict(
    id="mirror/hangzhou-digital-security-hk", template="mirror", script="traditional", opencc="s2hk.json",
    url="http://www.hzaf-mirror.example/tech/119284.html", crumbs=["科技", "产业"],
    spam_title="夜色福利导航-夜色直播在线观看-夜色免费视频-夜色高清视频-日韩精品一区二区",
    title="杭州数字安防集群：从“看得见”到“看得懂”", published=None, source="浙江日报", editor="周敏",
    hidden="offscreen", hidden_at=1, js_redirect=True, n_links=32,
    paragraphs=[
        "杭州市数字安防集群入选国家先进制造业集群，是全球规模最大的数字安防产业集聚区之一，视频监控设备产量约占全球市场的一半。",
        "杭州市经济和信息化局介绍，集群拥有规模以上企业300余家，2021年营业收入超过2300亿元。海康威视、大华股份等龙头企业带动形成了从芯片、算法到整机、平台的完整产业链。",
        "杭州提出，到2025年数字安防集群规模达到4000亿元左右，推动产业从传统安防向智能物联转型。",
        "随着人工智能技术广泛应用，安防企业正将视觉感知能力延伸到智慧城市、智能交通、工业检测等领域。业内人士认为，杭州可与宁波、嘉兴等地加强产业协作。",
    ],
    clusters=[{"name": "杭州市数字安防集群", "cities": ["杭州市"], "national": True}],
    cities=["杭州市", "宁波市", "嘉兴市"],
    amounts=[
        A("2300亿元", 230000000000, qualifier="超过", year=2021, metric="营业收入", kind="actual", subject="杭州市数字安防集群"),
        A("4000亿元左右", 400000000000, qualifier="左右", comparator="达到", year=2025, metric="规模", kind="target", subject="杭州市数字安防集群"),
    ],
    traps=MT + ["Hong Kong variant traditional (OpenCC s2hk)", "no publication date anywhere (published null), source line only",
                "off-screen positioned spam block (position:absolute;left:-9999px)", "JS referrer redirect in <head>"],
)

R6 = dict(
    id="mirror/guangfohui-uhd-gambling-hidden", template="mirror", script="traditional", opencc="s2tw.json",
    url="http://www.gfh-video.example/zixun/2022/1215/65012.html", crumbs=["产经", "家电"], title_tag="div",
    spam_title="久久热视频在线观看-久久热免费视频-久久热高清-久久热在线播放-国产精品久久",
    title="广佛惠超高清视频和智能家电集群：向万亿级迈进", published="2022-12-15", time="11:18",
    source="南方日报", editor="黄慧", hidden="display_none", hidden_pool="gambling", hidden_at=4, n_links=40,
    paragraphs=[
        "广佛惠超高清视频和智能家电集群横跨广州、佛山、惠州三市，是我国超高清视频和智能家电产业规模最大的集聚区之一。",
        "广东省工业和信息化厅介绍，2021年集群营业收入超过7000亿元，超高清视频终端产品产量约占全国的三成，智能家电产量约占全球的五分之一。",
        "广州重点发展超高清视频内容制作和新型显示，佛山聚焦智能家电整机制造，惠州则在电视整机和模组方面具有优势。三地正共同推动集群向万亿级迈进。",
        "集群发展促进机构负责人表示，下一步将推动8K视频、激光显示等新技术产业化，支持企业建设海外营销网络。",
        "惠州市提出，今年超高清视频产业产值力争达到1500亿元。",
    ],
    clusters=[{"name": "广佛惠超高清视频和智能家电集群", "cities": ["广州市", "佛山市", "惠州市"], "national": True}],
    cities=["广州市", "佛山市", "惠州市"],
    amounts=[
        A("7000亿元", 700000000000, qualifier="超过", year=2021, metric="营业收入", kind="actual", subject="广佛惠超高清视频和智能家电集群"),
        A("万亿级", 1000000000000, kind="scale", subject="广佛惠超高清视频和智能家电集群"),
        A("1500亿元", 150000000000, comparator="达到", year=2022, metric="产值", kind="target", subject="惠州市"),
    ],
    traps=MT + ["title in div.title (no <h1>)", "hidden display:none block of gambling links at the end of the article",
                "三成/五分之一 shares", "8K is not an amount"],
)

PAGES = [R1, R2, R3, R4, R5, R6]

"""GBK-encoded provincial government pages and NDRC pages."""
from build_corpus import amount as A

NJ = "南京市新型电力（智能电网）装备集群"
PT = ["file bytes are GBK; charset only in <meta http-equiv=Content-Type> (no BOM, no HTTP header when read from disk)",
      "footer address/phone/ICP are not body"]

P1 = dict(
    id="province/jiangsu-clusters-gb2312", template="province", province="jiangsu", charset="gbk", charset_label="gb2312",
    url="https://gxt.jiangsu.gov.cn/art/2022/6/8/art_6278_10498321.html",
    title="我省6个集群入选国家先进制造业集群", published="2022-06-08", source="省工业和信息化厅", column="工作动态",
    phone="025-83356789", site_code="3200000033",
    paragraphs=[
        "近日，从工业和信息化部获悉，我省南京市新型电力（智能电网）装备集群、无锡市物联网集群、苏州市纳米新材料集群等6个集群入选国家先进制造业集群，入选数量位居全国前列。",
        "南京市新型电力（智能电网）装备集群是全国规模最大、技术水平最高的电力装备产业集聚区之一，集聚相关企业700余家。南京提出，到2025年集群产值突破4000亿元。",
        "无锡市物联网集群和苏州市纳米新材料集群分别在物联网感知和纳米新材料领域形成了特色优势。常州、徐州等地的集群也在加快培育，争取进入国家队。",
        "省工业和信息化厅将会同各设区市，实施先进制造业集群培育“531”行动计划，对入选国家集群的给予最高3000万元的专项资金支持，并在重大项目布局、人才引进等方面予以倾斜。",
        "集群促进机构代表陈喆表示，将搭建产业链协作平台，推动集群内企业在标准制定、技术攻关和市场开拓方面加强合作。",
    ],
    clusters=[{"name": NJ, "cities": ["南京市"], "national": True},
              {"name": "无锡市物联网集群", "cities": ["无锡市"], "national": True},
              {"name": "苏州市纳米新材料集群", "cities": ["苏州市"], "national": True}],
    cities=["南京市", "无锡市", "苏州市", "常州市", "徐州市"],
    amounts=[
        A("4000亿元", 400000000000, comparator="突破", year=2025, metric="产值", kind="target", subject=NJ),
        A("3000万元", 30000000, qualifier="最高", metric="专项资金", kind="investment", subject="江苏省"),
    ],
    traps=PT + ["label gb2312 but the text holds a GBK-only character (喆 in 陈喆): decode as GBK/GB18030",
                "“531”行动计划 is a name, not a number", "700余家 count"],
)

P2 = dict(
    id="province/guangdong-smart-equipment-gbk", template="province", province="guangdong", charset="gbk", charset_label="gbk",
    url="http://gdii.gd.gov.cn/gzdt/content/post_3967890.html",
    title="广深佛莞智能装备集群建设推进会在佛山召开", published="2022-08-26", source="省工业和信息化厅", column="工作动态",
    phone="020-83133114", site_code="4400000130",
    paragraphs=[
        "8月25日，广深佛莞智能装备集群建设推进会在佛山召开。会议总结了集群入选国家先进制造业集群以来的建设成效，部署下一阶段重点任务。",
        "广深佛莞智能装备集群覆盖广州、深圳、佛山、东莞四市，在工业机器人、高端数控机床、智能检测装备等领域集聚了一批骨干企业。2021年，集群营业收入超过6000亿元。",
        "会议提出，到2025年，广深佛莞智能装备集群营业收入力争达到1.5万亿元，建成产值突破万亿元的世界级智能装备产业集群。",
        "佛山市介绍，全市规模以上装备制造企业超过3000家，工业机器人应用密度居全省前列；东莞市表示，将围绕智能移动终端和智能装备推动“机器换人”。",
        "会议要求，四市要加强规划衔接和政策协同，共建一批制造业创新中心和公共服务平台，避免同质化竞争。咨询电话：020-83133114。",
    ],
    clusters=[{"name": "广深佛莞智能装备集群", "cities": ["广州市", "深圳市", "佛山市", "东莞市"], "national": True}],
    cities=["佛山市", "广州市", "深圳市", "东莞市"],
    amounts=[
        A("6000亿元", 600000000000, qualifier="超过", year=2021, metric="营业收入", kind="actual", subject="广深佛莞智能装备集群"),
        A("1.5万亿元", 1500000000000, comparator="达到", year=2025, metric="营业收入", kind="target", subject="广深佛莞智能装备集群"),
        A("万亿元", 1000000000000, comparator="突破", year=2025, metric="产值", kind="target", subject="广深佛莞智能装备集群"),
    ],
    traps=PT + ["charset=gbk label", "phone number inside a body paragraph", "四市 / 3000家 counts"],
)

P3 = dict(
    id="province/hunan-construction-machinery-gb2312", template="province", province="hunan", charset="gbk", charset_label="gb2312",
    url="http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/gzyw/202206/t20220615_25612345.html",
    title="长沙工程机械集群加快建设世界级产业集群", published="2022-06-15", source="湖南省工业和信息化厅", column="工作要闻",
    phone="0731-88989115", site_code="4300000048",
    paragraphs=[
        "长沙市工程机械集群是全国工程机械产业规模最大的集聚区之一，三一重工、中联重科、山河智能、铁建重工等企业在这里集聚，集群内规模以上企业400余家。",
        "2021年，长沙工程机械产业实现营业收入2800亿元，混凝土机械、履带起重机等产品市场占有率居全国前列，产品出口到全球100多个国家和地区。",
        "长沙提出，到2025年工程机械产业规模突破4000亿元，打造具有全球竞争力的世界级工程机械产业集群。",
        "同时，湖南正推动长沙、株洲、湘潭三市协同，打造万亿级先进装备制造业产业集群，株洲市轨道交通装备集群和长株潭中小航空发动机集群与长沙工程机械集群形成错位发展格局。",
        "省工业和信息化厅有关负责人表示，将支持龙头企业牵头组建创新联合体，推动“整机+零部件”协同攻关，提升电液控制系统、高端液压件等关键零部件的本地配套能力。",
    ],
    clusters=[{"name": "长沙市工程机械集群", "cities": ["长沙市"], "national": True},
              {"name": "株洲市轨道交通装备集群", "cities": ["株洲市"], "national": True},
              {"name": "长株潭中小航空发动机集群", "cities": ["长沙市", "株洲市", "湘潭市"], "national": True}],
    cities=["长沙市", "株洲市", "湘潭市"],
    amounts=[
        A("2800亿元", 280000000000, comparator="实现", year=2021, metric="营业收入", kind="actual", subject="长沙市工程机械集群"),
        A("4000亿元", 400000000000, comparator="突破", year=2025, metric="规模", kind="target", subject="长沙市工程机械集群"),
        A("万亿级", 1000000000000, kind="scale", subject="湖南省"),
    ],
    traps=PT + ["source line says 湖南省工业和信息化厅 (full name)", "100多个国家 count with 多", "company names contain place-like words (中联, 铁建)"],
)

P4 = dict(
    id="province/sichuan-energy-equipment-gbk", template="province", province="sichuan", charset="gbk", charset_label="gbk",
    url="https://jxt.sc.gov.cn/scjxt/gzdt/2023/4/20/8d1c5a2e7f3b4c6a9e0d1f2a3b4c5d6e.shtml",
    title="成德高端能源装备集群“十四五”重大项目加快推进", published="2023-04-20", source="省经济和信息化厅", column="工作动态",
    phone="028-86922813", site_code="5100000062",
    paragraphs=[
        "4月19日，记者从省经济和信息化厅获悉，成德高端能源装备集群今年一季度实现营业收入680亿元，同比增长14.6%，重大项目建设开局良好。",
        "成德高端能源装备集群以德阳为核心、成都为研发支撑，发电设备产量连续多年居世界前列，清洁能源装备产量约占全国的三分之一。2022年，集群营业收入超过3000亿元。",
        "按照规划，“十四五”期间集群重大项目总投资超过2000亿元，重点布局氢能、燃气轮机、核电和大型水电装备。",
        "与此同时，成都市软件和信息服务集群正在为能源装备企业提供工业软件和数字化解决方案，推动“装备+软件”融合发展。",
        "自贡、乐山等市也在积极融入集群配套体系，承接阀门、锅炉辅机和多晶硅材料等项目。",
    ],
    clusters=[{"name": "成德高端能源装备集群", "cities": ["成都市", "德阳市"], "national": True},
              {"name": "成都市软件和信息服务集群", "cities": ["成都市"], "national": True}],
    cities=["德阳市", "成都市", "自贡市", "乐山市"],
    amounts=[
        A("680亿元", 68000000000, comparator="实现", year=2023, metric="营业收入", kind="actual", subject="成德高端能源装备集群"),
        A("3000亿元", 300000000000, qualifier="超过", year=2022, metric="营业收入", kind="actual", subject="成德高端能源装备集群"),
        A("2000亿元", 200000000000, qualifier="超过", periodFrom=2021, periodTo=2025, metric="投资", kind="investment", subject="成德高端能源装备集群"),
    ],
    traps=PT + ["“十四五”期间 period (2021–2025) on an investment", "今年一季度 → 2023", "三分之一 share"],
)

P5 = dict(
    id="province/shandong-rail-power-gb2312", template="province", province="shandong", charset="gbk", charset_label="gb2312",
    url="http://gxt.shandong.gov.cn/art/2023/8/2/art_15170_10321456.html",
    title="山东省推进高端装备产业集群发展 青岛轨道交通装备集群领跑", published="2023-08-02", source="山东省工业和信息化厅", column="工作动态",
    phone="0531-86915226", site_code="3700000067",
    paragraphs=[
        "近日，山东省高端装备产业集群发展现场会在青岛召开。会议提出，以国家先进制造业集群为引领，加快构建省、市两级集群梯次培育体系。",
        "青岛市轨道交通装备集群拥有产业链上下游企业500余家，高速列车、城轨车辆等产品出口20多个国家和地区。2022年，集群营业收入约900亿元。",
        "潍坊市动力装备集群聚焦发动机、农业装备和新能源动力系统，2022年营业收入超过1600亿元，正在向打造千亿级新能源动力装备集群的目标迈进。",
        "会议明确，省级财政每年统筹安排10亿元，支持集群内企业技术改造和首台（套）装备推广应用。济南、烟台等市也将围绕轨道交通、海洋工程装备培育省级集群。",
        "联系电话：0531-86915226",
    ],
    clusters=[{"name": "青岛市轨道交通装备集群", "cities": ["青岛市"], "national": True},
              {"name": "潍坊市动力装备集群", "cities": ["潍坊市"], "national": True}],
    cities=["青岛市", "潍坊市", "济南市", "烟台市"],
    amounts=[
        A("900亿元", 90000000000, qualifier="约", year=2022, metric="营业收入", kind="actual", subject="青岛市轨道交通装备集群"),
        A("1600亿元", 160000000000, qualifier="超过", year=2022, metric="营业收入", kind="actual", subject="潍坊市动力装备集群"),
        A("千亿级", 100000000000, kind="scale", subject="潍坊市动力装备集群"),
        A("10亿元", 1000000000, metric="资金", kind="investment", subject="山东省"),
    ],
    traps=PT + ["a contact phone as the last body paragraph", "首台（套） is not a count of money", "20多个 count"],
)

NT = ["metas ArticleTitle / PubDate / ContentSource", "visible date as YYYY/MM/DD", "URL date tYYYYMMDD_id"]

D1 = dict(
    id="ndrc/east-data-west-compute", template="ndrc", column="新闻发布",
    url="https://www.ndrc.gov.cn/xwdt/xwfb/202203/t20220315_1319000.html",
    title="国家发展改革委介绍“东数西算”工程实施进展", published="2022-03-15", time="10:30", source="新闻办",
    paragraphs=[
        "3月15日，国家发展改革委召开新闻发布会，介绍“东数西算”工程实施进展。",
        "新闻发言人表示，目前全国一体化大数据中心体系完成总体布局设计，京津冀、长三角、粤港澳大湾区、成渝、内蒙古、贵州、甘肃、宁夏等8地启动建设国家算力枢纽节点，并规划了10个国家数据中心集群。",
        "其中，甘肃庆阳数据中心集群和宁夏中卫数据中心集群重点承接东部地区后台加工、离线分析、存储备份等非实时算力需求。",
        "据测算，“东数西算”工程每年将带动投资4000多亿元，有效扩大有效投资，带动相关产业上下游协同发展。",
        "下一步，国家发展改革委将会同有关部门加强统筹协调，推动数据中心绿色低碳发展，数据中心电能利用效率力争降到1.3以下。",
    ],
    clusters=[], cities=["庆阳市", "中卫市"],
    amounts=[A("4000多亿元", 400000000000, valueMax=500000000000, qualifier="多", metric="投资", kind="investment", subject=None)],
    traps=NT + ["“数据中心集群” are not industrial clusters (gold clusters empty)", "8地/10个 counts", "PUE 1.3 is not money",
                "每年 (every year) is not a year"],
)

D2 = dict(
    id="ndrc/central-region-rise-2023", template="ndrc", column="新闻发布",
    url="https://www.ndrc.gov.cn/xwdt/xwfb/202307/t20230726_1358612.html",
    title="中部地区先进制造业加快发展 一批产业集群迈向万亿级", published="2023-07-26", time="15:20", source="地区振兴司",
    paragraphs=[
        "近日，促进中部地区崛起工作部际联席会议召开。会议指出，中部地区制造业基础雄厚，2022年中部六省地区生产总值达到26.7万亿元，占全国的比重为22.1%。",
        "武汉市光电子信息集群、长沙市工程机械集群、合肥市智能语音集群、株洲市轨道交通装备集群等国家先进制造业集群发展势头良好。",
        "郑州市电子信息产业规模突破6000亿元，正加快打造万亿级电子信息产业集群；合肥市新能源汽车产业加速成势，南昌、太原等地也在培育特色优势产业集群。",
        "会议要求，中部地区要加快建设先进制造业基地，加强长江中游城市群、中原城市群协同，推动科技创新和产业创新深度融合。",
    ],
    clusters=[{"name": "武汉市光电子信息集群", "cities": ["武汉市"], "national": True},
              {"name": "长沙市工程机械集群", "cities": ["长沙市"], "national": True},
              {"name": "合肥市智能语音集群", "cities": ["合肥市"], "national": True},
              {"name": "株洲市轨道交通装备集群", "cities": ["株洲市"], "national": True}],
    cities=["武汉市", "长沙市", "合肥市", "株洲市", "郑州市", "南昌市", "太原市"],
    amounts=[
        A("26.7万亿元", 26700000000000, comparator="达到", year=2022, metric="地区生产总值", kind="actual", subject="中部地区"),
        A("6000亿元", 600000000000, comparator="突破", metric="规模", kind="actual", subject="郑州市"),
        A("万亿级", 1000000000000, kind="scale", subject="郑州市"),
    ],
    traps=NT + ["title carries 万亿级 too", "22.1% share", "六省 count"],
)

D3 = dict(
    id="ndrc/new-energy-implementation-plan", template="ndrc", column="通知",
    url="https://www.ndrc.gov.cn/xxgk/zcfb/tz/202205/t20220530_1326543.html",
    title="国家发展改革委 国家能源局关于促进新时代新能源高质量发展的实施方案", published="2022-05-30", time="17:00",
    source="国家发展改革委 国家能源局", attachments=["关于促进新时代新能源高质量发展的实施方案.pdf"],
    paragraphs=[
        "发改能源〔2022〕206号",
        "为深入贯彻落实碳达峰碳中和目标要求，加快构建清洁低碳、安全高效的能源体系，经国务院同意，现就促进新时代新能源高质量发展提出如下实施方案。",
        "实现到2030年风电、太阳能发电总装机容量达到12亿千瓦以上的目标，加快构建以新能源为主体的新型电力系统。",
        "加快推进以沙漠、戈壁、荒漠地区为重点的大型风电光伏基地建设，推动新能源在工业和建筑领域应用，引导全社会消费新能源等绿色电力。",
        "完善支持新能源发展的财政金融政策，加大绿色债券、绿色信贷对新能源项目的支持力度，研究探索将新能源项目纳入基础设施领域不动产投资信托基金试点支持范围。",
    ],
    clusters=[], cities=[], amounts=[],
    traps=NT + ["12亿千瓦以上 looks like an amount with 亿 and 以上 but is capacity, not money", "attachments in table.enclosure",
                "文号 as first paragraph", "2030 target year without money"],
)

D4 = dict(
    id="ndrc/bioeconomy-14th-plan", template="ndrc", column="规划文本",
    url="https://www.ndrc.gov.cn/xxgk/zcfb/ghwb/202205/t20220510_1324436.html",
    title="“十四五”生物经济发展规划", published="2022-05-10", time="09:00", source="高技术司",
    paragraphs=[
        "生物经济是以生命科学和生物技术发展进步为动力，以保护开发利用生物资源为基础，以广泛深度融合医药、健康、农业、林业、能源、环保、材料等产业为特征的新经济形态。",
        "“十三五”以来，我国生物经济发展取得巨大成就，生物医药、生物农业、生物制造等产业规模持续扩大，生物医药产业研发投入强度不断提高。",
        "规划提出，到2025年，生物经济成为推动高质量发展的强劲动力，生物经济总量规模迈上新台阶，生物技术和生物产业加快发展。",
        "规划明确，要在北京、上海、粤港澳大湾区等地布局建设一批生物经济先导区，推动生物医药产业集群化发展，支持苏州、武汉、成都等城市建设特色生物产业基地。",
    ],
    clusters=[], cities=["北京市", "上海市", "苏州市", "武汉市", "成都市"], amounts=[],
    traps=NT + ["no money: 规模迈上新台阶 without a figure", "生物医药产业集群化 (generic, no named cluster)", "粤港澳大湾区 is a region"],
)

PAGES = [P1, P2, P3, P4, P5, D1, D2, D3, D4]

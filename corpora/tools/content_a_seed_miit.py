"""Seed page and MIIT article pages."""
from build_corpus import amount as A
import seed_text as S

NJ = "南京市新型电力（智能电网）装备集群"
SEED = dict(
    id="seed/jingji-ribao-clusters", template="seed", script="traditional", verbatim=True,
    url="http://www.zgpp-mirror.example/zgpp/ppzk/202103/t20210323_361024.html",
    title=S.TITLE, title_orig=S.TITLE_ORIG, spam_title=S.SPAM_TITLE, footer_links=S.FOOTER_LINKS,
    published="2021-03-23", source="经济日报",
    paragraphs=S.PARAS, paragraphs_orig=S.PARAS_ORIG,
    spam_gold=["日本午夜视频在线观看", "视频一区二区国产", "主站蜘蛛池模板", "一级欧美日韩", "自拍视频第一页",
               "伊人精品视频在线观看", "亚洲精品成人久久久影院", "国产黄色免费电影", "麻豆精选传媒4区2021", "五月激情六月"],
    clusters=[
        {"name": "深圳市新一代信息通信集群", "cities": ["深圳市"], "national": True},
        {"name": "上海市集成电路集群", "cities": ["上海市"], "national": True},
        {"name": NJ, "cities": ["南京市"], "national": True},
        {"name": "株洲市轨道交通装备集群", "cities": ["株洲市"], "national": True},
        {"name": "广深佛莞智能装备集群", "cities": ["广州市", "深圳市", "佛山市", "东莞市"], "national": True},
        {"name": "深广高端医疗器械集群", "cities": ["深圳市", "广州市"], "national": True},
        {"name": "青岛市轨道交通装备集群", "cities": ["青岛市"], "national": True},
    ],
    cities=["深圳市", "上海市", "南京市", "株洲市", "广州市", "青岛市"],
    amounts=[
        A("千亿级", 100000000000, kind="scale", metric="规模"),
        A("万亿级", 1000000000000, kind="scale", metric="规模"),
        A("千亿级", 100000000000, kind="scale", periodFrom=2021, periodTo=2025),
        A("万亿级", 1000000000000, kind="scale", periodFrom=2021, periodTo=2025),
        A("4000亿元", 400000000000, comparator="突破", year=2025, metric="产值", kind="target", subject=NJ),
        A("2000亿元", 200000000000, comparator="突破", year=2025, metric="规模", kind="target", subject="株洲市轨道交通装备集群"),
        A("万亿元", 1000000000000, comparator="突破", year=2025, metric="产值", kind="target", subject="广深佛莞智能装备集群"),
        A("3000亿元", 300000000000, periodFrom=2021, periodTo=2025, metric="投入", kind="investment", subject="上海市集成电路集群"),
        A("255亿元", 25500000000, comparator="达到", year=2019, metric="产值", kind="actual", subject="深广高端医疗器械集群"),
        A("8000亿元以上", 800000000000, qualifier="以上", metric=None, kind="actual", subject="青岛市轨道交通装备集群"),
    ],
    traps=["spam porn-keyword <title> (simplified) on a traditional page", "spider-pool footer of 41 links",
           "ASCII comma and parentheses in traditional text", "counts and percentages near amounts (500多家, 479家, 42.5%, 50%)",
           "cluster name written without city prefix (新型电力(智能电网)装备集群 after 南京)"],
)

MIIT_FOOT_TRAPS = ["footer address 北京市西长安街13号 and ICP/公安备案 numbers are not body", "北京市 in footer is not a body city"]

M1 = dict(
    id="miit/national-clusters-45", template="miit", column="司局动态",
    url="https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2022/art_4b1c9e0d2f7a4e85a3c6d1f09e2b7c31.html",
    title="工业和信息化部公布45个国家先进制造业集群名单", published="2022-11-30", time="17:20",
    source="规划司", keywords="先进制造业集群,集群竞赛,规划司",
    attachments=["国家先进制造业集群名单.pdf"], attachments_inside=True,
    paragraphs=[
        "近日，工业和信息化部公布45个国家先进制造业集群名单。经过初赛、复赛和决赛三轮竞赛，深圳市新一代信息通信集群、无锡市物联网集群、上海市集成电路集群等45个集群脱颖而出，分布在19个省（自治区、直辖市）。",
        "从领域分布看，45个国家先进制造业集群中，新一代信息技术领域13个，高端装备领域13个，新材料领域7个，生物医药及高端医疗器械领域5个，消费品领域4个，新能源及智能网联汽车领域3个。",
        "集群发展基础扎实。2021年，45个国家集群主导产业产值达19万亿元，布局建设了18家国家制造业创新中心，占全部国家级制造业创新中心的70%，拥有国家级技术创新载体1700余家。",
        "装备领域的集群表现突出。南京市新型电力（智能电网）装备集群、株洲市轨道交通装备集群、长沙市工程机械集群均进入名单。长沙市工程机械集群拥有规模以上企业400余家，力争到2025年集群产值达到3000亿元。",
        "规划司有关负责人表示，下一步将指导各集群编制发展规划，加强集群发展促进组织建设，推动集群间开展合作交流，加大对集群内“专精特新”中小企业和制造业单项冠军企业的培育力度，引导地方设立集群发展基金。",
        "各地要按照《工业和信息化部关于印发〈先进制造业集群发展专项行动〉的通知》要求，对入选集群实行动态管理，每年报送集群发展情况。",
    ],
    clusters=[
        {"name": "深圳市新一代信息通信集群", "cities": ["深圳市"], "national": True},
        {"name": "无锡市物联网集群", "cities": ["无锡市"], "national": True},
        {"name": "上海市集成电路集群", "cities": ["上海市"], "national": True},
        {"name": NJ, "cities": ["南京市"], "national": True},
        {"name": "株洲市轨道交通装备集群", "cities": ["株洲市"], "national": True},
        {"name": "长沙市工程机械集群", "cities": ["长沙市"], "national": True},
    ],
    cities=["深圳市", "无锡市", "上海市", "南京市", "株洲市", "长沙市"],
    amounts=[
        A("19万亿元", 19000000000000, comparator="达", year=2021, metric="产值", kind="actual", subject=None),
        A("3000亿元", 300000000000, comparator="达到", year=2025, metric="产值", kind="target", subject="长沙市工程机械集群"),
    ],
    traps=["attachment list inside div#con_con (not a paragraph)", "counts 13个/18家/1700余家 and 70%"] + MIIT_FOOT_TRAPS,
)

M2 = dict(
    id="miit/zhuanjingtexin-batch5-notice", template="miit", column="通知",
    crumbs=["政务公开", "政策文件", "文件发布", "通知"],
    url="https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_9e27d3c5a1f04b6b8c0e5d4a7f3b2c18.html",
    title="工业和信息化部办公厅关于开展第五批专精特新“小巨人”企业培育工作的通知", published="2023-05-22", time="15:06",
    pubdate_meta="2023-05-22 16:41",
    source="中小企业局", keywords="专精特新,小巨人,中小企业",
    attachments=["第五批专精特新“小巨人”企业申请书.docx", "推荐汇总表.xlsx"],
    paragraphs=[
        "工信厅企业函〔2023〕135号",
        "各省、自治区、直辖市及计划单列市、新疆生产建设兵团中小企业主管部门：",
        "为贯彻落实党中央、国务院关于促进中小企业专精特新发展的决策部署，加快培育一批专注于细分市场、创新能力强、质量效益好的专精特新“小巨人”企业，现就开展第五批专精特新“小巨人”企业培育工作有关事项通知如下。",
        "一、培育条件",
        "申请企业应为在中华人民共和国境内工商注册登记、连续经营3年以上的中小企业，从事特定细分市场时间达到3年以上，上年度研发费用总额不低于100万元，且研发费用总额占营业收入总额比重不低于3%。",
        "二、工作程序",
        "各省级中小企业主管部门组织企业自愿申报，对申报材料进行审核，于2023年6月30日前将推荐企业名单及相关材料报送工业和信息化部（中小企业局）。逾期不予受理。",
        "三、支持政策",
        "中央财政通过中小企业发展专项资金，对重点“小巨人”企业给予奖补支持，每家企业奖补资金不超过600万元，分三年安排。",
        "联系电话：010-68205315　68205319",
        "工业和信息化部办公厅",
        "2023年5月18日",
    ],
    clusters=[], cities=[],
    amounts=[
        A("100万元", 1000000, comparator="不低于", metric="研发费用", kind="unknown", subject=None),
        A("600万元", 6000000, comparator="不超过", metric="奖补资金", kind="investment", subject=None),
    ],
    traps=["文号 工信厅企业函〔2023〕135号 as first paragraph", "sub-heads 一、二、三 are paragraphs", "phone number 010-68205315",
           "3% and 3年以上 are not amounts", "PubDate meta (16:41) differs from visible time (15:06)",
           "signature lines are body paragraphs", "attachments list after the body"] + MIIT_FOOT_TRAPS,
)

M3 = dict(
    id="miit/iiot-baicheng-qianyuan-suzhou", template="miit", column="司局动态",
    url="https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2023/art_1f6a8c2e7d3b4a90b5e4c7d8a2f1e063.html",
    title="工业互联网一体化进园区“百城千园行”活动在苏州启动", published="2023-06-15", time="10:38",
    pubdate_meta="2023-06-16 09:02", inline_script=True,
    source="信息技术发展司", keywords="工业互联网,百城千园行,苏州",
    paragraphs=[
        "6月14日，工业互联网一体化进园区“百城千园行”活动在江苏苏州启动。活动以“建网络、用平台、强安全”为主线，推动工业互联网在产业园区规模化落地。",
        "信息技术发展司负责同志表示，我国工业互联网已全面融入49个国民经济大类，具有一定影响力的工业互联网平台超过240个，重点平台连接设备超过8100万台（套）。",
        "苏州是全国工业互联网发展的先行地区。2022年，苏州工业互联网核心产业规模超过1000亿元，累计建成5G基站4.5万个，上线标识解析二级节点12个。",
        "苏州市提出，到2025年工业互联网核心产业规模突破2000亿元，规模以上工业企业数字化改造覆盖率达到100%。市级财政每年安排10亿元专项资金，支持园区和企业开展智能化改造和数字化转型。",
        "活动现场，无锡、南京、常州等地园区代表交流了“5G+工业互联网”建设经验。无锡市物联网集群相关企业展示了面向纺织、机械行业的轻量化解决方案。",
        "下一步，工业和信息化部将联合地方在全国选择100个以上城市、1000个以上园区开展系列活动，推动工业互联网平台进园区、进企业。",
    ],
    clusters=[{"name": "无锡市物联网集群", "cities": ["无锡市"], "national": True}],
    cities=["苏州市", "无锡市", "南京市", "常州市"],
    amounts=[
        A("1000亿元", 100000000000, qualifier="超过", year=2022, metric="规模", kind="actual", subject="苏州市"),
        A("2000亿元", 200000000000, comparator="突破", year=2025, metric="规模", kind="target", subject="苏州市"),
        A("10亿元", 1000000000, metric="专项资金", kind="investment", subject="苏州市"),
    ],
    traps=["inline <script> inside #con_con", "PubDate meta is the next day (2023-06-16) vs visible 2023-06-15",
           "counts 8100万台（套）, 4.5万个 are not money", "100% is not an amount"] + MIIT_FOOT_TRAPS,
)

M4 = dict(
    id="miit/nev-symposium-hefei", template="miit", column="司局动态",
    url="https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2023/art_7c4e2a1b9d0f4c3e8a5b6d7e8f9a0b12.html",
    title="新能源汽车产业高质量发展座谈会在合肥召开", published="2023-07-06", time="18:15",
    source="装备工业一司", keywords="新能源汽车,合肥,智能网联汽车",
    paragraphs=[
        "7月5日，装备工业一司在安徽合肥召开新能源汽车产业高质量发展座谈会，听取地方主管部门和重点企业对产业发展的意见建议。",
        "会议指出，今年1—6月，我国新能源汽车产销分别完成378.8万辆和374.7万辆，同比分别增长42.4%和44.1%，市场占有率达到28.3%。",
        "安徽省工业和信息化厅介绍，合肥已集聚新能源汽车整车企业7家、核心零部件企业超过500家。合肥市提出，到2025年新能源汽车产业产值突破5000亿元，打造具有国际竞争力的新能源汽车产业集群。",
        "芜湖市表示，“十四五”期间全市新能源汽车产业计划累计投资超过1000亿元，重点布局动力电池、电驱系统和智能座舱。",
        "长春市汽车集群代表发言认为，传统汽车产业基地要加快电动化、智能化转型。西安市介绍了整车与配套企业协同发展的经验。",
        "会议强调，要保持新能源汽车购置税减免等政策连续性，加快充电基础设施建设，推动产业链上下游协同，防止低水平重复建设。",
    ],
    clusters=[{"name": "长春市汽车集群", "cities": ["长春市"], "national": True}],
    cities=["合肥市", "芜湖市", "长春市", "西安市"],
    amounts=[
        A("5000亿元", 500000000000, comparator="突破", year=2025, metric="产值", kind="target", subject="合肥市"),
        A("1000亿元", 100000000000, qualifier="超过", periodFrom=2021, periodTo=2025, metric="投资", kind="investment", subject="芜湖市"),
    ],
    traps=["vehicle counts 378.8万辆 are not money", "percentages 42.4%/28.3%", "1—6月 date range is not a period of an amount"] + MIIT_FOOT_TRAPS,
)

M5 = dict(
    id="miit/biomedicine-suzhou-conference", template="miit", column="司局动态",
    url="https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2023/art_2d8f0a6c4b1e4d7f9c3a5e6b8d0f1a24.html",
    title="医药工业高质量发展推进会在苏州召开", published="2023-09-12", time="09:45",
    source="消费品工业司", keywords="生物医药,高端医疗器械,苏州",
    attachments=["医药工业重点项目清单.pdf"],
    paragraphs=[
        "9月11日，消费品工业司在江苏苏州召开医药工业高质量发展推进会，总结医药工业发展成效，部署下一阶段重点工作。",
        "会议指出，2022年，全国规模以上医药工业企业营业收入超过3.3万亿元，创新药和高端医疗器械产品加快上市，产业链供应链韧性不断增强。",
        "苏州市生物医药及高端医疗器械集群聚集企业4000余家。2022年，苏州生物医药产业规模达到2400亿元，占全市规模以上工业总产值的比重稳步提升。苏州市将设立规模100亿至200亿元的生物医药产业基金，重点投向创新药、医疗器械和生物技术服务。",
        "深广高端医疗器械集群、京津冀生命健康集群相关负责人交流了集群建设经验。深圳、广州两地依托医疗器械产业链配套优势，形成研发、注册、生产一体化的发展格局；北京、天津两地则在创新药研发和临床资源方面协同发力。",
        "会议要求，各地要加强药品医疗器械审评审批与产业政策衔接，支持企业开展关键核心技术攻关，推动原料药产业绿色低碳转型。",
    ],
    clusters=[
        {"name": "苏州市生物医药及高端医疗器械集群", "cities": ["苏州市"], "national": True},
        {"name": "深广高端医疗器械集群", "cities": ["深圳市", "广州市"], "national": True},
        {"name": "京津冀生命健康集群", "cities": ["北京市", "天津市"], "national": True},
    ],
    cities=["苏州市", "深圳市", "广州市", "北京市", "天津市"],
    amounts=[
        A("3.3万亿元", 3300000000000, qualifier="超过", year=2022, metric="营业收入", kind="actual", subject=None),
        A("2400亿元", 240000000000, comparator="达到", year=2022, metric="规模", kind="actual", subject="苏州市"),
        A("100亿至200亿元", 10000000000, valueMax=20000000000, metric="基金", kind="investment", subject="苏州市"),
    ],
    traps=["range amount 100亿至200亿元 (unit only on the second number)", "企业4000余家 is a count",
           "深广/京津冀 cluster names without city suffix"] + MIIT_FOOT_TRAPS,
)

M6 = dict(
    id="miit/hefei-intelligent-speech-ai", template="miit", column="司局动态",
    url="https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2024/art_5a0e3c7b9f2d4e1a8b6c4d2f0e9a7b35.html",
    title="人工智能赋能新型工业化 合肥市智能语音集群加快壮大", published="2024-01-18", time="11:02",
    source="科技司", keywords="人工智能,智能语音,合肥,大模型",
    paragraphs=[
        "近日，科技司组织调研组赴安徽合肥，围绕人工智能赋能新型工业化开展专题调研，实地考察了中国声谷和部分智能语音、大模型企业。",
        "合肥市智能语音集群是45个国家先进制造业集群之一。2023年，中国声谷入园企业超过2000家，实现营业收入2000多亿元，智能语音技术在教育、医疗、汽车等领域广泛应用。",
        "合肥市提出，打造千亿级人工智能产业集群，力争到2025年人工智能核心产业规模突破1000亿元。市政府设立规模50亿元的人工智能产业发展基金，支持通用大模型和行业大模型研发。",
        "调研组指出，要推动人工智能技术在制造业研发设计、生产制造、经营管理等环节深度应用，培育一批人工智能赋能制造业的标杆场景。",
        "下一步，科技司将支持集群建设人工智能公共算力平台和高质量数据集，完善标准体系，推动人工智能产业健康有序发展。",
    ],
    clusters=[{"name": "合肥市智能语音集群", "cities": ["合肥市"], "national": True}],
    cities=["合肥市"],
    amounts=[
        A("2000多亿元", 200000000000, valueMax=300000000000, qualifier="多", comparator="实现", year=2023, metric="营业收入", kind="actual", subject="合肥市智能语音集群"),
        A("千亿级", 100000000000, kind="scale", subject="合肥市"),
        A("1000亿元", 100000000000, comparator="突破", year=2025, metric="规模", kind="target", subject="合肥市"),
        A("50亿元", 5000000000, metric="基金", kind="investment", subject="合肥市"),
    ],
    traps=["企业超过2000家 (count) right before 2000多亿元 (amount)", "中国声谷 is a park, not a city"] + MIIT_FOOT_TRAPS,
)

PAGES = [SEED, M1, M2, M3, M4, M5, M6]

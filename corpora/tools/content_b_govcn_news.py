"""www.gov.cn policy pages and news-portal pages."""
from build_corpus import amount as A

GOV_TRAPS = ["成文日期 in table.bd1 differs from the publication date", "文号 in table and body",
             "footer ICP numbers", "related-articles list after the body"]

G1 = dict(
    id="govcn/ic-software-policy-2020", template="govcn",
    url="https://www.gov.cn/zhengce/content/2020-08/04/content_5532370.htm",
    title="国务院关于印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知",
    published="2020-08-04", time="17:04", source="中国政府网", lanmu="国务院文件",
    title_suffix="_国务院文件_中国政府网",
    bd1={"索引号": "000014349/2020-00062", "主题分类": "工业、交通\\电子信息", "发文机关": "国务院",
         "成文日期": "2020年07月27日", "发文字号": "国发〔2020〕8号", "发布日期": "2020年08月04日"},
    related=["国家发展改革委等部门有关负责人解读集成电路和软件产业政策", "集成电路产业和软件产业政策问答"],
    paragraphs=[
        "国发〔2020〕8号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "集成电路产业和软件产业是信息产业的核心，是引领新一轮科技革命和产业变革的关键力量。为进一步优化集成电路产业和软件产业发展环境，深化产业国际合作，提升产业创新能力和发展质量，现将有关政策通知如下。",
        "一、财税政策。国家鼓励的集成电路线宽小于28纳米（含），且经营期在15年以上的集成电路生产企业或项目，第一年至第十年免征企业所得税。",
        "二、投融资政策。加强对集成电路重大项目建设的服务和指导，有序引导和规范集成电路产业发展秩序，做好规划布局，强化风险提示，避免低水平重复建设。",
        "三、研究开发政策。聚焦高端芯片、集成电路装备和工艺技术、集成电路关键材料、集成电路设计工具、基础软件、工业软件、应用软件的关键核心技术研发，不断探索构建社会主义市场经济条件下关键核心技术攻关新型举国体制。",
        "四、人才政策。进一步加强高校集成电路和软件专业建设，加快推进集成电路一级学科设置工作，支持产教融合发展。",
        "国务院",
        "2020年7月27日",
    ],
    clusters=[], cities=[], amounts=[],
    traps=GOV_TRAPS + ["28纳米, 15年, 第一年至第十年 are not amounts (no money on the page)", "title suffix _国务院文件_中国政府网"],
)

G2 = dict(
    id="govcn/smart-manufacturing-14th-plan", template="govcn",
    url="https://www.gov.cn/zhengce/zhengceku/2021-12/28/content_5664996.htm",
    title="八部门关于印发《“十四五”智能制造发展规划》的通知", published="2021-12-28", time="16:30",
    source="工业和信息化部网站", lanmu="部门文件",
    bd1={"索引号": "000014349/2021-00325", "发文机关": "工业和信息化部 国家发展和改革委员会 教育部 科技部 财政部 人力资源社会保障部 国家市场监管总局 国务院国资委",
         "成文日期": "2021年12月21日", "发文字号": "工信部联规〔2021〕207号", "发布日期": "2021年12月28日"},
    related=["《“十四五”智能制造发展规划》解读", "智能制造示范工厂揭榜任务发布"],
    paragraphs=[
        "工信部联规〔2021〕207号",
        "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、发展改革、教育、科技、财政、人力资源社会保障、市场监管、国资主管部门：",
        "现将《“十四五”智能制造发展规划》印发给你们，请结合实际，认真贯彻落实。",
        "规划提出，到2025年，规模以上制造业企业大部分实现数字化网络化，重点行业骨干企业初步应用智能化；到2035年，规模以上制造业企业全面普及数字化网络化，重点行业骨干企业基本实现智能化。",
        "规划明确，到2025年，70%的规模以上制造业企业基本实现数字化网络化，建成500个以上引领行业发展的智能制造示范工厂；智能制造装备和工业软件市场满足率分别超过70%和50%，培育150家以上专业水平高、服务能力强的智能制造系统解决方案供应商。",
        "规划部署了智能制造技术攻关行动、智能制造示范工厂建设行动、行业智能化改造升级行动、智能制造装备创新发展行动、工业软件突破提升行动、智能制造标准领航行动等六个专项行动。",
        "工业和信息化部 国家发展和改革委员会 教育部 科技部 财政部 人力资源社会保障部 国家市场监管总局 国务院国资委",
        "2021年12月21日",
    ],
    clusters=[], cities=[], amounts=[],
    traps=GOV_TRAPS + ["no money: targets in %, 个 and 家 only", "到2025年 / 到2035年 without amounts"],
)

G3 = dict(
    id="govcn/nev-industry-plan-2021-2035", template="govcn",
    url="https://www.gov.cn/zhengce/content/2020-11/02/content_5556716.htm",
    title="国务院办公厅关于印发新能源汽车产业发展规划（2021—2035年）的通知",
    published="2020-11-02", time="16:18", source="中国政府网", lanmu="国务院文件", title_suffix="_国务院文件_中国政府网",
    container="UCAP",
    bd1={"索引号": "000014349/2020-00153", "主题分类": "工业、交通\\汽车", "发文机关": "国务院办公厅",
         "成文日期": "2020年10月20日", "发文字号": "国办发〔2020〕39号", "发布日期": "2020年11月02日"},
    related=["工业和信息化部负责同志解读《新能源汽车产业发展规划（2021—2035年）》"],
    paragraphs=[
        "国办发〔2020〕39号",
        "《新能源汽车产业发展规划（2021—2035年）》已经国务院同意，现印发给你们，请认真贯彻执行。",
        "发展新能源汽车是我国从汽车大国迈向汽车强国的必由之路，是应对气候变化、推动绿色发展的战略举措。",
        "规划提出，到2025年，我国新能源汽车市场竞争力明显增强，动力电池、驱动电机、车用操作系统等关键技术取得重大突破，新能源汽车新车销售量达到汽车新车销售总量的20%左右。",
        "力争经过15年的持续努力，我国新能源汽车核心技术达到国际先进水平，纯电动汽车成为新销售车辆的主流，公共领域用车全面电动化。",
        "各地区、各部门要充分发挥市场在资源配置中的决定性作用，完善充换电基础设施，加快推进智能网联汽车道路测试和示范应用。",
    ],
    clusters=[], cities=[], amounts=[],
    traps=GOV_TRAPS + ["body in div#UCAP-CONTENT without TRS_UEDITOR, plus an empty td#UCAP-CONTENT before it",
                       "2021—2035年 in title is a plan period, not a money period", "20%左右 is a share"],
)

G4 = dict(
    id="govcn/scio-industry-2022-briefing", template="govcn",
    url="https://www.gov.cn/xinwen/2023-01/17/content_5737495.htm",
    title="2022年我国全部工业增加值突破40万亿元", published="2023-01-17", time="15:32",
    source="新华社", lanmu="部门政务", title_suffix="_部门政务_中国政府网", editor="李雪",
    related=["国新办举行2022年工业和信息化发展情况新闻发布会", "2022年软件和信息技术服务业统计公报"],
    paragraphs=[
        "新华社北京1月17日电　记者从国务院新闻办公室17日举行的新闻发布会上获悉，2022年我国全部工业增加值突破40万亿元，占GDP比重达33.2%；其中制造业增加值占GDP比重为27.7%，制造业规模已经连续13年居世界首位。",
        "工业和信息化部有关负责人介绍，2022年高技术制造业占规模以上工业增加值比重达到15.5%，装备制造业占比达到31.8%。新能源汽车产销连续8年保持全球第一。",
        "信息通信业加快发展，截至2022年底，累计建成开通5G基站231.2万个。全年软件业务收入达到10.8万亿元，同比增长11.2%。",
        "优质企业梯度培育成效明显，累计培育专精特新中小企业7万多家、专精特新“小巨人”企业8997家、制造业单项冠军企业1186家。45个国家先进制造业集群的主导产业产值超过20万亿元。",
        "该负责人表示，2023年将着力稳住工业经济增长，实施制造业重点产业链高质量发展行动，培育壮大先进制造业集群。",
    ],
    clusters=[], cities=["北京市"],
    amounts=[
        A("40万亿元", 40000000000000, comparator="突破", year=2022, metric="增加值", kind="actual", subject=None),
        A("10.8万亿元", 10800000000000, comparator="达到", year=2022, metric="软件业务收入", kind="actual", subject=None),
        A("20万亿元", 20000000000000, qualifier="超过", metric="产值", kind="actual", subject=None),
    ],
    traps=["news-style gov.cn page without table.bd1", "新华社北京1月17日电 dateline inside first paragraph",
           "dateline 新华社北京1月17日电: 北京市 is counted as a body city",
           "counts 231.2万个, 8997家, 7万多家 are not amounts (7万多 looks like a 多 range)", "33.2% etc."],
)

G5 = dict(
    id="govcn/sme-digital-transformation-city-pilot", template="govcn",
    url="https://www.gov.cn/zhengce/zhengceku/202406/content_6956789.htm",
    title="财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", published="2024-06-14", time="10:05",
    source="财政部网站", lanmu="部门文件",
    bd1={"索引号": "000014349/2024-00087", "发文机关": "财政部 工业和信息化部",
         "成文日期": "2024年05月30日", "发文字号": "财建〔2024〕102号", "发布日期": "2024年06月14日"},
    related=["中小企业数字化转型城市试点申报指南"],
    paragraphs=[
        "财建〔2024〕102号",
        "为贯彻落实党中央、国务院关于加快发展数字经济、促进数字经济和实体经济深度融合的决策部署，财政部、工业和信息化部决定开展中小企业数字化转型城市试点工作。",
        "一、试点目标。通过3年左右时间，支持100个左右城市开展试点，探索形成中小企业数字化转型的方法路径、市场机制和典型模式，推动中小企业“愿转、敢转、能转”。",
        "二、支持方式。中央财政对试点城市给予定额奖补，奖补资金总额不超过1.5亿元，其中省会城市、计划单列市等奖补资金总额不超过1亿元，分两年拨付。",
        "三、申报程序。符合条件的城市向省级财政、中小企业主管部门提出申请，经省级部门审核后推荐，每省推荐城市不超过2个。",
        "联系人及电话：财政部经济建设司　010-61965303；工业和信息化部中小企业局　010-68205328",
    ],
    clusters=[], cities=[],
    amounts=[
        A("1.5亿元", 150000000, comparator="不超过", metric="奖补资金", kind="investment", subject=None),
        A("1亿元", 100000000, comparator="不超过", metric="奖补资金", kind="investment", subject=None),
    ],
    traps=GOV_TRAPS + ["100个左右城市 is a count", "phone numbers 010-61965303", "URL style /zhengceku/YYYYMM/content_…"],
)

# ------------------------------------------------------------------ news portals
N1 = dict(
    id="news/xinhua-shanghai-ic-cluster", template="news", site="xinhua", date_meta="publishdate",
    url="http://www.news.cn/tech/2023-06/15/c_1129700000.htm", channel="科技",
    title="上海集成电路产业规模持续扩大 集群加速迈向世界级", published="2023-06-15", time="10:22",
    source="新华网", byline="记者 周琳", editor="张樵苏",
    related=[("无锡：集成电路产业链加速补链强链", "tech/2023-06/12/c_1129690001.htm", "2023-06-12"),
             ("全国集成电路产量同比增长", "fortune/2023-06/10/c_1129688888.htm", "2023-06-10")],
    comments=[("网友上海浦东", "希望芯片产业越来越强！"), ("科技观察者", "人才是关键，落户政策要跟上。"),
              ("匿名用户", "张江这几年变化很大。")],
    paragraphs=[
        "新华社上海6月15日电　记者从上海市经济和信息化委员会获悉，2022年上海集成电路产业规模达到3000亿元左右，同比增长约15%，占全国集成电路产业规模的比重超过25%。",
        "上海市集成电路集群是首批国家先进制造业集群之一，已形成设计、制造、封装测试、装备材料全产业链布局，集聚重点企业1200余家，从业人员近30万人。",
        "根据上海市相关规划，力争到2025年集成电路产业规模达到5000亿元。“十四五”期间，上海集成电路领域将再投入3000亿元，重点支持先进工艺、特色工艺和关键装备材料项目。",
        "在浦东张江、临港新片区等重点区域，一批12英寸晶圆制造项目加快建设。临港新片区提出，打造千亿级集成电路产业集聚区。",
        "业内人士认为，与无锡、合肥等地相比，上海在设计业和制造业方面优势明显，下一步需要在装备和材料环节加快突破。",
    ],
    clusters=[{"name": "上海市集成电路集群", "cities": ["上海市"], "national": True}],
    cities=["上海市", "无锡市", "合肥市"],
    amounts=[
        A("3000亿元左右", 300000000000, qualifier="左右", comparator="达到", year=2022, metric="规模", kind="actual", subject="上海市"),
        A("5000亿元", 500000000000, comparator="达到", year=2025, metric="规模", kind="target", subject="上海市"),
        A("3000亿元", 300000000000, periodFrom=2021, periodTo=2025, metric="投入", kind="investment", subject="上海市"),
        A("千亿级", 100000000000, kind="scale", subject="临港新片区"),
    ],
    traps=["title suffix -新华网", "image caption after first paragraph is not a paragraph", "related news / comments / share bar",
           "same number 3000亿元 once as actual (左右) and once as investment", "1200余家, 近30万人 counts", "12英寸 is not money"],
    image_caption="图为位于上海浦东张江的一家集成电路企业生产车间。新华社记者 方喆 摄",
)

N2 = dict(
    id="news/people-zhuzhou-rail-transit", template="news", site="people", date_meta="publishdate",
    url="http://hn.people.com.cn/n2/2023/0328/c356883-40353011.html", channel="湖南频道",
    title="株洲：轨道交通装备集群向世界级迈进", published="2023-03-28", time="08:41",
    source="人民网-湖南频道", editor="刘鑫", byline="记者 李昊",
    related=[("长沙工程机械集群：从“制造”到“智造”", "n2/2023/0320/c356883-40345678.html", "2023-03-20"),
             ("湖南先进制造业集群发展综述", "n2/2023/0301/c356883-40330001.html", "2023-03-01")],
    comments=[("湘江边", "株洲的火车头走向全世界，自豪！"), ("轨道人", "希望配套企业也能多留在本地。")],
    paragraphs=[
        "人民网长沙3月28日电　在株洲市石峰区，一列列新型电力机车正在总装下线，即将发往海外市场。作为国家先进制造业集群，株洲市轨道交通装备集群正加快向世界级集群迈进。",
        "据株洲市工业和信息化局介绍，株洲轨道交通装备产业集聚了整机、核心零部件和配套企业400余家，本地配套率超过80%。2022年，集群实现产值1500多亿元，同比增长8.6%。",
        "株洲市提出，到2025年实现集群规模突破2000亿元，建设世界一流的轨道交通装备研发中心和国际领先的智造中心。",
        "与此同时，株洲与长沙、湘潭协同推进长株潭中小航空发动机集群建设，为集群发展拓展新空间。",
        "“我们正在从卖产品向卖技术、卖标准、卖服务转变。”一家轨道交通装备企业负责人说，企业已在海外建设多个维保中心。",
    ],
    clusters=[{"name": "株洲市轨道交通装备集群", "cities": ["株洲市"], "national": True},
              {"name": "长株潭中小航空发动机集群", "cities": ["长沙市", "株洲市", "湘潭市"], "national": True}],
    cities=["株洲市", "长沙市", "湘潭市"],
    amounts=[
        A("1500多亿元", 150000000000, valueMax=160000000000, qualifier="多", comparator="实现", year=2022, metric="产值", kind="actual", subject="株洲市轨道交通装备集群"),
        A("2000亿元", 200000000000, comparator="突破", year=2025, metric="规模", kind="target", subject="株洲市轨道交通装备集群"),
    ],
    traps=["title suffix --科技--人民网 style with channel", "dateline 人民网长沙3月28日电", "石峰区 is a district, not a city",
           "1500多亿元: 多 after 1500 means the next unit step (1500–1600亿)"],
)

N3 = dict(
    id="news/ce-shenzhen-ict-cluster", template="news", site="ce", date_meta="publishdate",
    url="http://www.ce.cn/cysc/tech/gd2012/202212/06/t20221206_38270011.shtml", channel="产业",
    title="深圳新一代信息通信集群：打造万亿级产业高地", published="2022-12-06", time="07:33",
    source="经济日报", editor="郭跃", byline="经济日报记者 杨阳腾",
    related=[("东莞智能移动终端集群加快向高端迈进", "cysc/tech/gd2012/202212/01/t20221201_38260001.shtml", "2022-12-01"),
             ("广东国家先进制造业集群数量居全国首位", "cysc/newmain/yc/jsxw/202211/30/t20221130_38250001.shtml", "2022-11-30")],
    comments=[("南山码农", "华为、中兴都在这，难怪是万亿级。"), ("读者123", "期待6G早日落地。")],
    paragraphs=[
        "在日前公布的国家先进制造业集群名单中，深圳市新一代信息通信集群位列其中。作为全国电子信息产业重镇，深圳正全力打造万亿级新一代信息通信产业高地。",
        "记者从深圳市工业和信息化局了解到，2021年，深圳新一代信息通信集群营业收入超过1.2万亿元，拥有5G标准必要专利数量居全球城市前列。",
        "与深圳相邻的东莞市智能移动终端集群同样入选国家队。2021年，东莞智能移动终端产业营业收入7000多亿元，全球每4部智能手机中就有1部产自东莞。",
        "广东省有关负责人表示，广东入选的国家先进制造业集群数量达到7个，数量居全国首位，将推动广州、深圳、东莞等地错位发展、协同联动。",
        "深圳市提出，今年将新设规模100亿元的新一代信息通信产业专项基金，重点支持6G、光通信、高端芯片等领域。",
    ],
    clusters=[{"name": "深圳市新一代信息通信集群", "cities": ["深圳市"], "national": True},
              {"name": "东莞市智能移动终端集群", "cities": ["东莞市"], "national": True}],
    cities=["深圳市", "东莞市", "广州市"],
    amounts=[
        A("万亿级", 1000000000000, kind="scale", subject="深圳市新一代信息通信集群"),
        A("1.2万亿元", 1200000000000, qualifier="超过", year=2021, metric="营业收入", kind="actual", subject="深圳市新一代信息通信集群"),
        A("7000多亿元", 700000000000, valueMax=800000000000, qualifier="多", year=2021, metric="营业收入", kind="actual", subject="东莞市智能移动终端集群"),
        A("100亿元", 10000000000, year=2022, metric="基金", kind="investment", subject="深圳市"),
    ],
    traps=["今年 → year of publication (2022)", "每4部…1部 ratio", "7个 count", "title suffix _中国经济网——国家经济门户"],
)

N4 = dict(
    id="news/21jingji-chengdu-software", template="news", site="21jingji", date_meta="og",
    url="https://www.21jingji.com/article/20230912/herald/8c2f61e0b9a4d7f35e1c7a2b6d9f0e48.html", channel="区域",
    title="成都软件和信息服务集群冲刺6000亿元 成渝共建数字经济高地", published="2023-09-12", time="21:05",
    source="21世纪经济报道", editor="陈思", byline="21世纪经济报道记者 卜羽勤",
    related=[("成德高端能源装备集群：装备“国家队”的西部样本", "article/20230901/herald/aa01.html", "2023-09-01"),
             ("重庆软件业务收入增速领跑西部", "article/20230820/herald/bb02.html", "2023-08-20")],
    comments=[("天府三街", "成都的软件园越来越热闹了。"), ("西部观察", "成渝要分工，别搞同质化竞争。"),
              ("程序员老张", "工资要是能再涨点就好了。")],
    paragraphs=[
        "作为国家先进制造业集群之一，成都市软件和信息服务集群正向新的规模台阶冲刺。成都市经济和信息化局数据显示，2022年全市软件业务收入5000多亿元，同比增长10.8%。",
        "成都提出，今年全市软件业务收入力争突破6000亿元，到2025年软件和信息服务业规模迈上万亿级台阶。",
        "在成都高新区天府软件园，工业软件、信息安全和数字文创企业加速集聚。截至今年6月，全市软件企业超过5000家，其中上市企业40余家。",
        "成都与重庆正共同推进成渝地区双城经济圈数字产业协同发展。重庆市提出，2023年软件业务收入增长15%以上。",
        "同在四川的成德高端能源装备集群则以德阳为核心，聚焦发电设备、油气装备和新能源装备，与成都形成“研发在成都、制造在德阳”的合作格局。",
    ],
    clusters=[{"name": "成都市软件和信息服务集群", "cities": ["成都市"], "national": True},
              {"name": "成德高端能源装备集群", "cities": ["成都市", "德阳市"], "national": True}],
    cities=["成都市", "重庆市", "德阳市"],
    amounts=[
        A("5000多亿元", 500000000000, valueMax=600000000000, qualifier="多", year=2022, metric="软件业务收入", kind="actual", subject="成都市"),
        A("6000亿元", 600000000000, comparator="突破", year=2023, metric="软件业务收入", kind="target", subject="成都市"),
        A("万亿级", 1000000000000, year=2025, metric="规模", kind="scale", subject="成都市"),
    ],
    traps=["title holds an amount (6000亿元) that is not a body paragraph", "今年 target = 2023", "软件企业超过5000家 right after 5000多亿元",
           "15%以上 is a percentage with 以上", "article:published_time meta with +08:00"],
)

N5 = dict(
    id="news/chinanews-wuhan-optoelectronics", template="news", site="chinanews", date_meta="pubtime",
    url="https://www.chinanews.com.cn/cj/2023/11/24/10117311.shtml", channel="财经",
    title="武汉光电子信息集群：明年力争产业规模突破6000亿元", published="2023-11-24", time="14:10",
    source="中国新闻网", editor="罗攀", byline="作者 马芙蓉",
    related=[("“光谷”光纤光缆产能居全球前列", "cj/2023/11/20/10115000.shtml", "2023-11-20")],
    comments=[("光谷青年", "光谷加油！"), ("江城人", "鄂州的配套也很重要。")],
    paragraphs=[
        "中新网武汉11月24日电　记者24日从武汉东湖新技术开发区获悉，武汉市光电子信息集群今年前三季度实现营业收入4000多亿元，同比增长9.1%。",
        "武汉是我国最大的光纤光缆研发制造基地，光纤光缆生产规模约占全球市场的25%，光器件约占全国市场的60%。",
        "武汉市提出，明年力争光电子信息产业规模突破6000亿元，到2025年建成具有全球影响力的光电子信息产业集群。",
        "近日，一家光纤企业宣布在武汉投资人民币8亿元扩建光纤预制棒生产线，项目达产后年产值约15亿元。",
        "业内人士表示，武汉与鄂州、黄石等周边城市协同配套，光电子信息产业链正从“一根光纤”向“光芯屏端网”全链条延伸。",
    ],
    clusters=[{"name": "武汉市光电子信息集群", "cities": ["武汉市"], "national": True}],
    cities=["武汉市", "鄂州市", "黄石市"],
    amounts=[
        A("4000多亿元", 400000000000, valueMax=500000000000, qualifier="多", comparator="实现", year=2023, metric="营业收入", kind="actual", subject="武汉市光电子信息集群"),
        A("6000亿元", 600000000000, comparator="突破", year=2024, metric="规模", kind="target", subject="武汉市"),
        A("人民币8亿元", 800000000, metric="投资", kind="investment", subject="武汉市"),
        A("15亿元", 1500000000, qualifier="约", year=None, metric="产值", kind="target", subject=None),
    ],
    traps=["明年 → 2024 (page published 2023)", "25% and 60% shares", "人民币8亿元 with currency word",
           "东湖新技术开发区 is not a city", "URL date /2023/11/24/ agrees with the page"],
)

N6 = dict(
    id="news/yicai-ningbo-magnetic-materials", template="news", site="yicai", date_meta="og",
    url="https://www.yicai.com/news/101987654.html", channel="区域",
    title="宁波磁性材料集群出口逆势增长 稀土永磁龙头加码海外布局", published="2024-03-08", time="19:47",
    source="第一财经", editor="任绍敏", byline="第一财经记者 林小昭",
    related=[("包头：打造稀土新材料产业高地", "news/101980001.html", "2024-02-26"),
             ("赣州稀土产业转型升级提速", "news/101970002.html", "2024-02-10")],
    comments=[("甬城老宋", "宁波的制造业底子真厚。"), ("材料人", "稀土永磁是硬科技。")],
    paragraphs=[
        "作为国家先进制造业集群，宁波市磁性材料集群去年交出一份亮眼成绩单。宁波市经信局数据显示，2023年集群实现产值1100亿元左右，钕铁硼永磁材料产量约占全国的40%。",
        "海外市场成为增长亮点。2023年，宁波磁性材料集群出口额约50亿美元，产品广泛应用于新能源汽车驱动电机、风力发电机和消费电子。",
        "一家龙头企业近日宣布，将在欧洲投资1.2亿欧元建设磁材生产基地，以贴近下游客户。",
        "与包头、赣州等稀土资源地相比，宁波的优势在于完整的加工制造链条和市场网络。宁波市提出，到2027年磁性材料产业规模达到1500亿元。",
    ],
    clusters=[{"name": "宁波市磁性材料集群", "cities": ["宁波市"], "national": True}],
    cities=["宁波市", "包头市", "赣州市"],
    amounts=[
        A("1100亿元左右", 110000000000, qualifier="左右", comparator="实现", year=2023, metric="产值", kind="actual", subject="宁波市磁性材料集群"),
        A("50亿美元", 5000000000, currency="USD", qualifier="约", year=2023, metric="出口额", kind="actual", subject="宁波市磁性材料集群"),
        A("1.2亿欧元", 120000000, currency="EUR", metric="投资", kind="investment", subject=None),
        A("1500亿元", 150000000000, comparator="达到", year=2027, metric="规模", kind="target", subject="宁波市"),
    ],
    traps=["foreign currencies 50亿美元 and 1.2亿欧元", "去年 = 2023 (page 2024)", "40% share", "欧洲 is not a city"],
)

N7 = dict(
    id="news/thepaper-suzhou-nano-materials", template="news", site="thepaper", date_meta="og",
    url="https://www.thepaper.cn/newsDetail_forward_25301234", channel="长三角政商",
    title="苏州纳米新材料集群：二千亿元目标背后的“纳米城”", published="2023-11-08", time="12:00",
    source="澎湃新闻", editor="是冬冬", byline="澎湃新闻记者 王湛",
    related=[("苏州工业园区发布纳米技术应用产业新政", "newsDetail_forward_25290001", "2023-11-01")],
    comments=[("独墅湖畔", "纳米城已经很有规模了。"), ("路人甲", "纳米技术离生活其实很近。")],
    paragraphs=[
        "走进苏州工业园区的“纳米城”，300多家纳米技术企业在这里集聚。苏州市纳米新材料集群于2022年入选国家先进制造业集群，是我国纳米新材料领域唯一的国家级集群。",
        "苏州市工业和信息化局介绍，2022年集群纳米新材料产业产值1200亿元，同比增长12.3%，纳米技术应用产业相关企业超过1000家。",
        "根据苏州市最新规划，到2025年，苏州纳米新材料产业产值力争突破二千亿元，建成具有全球影响力的纳米新材料产业创新高地。",
        "苏州工业园区还设立了规模10亿元的纳米技术产业引导基金，对重大产业化项目最高给予1000万元支持。",
        "业内人士指出，纳米新材料处于产业链上游，下一步要加快在新能源、生物医药、电子信息等领域的应用突破。",
    ],
    clusters=[{"name": "苏州市纳米新材料集群", "cities": ["苏州市"], "national": True}],
    cities=["苏州市"],
    amounts=[
        A("1200亿元", 120000000000, year=2022, metric="产值", kind="actual", subject="苏州市纳米新材料集群"),
        A("二千亿元", 200000000000, comparator="突破", year=2025, metric="产值", kind="target", subject="苏州市纳米新材料集群"),
        A("10亿元", 1000000000, metric="基金", kind="investment", subject="苏州工业园区"),
        A("1000万元", 10000000, qualifier="最高", metric="支持", kind="investment", subject=None),
    ],
    traps=["Chinese-numeral amount 二千亿元", "300多家 count with 多", "no publishdate meta name, only article:published_time",
           "苏州工业园区 is a zone, not a city"],
)

PAGES = [G1, G2, G3, G4, G5, N1, N2, N3, N4, N5, N6, N7]

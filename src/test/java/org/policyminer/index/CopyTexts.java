package org.policyminer.index;

/** Article texts for the near-duplicate tests: one report, its copies, and an unrelated report on the same topic. */
final class CopyTexts {
    private CopyTexts() {}

    static final String REPORT = String.join("\n",
            "记者从工业和信息化部获悉，“十四五”期间将围绕先进制造业集群发展出台专项规划，推动集群向世界级迈进。",
            "目前，工业和信息化部已遴选出25个先进制造业集群重点培育对象，涵盖新一代信息技术、高端装备、新材料、生物医药等领域。",
            "广深佛莞智能装备集群提出，到2025年集群产值突破万亿元，培育一批具有国际竞争力的龙头企业和单项冠军企业。",
            "南京市新型电力（智能电网）装备集群提出，到2025年集群产值突破4000亿元，打造具有全球影响力的智能电网产业高地。",
            "业内专家表示，集群发展要坚持市场主导和政府引导相结合，促进产业链上下游协同，提升集群治理能力和公共服务水平。");

    /** The same report as a hacked traditional-script mirror leaves it after extraction: a spam paragraph inside. */
    static final String MIRROR_TRADITIONAL = String.join("\n",
            "記者從工業和信息化部獲悉，“十四五”期間將圍繞先進製造業集群發展出臺專項規劃，推動集群向世界級邁進。",
            "目前，工業和信息化部已遴選出25個先進製造業集群重點培育對象，涵蓋新一代信息技術、高端裝備、新材料、生物醫藥等領域。",
            "澳门金沙官网，真人荷官在线发牌，详情咨询QQ12345678！",
            "廣深佛莞智能裝備集群提出，到2025年集群產值突破萬億元，培育一批具有國際競爭力的龍頭企業和單項冠軍企業。",
            "南京市新型電力（智能電網）裝備集群提出，到2025年集群產值突破4000億元，打造具有全球影響力的智能電網產業高地。",
            "業內專家表示，集群發展要堅持市場主導和政府引導相結合，促進產業鏈上下游協同，提升集群治理能力和公共服務水平。");

    /** Another article on the same topic, sharing words but not sentences. */
    static final String OTHER = String.join("\n",
            "日前，工业和信息化部召开新闻发布会，介绍今年以来中小企业发展情况和下一步工作安排。",
            "会议指出，专精特新中小企业已成为稳增长、促创新的重要力量，第五批专精特新“小巨人”企业名单将于近期公布。",
            "下一步将加大财政资金支持力度，完善融资担保体系，推动大中小企业融通发展，培育更多优质企业。");
}

package org.policyminer.doc;

import java.util.List;

/**
 * The article read as an official document (公文): what a policy analyst looks it up by. Every field is in simplified
 * script; a field the page does not show is null (lists empty).
 *
 * <ul>
 *   <li>{@code number}: the 文号 (国办发〔2018〕128号, 国令第707号), brackets normalised to 〔〕; {@code numberStart} its offset
 *       in the analysed text when read from the text, -1 when from the metadata table or a meta tag;</li>
 *   <li>{@code issuers}: every issuing body (joint documents list each);</li>
 *   <li>{@code written}: 成文日期 (YYYY-MM-DD), from the table or the signature; the article's publication date stays in
 *       {@link Article#published()};</li>
 *   <li>{@code type}: the 公文 type from the title (通知, 意见, 批复, 函 …); {@code enclosedTitle}/{@code enclosedType}
 *       for a 印发/转发 document, the document it issues;</li>
 *   <li>{@code indexNumber} (索引号), {@code topic} (主题分类), {@code validity} (有效, 废止, 失效) where the page shows them;</li>
 *   <li>{@code addressees} (主送机关), {@code cites}, {@code attachments}.</li>
 * </ul>
 */
public record PolicyDocument(String number, int numberStart, List<String> issuers, String written, String type, String title,
                             String enclosedTitle, String enclosedType, String indexNumber, String topic, String validity,
                             List<String> addressees, List<Citation> cites, List<Attachment> attachments) {
    public static final PolicyDocument NONE = new PolicyDocument(null, -1, List.of(), null, null, null, null, null, null, null,
            null, List.of(), List.of(), List.of());

    public PolicyDocument {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        cites = cites == null ? List.of() : List.copyOf(cites);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * True when the page reads as an official document: it has a number, or an issuer and a 公文 type that its title
     * gives in the 公文 form (…关于…的通知, 印发…) or that is a rule by itself (条例, 规定, 办法, 细则, 规则). A news
     * story titled 工业和信息化部公布45个集群名单 is not one.
     */
    public boolean isDocument() {
        if (number != null) return true;
        if (type == null || issuers.isEmpty() || title == null) return false;
        return title.contains("关于") || enclosedTitle != null || java.util.Set.of("条例", "规定", "办法", "细则", "规则", "命令").contains(type);
    }
}

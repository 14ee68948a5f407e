package org.policyminer.extract;

/**
 * Whether a text in 《》 is a title or a claim set in a title's marks. A title of the page's kind ends in its genre's word
 * (a notice, a measure, a plan, a report, a regulation, a book, a collection, a law, a newspaper…: 《关于…的通知》,
 * 《…发展规划》, 《…白皮书》, 《…文集》); an advert borrows the marks for its offer ("《…大師親批流年運勢》": a person's
 * title and a promise, no genre at its end). Only the end is read: the offer is judged by {@link GluedInserts}' two
 * halves like any run, this only decides that the marks do not vouch for it.
 */
final class TitleMarks {
    private TitleMarks() {}

    /**
     * The last words a title of a document, a book or a work ends in (simplified and traditional). A title's end is read
     * with {@code endsWith}, so a word that ends in one of these needs no entry of its own (办法 in 法, 目录 in 录, 公报 in
     * 报, 年鉴 in 鉴, 杂志 in 志).
     */
    private static final String[] GENRE_ENDINGS = {
        "通知", "通告", "公告", "规划", "規劃", "计划", "計劃", "报告", "報告", "条例", "條例", "规定", "規定",
        "意见", "意見", "方案", "决定", "決定", "细则", "細則", "纲要", "綱要", "标准", "標準", "指南", "指引",
        "规则", "規則", "规范", "規範", "决议", "決議", "法", "书", "書", "集", "报", "報", "志", "誌", "刊",
        "记", "記", "传", "傳", "史", "论", "論", "录", "錄", "典", "经", "經", "鉴", "鑑", "手册", "手冊", "汇编", "彙編",
        "条约", "條約", "协定", "協定", "章程", "宣言", "声明", "聲明", "名单", "名單", "清单", "清單", "通则", "通則"
    };

    /** Whether {@code inside} (the text between 《 and 》) ends in a genre's word. */
    static boolean endsInGenre(String inside) {
        String t = inside.strip();
        for (String g : GENRE_ENDINGS) if (t.endsWith(g)) return true;
        return false;
    }

    /**
     * Whether the piece {@code from}–{@code to} of {@code text} stands in 《》 and its end names no genre: its marks vouch
     * for nothing. (〈〉, a title's mark inside a title, cuts no piece ({@link ClausePieces}): no piece stands in them.)
     */
    static boolean claimInTitleMarks(String text, int from, int to) {
        return from > 0 && to < text.length() && text.charAt(from - 1) == TITLE && text.charAt(to) == Brackets.closing(TITLE)
                && !endsInGenre(text.substring(from, to));
    }

    /** The title's opening mark. */
    private static final char TITLE = '《';

    /**
     * An offer set in a title's marks: a person's title, then within a few characters a promise of that person's own
     * attention or a guarantee (大师亲批, 名师亲授, 专家一对一, 神医包治, 不准不收费). A work's title names a person and what
     * they did (《大师的晚年》), not what they will do for the reader.
     */
    static boolean offers(String inside) {
        return OFFER.matcher(inside).find();
    }

    private static final java.util.regex.Pattern OFFER = java.util.regex.Pattern.compile(
            "(?:大师|大師|名师|名師|专家|專家|神医|神醫|老师|老師|师傅|師傅|高人|名家|大仙|半仙|道长|道長|导师|導師)[^，。,；;！!？?]{0,4}?"
                    + "(?:亲批|親批|亲算|親算|亲授|親授|亲测|親測|亲诊|親診|亲自|親自|一对一|一對一|包治|包过|包過|包准|包準|保证|保證|免费|免費|在线|在線|指点|指點|解惑)"
                    + "|不准不收|不準不收|无效退款|無效退款");
}

package org.policyminer.entities;

/**
 * Words that synonym spinners (伪原创 tools, which "rewrite" a copied article word by word so that search engines take it
 * for new text) put in place of industry words, and the word each stands for. Users meet such copies on hacked mirror
 * sites; a cluster name in one is still the cluster.
 *
 * <p>Evidence, from the real-text blocks' notes (corpora/entities/real/conventions.md): 家当 for 产业 (dev10 d10-0063,
 * jiaduobao.ru "纺织榜样家当集群"; dev13 d13-0181, meileai.cn "惠东县女鞋家当集群"), 资料 for 材料 and 配备 for 装备 (dev13
 * d13-0187..0189, b8l.hcjhyxg.cn "郑南商许超硬资料集群", "洛阳现代农机配备集群", "根底资料"), 制作业 for 制造业 (dev8 d8-0077,
 * "先进制作业集群"). Each is an ordinary word elsewhere (资料 = documents, 配备 = to equip, 家当 = belongings), so
 * {@link ClusterRecognizer} reads a part through this table only inside a cluster candidate that has a place part, and
 * keeps the reading only when it is a national cluster of that place or an industry the lexicon knows under an
 * industrial head; any other text is never touched.
 */
final class SpunWords {
    private SpunWords() {}

    /** Spun word → the industry word it replaced. */
    private static final String[][] TABLE = {{"家当", "产业"}, {"资料", "材料"}, {"配备", "装备"}, {"制作业", "制造业"}};

    /** Heads a spinner writes for 产业 / 先进制造业 / 制造业 between the industry and 集群. */
    static final String[] HEAD_FILLERS = {"家当", "先进制作业", "制作业"};

    /** {@code part} with every spun word replaced by the word it stands for ({@code part} itself when none is there). */
    static String unspun(String part) {
        String out = part;
        for (String[] pair : TABLE) {
            if (out.contains(pair[0])) out = out.replace(pair[0], pair[1]);
        }
        return out;
    }
}

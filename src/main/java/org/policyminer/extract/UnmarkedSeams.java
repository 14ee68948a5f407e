package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A news clause and an advert glued with no mark between them: "…已建成5G基站十二萬座快排三天上首頁，不上不收費，並計畫…",
 * "…工业增加值同比增长6.8%网贷逾期上岸找…协商 薇：…，其中…". {@link ClausePieces} cuts at marks only, so the advert's first
 * words share a piece with the news clause's last ones; that piece leans clean, or holds the clause's policy word, and
 * {@link GluedInserts}' run of pieces never starts inside it. Here a piece is split where its words turn: the stretch of
 * Han text inside it whose summed lean is highest (the Han model's, {@link GluedAdvert#leans}) becomes a piece of its own
 * when its words alone lean to an advert's at {@link #CUT} and a clause of the news stands beside it
 * in the piece ({@link #CLAUSE_HAN} Han characters whose words lean clean). Nothing is cut here: the run is
 * judged by {@link GluedInserts}' two halves as any run of pieces (off the topic of what is around it, and an advert's
 * mark). {@link GluedAdvert} reads a glued span too, but only at the vocabulary's strong cut: a span that leans less and
 * runs on to a clause mark is this class's.
 */
final class UnmarkedSeams {
    private UnmarkedSeams() {}

    /**
     * The Han model's evidence the stretch needs by itself: the vocabulary's cut ({@link SpamDetector#WORDS_CUT}), over the
     * run's {@link GluedInserts#OFF_EVIDENCE}. Split out lower, a fair's own invitation (欢迎广大市民登录…官方网站预约参观,
     * 3.00 once its first words went) began its clause with a call and was cut; the dev files' glued stretches read 3.8 to 4.8.
     */
    static final double CUT = SpamDetector.WORDS_CUT;
    /** The stretch split out needs this many Han characters: fewer is a word, no clause. */
    static final int MIN_HAN = 4;
    /**
     * The news beside it needs this many Han characters ({@link GluedInserts#MIN_RUN_CHARS}): a clause (全市已建成公共充电桩
     * 四万八千个), not a subject alone (参展企业 before 可关注…官方微信号: a fair's own account, its sentence read whole).
     */
    static final int CLAUSE_HAN = GluedInserts.MIN_RUN_CHARS;

    /** {@code sentences} with each piece that holds an unmarked seam split at it; the same lists when none does. */
    static List<List<ClausePieces.Piece>> split(String text, List<List<ClausePieces.Piece>> sentences) {
        double[] leans = null;
        List<List<ClausePieces.Piece>> out = null;
        for (int s = 0; s < sentences.size(); s++) {
            List<ClausePieces.Piece> sentence = sentences.get(s);
            List<ClausePieces.Piece> split = null;
            for (int k = 0; k < sentence.size(); k++) {
                ClausePieces.Piece p = sentence.get(k);
                int[] seam = null;
                // a piece needs a clause and a stretch: the model is read only for one that can hold both; a piece set in
                // marks (《…》, 「…」, 【…】) is read whole: its marks set it apart already (GluedInserts, TitleMarks)
                if (!setInMarks(text, p) && Chars.cjk(text.substring(p.from(), p.to())) >= CLAUSE_HAN + MIN_HAN) {
                    if (leans == null) leans = GluedAdvert.leans(text);
                    seam = seam(text, p, leans);
                }
                if (seam == null) {
                    if (split != null) split.add(p);
                    continue;
                }
                if (split == null) split = new ArrayList<>(sentence.subList(0, k));
                if (seam[0] > p.from()) split.add(new ClausePieces.Piece(p.from(), trimEnd(text, p.from(), seam[0]), p.sentenceFrom(), p.sentenceTo()));
                split.add(new ClausePieces.Piece(seam[0], seam[1], p.sentenceFrom(), p.sentenceTo()));
                if (seam[1] < p.to()) split.add(new ClausePieces.Piece(trimStart(text, seam[1], p.to()), p.to(), p.sentenceFrom(), p.sentenceTo()));
            }
            if (split != null && out == null) out = new ArrayList<>(sentences.subList(0, s));
            if (out != null) out.add(split != null ? split : sentence);
        }
        return out != null ? out : sentences;
    }

    /**
     * The stretch of {@code p} to split out, {@code from}–{@code to}, or null: the highest-sum run of its Han positions
     * (restarted where the sum falls under 0; non-Han characters inside it go with it), at {@link #CUT} by its own words,
     * with {@link #MIN_HAN} Han characters; a side of fewer than
     * {@link #CLAUSE_HAN} Han characters goes with it (a particle, a handle's letters), a side with as many must
     * lean clean, and one side must be such a clause.
     */
    static int[] seam(String text, ClausePieces.Piece p, double[] leans) {
        double best = 0, run = 0;
        int bestFrom = -1, bestTo = -1, runFrom = -1;
        for (int i = p.from(); i < p.to(); i++) {
            if (!Chars.isCjk(text.charAt(i))) continue;
            if (runFrom < 0 || run < 0) {
                run = leans[i];
                runFrom = i;
            } else {
                run += leans[i];
            }
            if (run > best) {
                best = run;
                bestFrom = runFrom;
                bestTo = i + 1;
            }
        }
        if (bestFrom < 0) return null;
        int from = bestFrom, to = bestTo;
        String head = text.substring(p.from(), from), tail = text.substring(to, p.to());
        boolean headClause = Chars.cjk(head) >= CLAUSE_HAN, tailClause = Chars.cjk(tail) >= CLAUSE_HAN;
        if (!headClause) from = p.from();
        if (!tailClause) to = p.to();
        if (!headClause && !tailClause) return null;
        if (headClause && GluedInserts.lean(head) >= 0 || tailClause && GluedInserts.lean(tail) >= 0) return null;
        String stretch = text.substring(from, to);
        if (Chars.cjk(stretch) < MIN_HAN || AdvertWords.standard().evidence(stretch) < CUT) return null;
        return new int[] {from, to};
    }

    private static final String OPENERS = "【[（(「《“‘〔［〖『\"";

    private static boolean setInMarks(String text, ClausePieces.Piece p) {
        return p.from() > 0 && OPENERS.indexOf(text.charAt(p.from() - 1)) >= 0;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }

    private static int trimStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        return from;
    }
}

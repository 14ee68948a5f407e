package org.policyminer.extract;

/**
 * An advert run into a news sentence with no mark at all: "…城市试点工作高价收购银行卡对公账户一套三千当天结算试点城市将获得
 * 中央财政资金支持。", "…年增百分之八點三絕地求生透視自瞄外掛月卡只要三百元不封號保證". No bracket, no seam, no clause mark
 * sets it apart, so {@link InsertedAsides} finds nothing, and the paragraph as a whole is mostly the page's own sentence.
 * The span is found by its words: inside one clause (between marks), the run of Han text whose summed advert lean
 * ({@link AdvertWords}, character and bigram log-odds) is highest, where the lean turns clean the span stops. It is an
 * aside only when its own evidence reaches {@link #CUT} (the vocabulary's strong cut: hardly any clean line does), or
 * the vocabulary's own cut with a pitch family in it ({@link AdvertShape#families}: 只要三百元, 秒到账), and it is not the
 * whole clause (four Han characters or more of the clause stand beside it); {@link SpamDetector#withoutSpamAsides} then reads it as any aside, against the page.
 */
final class GluedAdvert {
    /** The evidence a span needs: {@link SpamDetector#WORDS_STRONG}. */
    static final double CUT = SpamDetector.WORDS_STRONG;
    /** A span needs this many Han characters: a shorter one is a word or two, no advert. */
    static final int MIN_HAN = 10;
    /** Paragraphs longer than this are not read (an article's long paragraph is prose; the cost stays bounded). */
    static final int MAX_PARAGRAPH = 400;

    private GluedAdvert() {}

    /**
     * Whether {@link #find} or {@link #findClauses} can find anything: a paragraph they read ({@link #MAX_PARAGRAPH})
     * with {@link #MIN_HAN} + 4 Han characters. Each needs a span of {@link #MIN_HAN} and four more Han characters
     * beside it, outside the span (in its clause, or in its sentence): with fewer the model is not read.
     */
    static boolean mayHold(String text) {
        int n = text.length();
        if (n > MAX_PARAGRAPH || n < MIN_HAN + 4) return false;
        int han = 0;
        for (int i = 0; i < n; i++) if (Chars.isCjk(text.charAt(i)) && ++han >= MIN_HAN + 4) return true;
        return false;
    }

    /**
     * Each position's lean, as {@link #find} and {@link #findClauses} both sum it: at a Han character, its own log-odds
     * plus its bigram's with the next character when that is Han too; 0 elsewhere. Read once for both (the model's
     * table look-ups, most of their cost, were made twice a paragraph).
     */
    static double[] leans(String text) {
        AdvertWords words = AdvertWords.standard();
        int n = text.length();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Chars.isCjk(c)) continue;
            double v = words.value(c);
            if (i + 1 < n && Chars.isCjk(text.charAt(i + 1))) v += words.value((c << 16) | text.charAt(i + 1));
            out[i] = v;
        }
        return out;
    }

    /** The glued span of the paragraph as an aside, or null. */
    static InsertedAsides.Aside find(String text) {
        return text.length() > MAX_PARAGRAPH ? null : find(text, leans(text));
    }

    /** {@link #find(String)} with the paragraph's {@link #leans}. */
    static InsertedAsides.Aside find(String text, double[] leans) {
        int n = text.length();
        if (n > MAX_PARAGRAPH) return null;
        InsertedAsides.Aside byForm = byForm(text);
        if (byForm != null) return byForm;
        AdvertWords words = AdvertWords.standard();
        int bestFrom = -1, bestTo = -1;
        double best = 0;
        double run = 0;
        int runFrom = -1;
        // the highest-sum run of Han positions (Kadane), restarted at every mark: the span never crosses one
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Chars.isCjk(c)) {
                if (isBarrier(c)) run = 0;
                continue;
            }
            double v = leans[i];
            if (run <= 0) {
                run = v;
                runFrom = i;
            } else {
                run += v;
            }
            if (run > best) {
                best = run;
                bestFrom = runFrom;
                bestTo = i + 1;
            }
        }
        if (bestFrom < 0) return null;
        int spanHan = Chars.cjk(text.substring(bestFrom, bestTo));
        if (spanHan < MIN_HAN && !(spanHan >= MIN_HAN_AFTER_FIGURE && afterFigure(text, bestFrom)
                && Chars.cjk(text.substring(0, bestFrom)) >= MIN_HAN + 4 - MIN_HAN_AFTER_FIGURE)) return null;
        // the whole clause is no glued span: a clause of its own is read as the line or as a sentence aside
        // (a number's own marks, the % after it and the point inside it, end no clause: "年增5.8%菲律宾斗鸡…赔率最高1赔9.5主因是…"
        // is one clause with a news sentence on both sides of the advert)
        int clauseFrom = bestFrom, clauseTo = bestTo;
        while (clauseFrom > 0 && !endsClause(text, clauseFrom - 1)) clauseFrom--;
        while (clauseTo < n && !endsClause(text, clauseTo)) clauseTo++;
        if (Chars.cjk(text.substring(clauseFrom, bestFrom)) + Chars.cjk(text.substring(bestTo, clauseTo)) < 4) return null;
        String span = text.substring(bestFrom, bestTo);
        // at the strong cut by its words alone, or at the vocabulary's cut with a pitch's formula in it (只要三百元, 秒到账)
        double evidence = words.evidence(span);
        if (evidence < CUT && (spanHan < MIN_HAN || evidence < SpamDetector.WORDS_CUT || AdvertShape.families(span) == 0)) return null;
        return new InsertedAsides.Aside(bestFrom, bestTo, span);
    }

    /**
     * A span right after a figure (a digit or the percent sign closing it: "…同比增长9.6%美女荷官在线发牌") needs only this many
     * Han characters, at the strong cut: a news sentence goes on from a figure with a mark, a particle or a unit (9.6%，
     * 9.6%的, 36张), not with words that lean to an advert's this far. Four fewer than {@link #MIN_HAN}, with as many
     * more before it, so {@link #mayHold}'s screen of {@link #MIN_HAN} + 4 still holds.
     */
    static final int MIN_HAN_AFTER_FIGURE = 6;

    /** The character before {@code at} closes a figure: a digit, or a percent sign after one. */
    private static boolean afterFigure(String text, int at) {
        if (at == 0) return false;
        char c = text.charAt(at - 1);
        if (c >= '0' && c <= '9' || c >= '０' && c <= '９') return true;
        return (c == '%' || c == '％') && at >= 2 && Character.isDigit(text.charAt(at - 2));
    }

    /**
     * An advert taking the back half of a news sentence after a comma: "会议还审议通过了《…实施意见》，高价回收名酒、购物卡、
     * 加油卡，上门收购现金结算，全市接单". {@link #find} reads one clause, and here each clause is short; the advert is a run
     * of whole clauses. Inside one sentence (a span never crosses 。！？；), the run of consecutive clauses that each lean
     * advert ({@link AdvertWords}, summed as {@link #find} sums a run) with the highest sum: where a clause's lean turns
     * clean the run stops. It is an aside when it has {@link #MIN_HAN} Han characters, the sentence keeps a clause of four
     * Han or more before or after it, and its evidence reaches the vocabulary's cut with a pitch family in it (the strong cut
     * alone is not enough here: a clean essay's run of clauses reached it).
     */
    static InsertedAsides.Aside findClauses(String text) {
        return text.length() > MAX_PARAGRAPH ? null : findClauses(text, leans(text));
    }

    /** {@link #findClauses(String)} with the paragraph's {@link #leans}. */
    static InsertedAsides.Aside findClauses(String text, double[] leans) {
        int n = text.length();
        if (n > MAX_PARAGRAPH) return null;
        AdvertWords words = AdvertWords.standard();
        int bestFrom = -1, bestTo = -1, runFrom = -1, sentenceFrom = 0, bestSentenceFrom = 0;
        double best = 0, run = 0, clause = 0;
        int clauseFrom = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '。';
            if (Chars.isCjk(c)) {
                if (clauseFrom < 0) clauseFrom = i;
                clause += leans[i];
                continue;
            }
            if (!isBarrier(c)) continue;
            // a clause ends here: it extends the run when it leans advert, else the run stops
            if (clauseFrom >= 0) {
                if (clause > 0) {
                    if (runFrom < 0) {
                        runFrom = clauseFrom;
                        run = 0;
                    }
                    run += clause;
                    if (run > best) {
                        best = run;
                        bestFrom = runFrom;
                        bestTo = i;
                        bestSentenceFrom = sentenceFrom;
                    }
                } else {
                    runFrom = -1;
                }
            }
            clause = 0;
            clauseFrom = -1;
            if (Chars.isSentenceEnd(c) || c == '；' || c == ';') {
                runFrom = -1;
                sentenceFrom = i + 1;
            }
        }
        if (bestFrom < 0 || Chars.cjk(text.substring(bestFrom, bestTo)) < MIN_HAN) return null;
        int sentenceTo = bestTo;
        while (sentenceTo < n && !Chars.isSentenceEnd(text.charAt(sentenceTo)) && text.charAt(sentenceTo) != '；') sentenceTo++;
        if (Math.max(Chars.cjk(text.substring(bestSentenceFrom, bestFrom)), Chars.cjk(text.substring(bestTo, sentenceTo))) < 4) return null;
        String span = text.substring(bestFrom, bestTo);
        double evidence = words.evidence(span);
        // a pitch family always: whole clauses of a sentence lean further than one clause may ("男男女女们，父子兄弟们，
        // 夫妻儿女们" in a clean essay reached the strong cut by its words alone)
        if (evidence < SpamDetector.WORDS_CUT || AdvertShape.families(span) == 0) return null;
        return new InsertedAsides.Aside(bestFrom, bestTo, span);
    }

    /**
     * The glued spans found by their form, not by the model's words, so not behind {@link #mayHold}'s count of Han
     * characters (a short line holds them too): betting's call (买球就上…体育), whose words are too few to lean far, and
     * an English sentence run in between two Han characters ("…二千亿元play real money slots online get 150 free spins no
     * deposit项目涵盖…"), which the vocabulary, summing Han only, cannot see. Null when there is neither.
     */
    static InsertedAsides.Aside byForm(String text) {
        if (text.length() > MAX_PARAGRAPH) return null;
        InsertedAsides.Aside call = BettingVenue.call(text);
        if (call != null && call.to() - call.from() < Chars.nonSpace(text) - 4) return call;
        return latinRun(text);
    }

    /** The fewest English words a run glued between Han characters needs: fewer are a name, a unit or a brand (5G, iPhone 15 Pro). */
    static final int MIN_LATIN_WORDS = 5;

    /**
     * A run of English words (letters, digits, spaces, an apostrophe or a hyphen, no other mark) with a Han character
     * right before it and right after it, no space between: text pasted into a Chinese sentence, not quoted in it (a
     * quoted English phrase has a mark or a space beside it). Null when there is none of {@link #MIN_LATIN_WORDS} words.
     * Read as any aside ({@link SpamDetector#withoutSpamAsides}): cut only when it is an advert as a line of its own.
     */
    static InsertedAsides.Aside latinRun(String text) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            if (!Chars.isAsciiLetter(text.charAt(i)) || !Chars.isCjk(text.charAt(i - 1))) continue;
            int j = i, words = 0;
            boolean inWord = false;
            while (j < n) {
                char c = text.charAt(j);
                boolean letter = Chars.isAsciiAlnum(c);
                if (!letter && c != ' ' && c != '\'' && c != '-') break;
                if (letter && !inWord) words++;
                inWord = letter;
                j++;
            }
            if (j < n && Chars.isCjk(text.charAt(j)) && text.charAt(j - 1) != ' ' && words >= MIN_LATIN_WORDS) {
                return new InsertedAsides.Aside(i, j, text.substring(i, j));
            }
            i = j;
        }
        return null;
    }

    /** A {@link #isBarrier barrier} that is not a number's own mark: a percent sign after a digit, a point or comma between digits. */
    private static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        if (!isBarrier(c)) return false;
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        if ((c == '%' || c == '％') && digitBefore) return false;
        return !((c == '.' || c == ',') && digitBefore && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
    }

    /** A mark a span does not cross: any character that is neither Han, a letter, a digit nor a space. */
    private static boolean isBarrier(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isSpaceChar(c);
    }
}

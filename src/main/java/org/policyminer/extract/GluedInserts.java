package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An advert glued between the clauses of a news sentence, read by the sentence's own shape, whatever its trade:
 * "市工信局召开…推进会，LOL、DOTA2、CS电竞竞猜就上「凌霄电竞」，赛事直播加即时滚球，会议要求…", "…年产动力电池20GWh——币圈
 * 暴富就看…社群——项目预计…", "…signed 38 agreements worth 21.6 billion yuan at the expo buy Valium … at rx… dot su covering
 * semiconductors …". The sentence is cut into pieces at its marks ({@link ClausePieces}); the run of pieces that leans
 * furthest to an advert by the advert word models ({@link AdvertWords#lean} for Han, {@link EnglishAdvertWords} for
 * English; a piece with a policy word is never in it) is an insert when two things hold, each alone too weak:
 * <ol>
 * <li><b>it is off the topic of what is around it</b> ({@link #offTopic}): the sentence keeps a news piece outside it (a
 * policy word or a statistic's figure in words that lean clean, {@link #isNews}), the run has no policy word, its words
 * lean to an advert's (the Han model's evidence at {@link #OFF_EVIDENCE}, or set in by a pair of dashes or stars; an
 * English run at the English model's cut), and under a quarter of its Han bigrams are the page's or the sentence's
 * ({@link Topic#sharedFraction});</li>
 * <li><b>it carries an advert's mark</b> of any kind the detector reads ({@link #marked}: a lexicon hit, a handle, an
 * address, a call, a claim, a pitch's formula, the selling shape, a bare offer, a betting call, the vocabulary at its
 * cut).</li>
 * </ol>
 * No word list of its own: the policy words, the models, the topic and the marks are the detector's. Not read: a run of
 * fewer than {@link #MIN_RUN_CHARS} letters, a name in quotes or a title alone, a bracketed call alone (a link's label),
 * a label before a colon that opens the sentence, an English run that ends its sentence.
 * Then the run is cut with the marks that set it in, and the news pieces around it stay; the paragraph is then read as
 * any paragraph an aside was cut from ({@link SpamDetector#withoutSpamAsides}).
 */
final class GluedInserts {
    private GluedInserts() {}

    /** A news piece needs this many Han characters, or {@link #NEWS_WORDS} English words, to vouch for its sentence. */
    static final int NEWS_HAN = 4;
    static final int NEWS_WORDS = 4;
    /**
     * The Han model's evidence ({@link AdvertWords#evidence}) a run needs besides its share of the page: under the
     * vocabulary's cut ({@link SpamDetector#WORDS_CUT}), since a run is a clause or two and the topic test carries the
     * rest; over what a list of names or a slogan reads (0.2–0.5 on zh-cwced's gold, twenty-fifth pass).
     */
    static final double OFF_EVIDENCE = 2.0;
    /**
     * A run needs this many letters, digits or Han characters: fewer is a name, a label or a figure (a citation's type and
     * degree, "[D]: [硕士学位论文]", on a zh-cwced thesis page; the shortest insert the dev files hold, 串關賠率全港最高, has 8).
     */
    static final int MIN_RUN_CHARS = 8;

    /** The two halves of the rule, for a run ({@link #judge}): what each said, for the measurement harness and tests. */
    record Verdict(int from, int to, String run, boolean offTopic, boolean marked) {
        boolean insert() {
            return offTopic && marked;
        }
    }

    /** The inserts of a paragraph to cut, as asides ({@code from}–{@code to} with their marks). */
    static List<InsertedAsides.Aside> find(String text, Supplier<Topic> topic, boolean inTopic, Predicate<String> speaksAdvert) {
        SpamDetector.Line line = new SpamDetector.Line(text);
        return find(line, topic, inTopic, speaksAdvert, line::reportExcuses);
    }

    /**
     * {@link #find(String, Supplier, boolean, Predicate)} of the paragraph's view: the model's reading of its words
     * ({@link SpamDetector.Line#words}) is made once, on a paragraph this reads, and every piece's and run's lean and
     * evidence is a slice of it (the paragraph's asides read it next). {@code excused}: whether a report on a scam
     * excuses the paragraph ({@link ScamReport#excuses}, read once a paragraph by the detector's view).
     */
    static List<InsertedAsides.Aside> find(SpamDetector.Line line, Supplier<Topic> topic, boolean inTopic, Predicate<String> speaksAdvert,
                                           java.util.function.BooleanSupplier excused) {
        List<InsertedAsides.Aside> out = new ArrayList<>(1);
        String text = line.text;
        if (!mayHold(text)) return out;
        for (Verdict v : judge(new Paragraph(text, line.words(), speaksAdvert, excused), topic, inTopic, false)) {
            if (v.insert()) out.add(new InsertedAsides.Aside(v.from, v.to, text.substring(v.from, v.to)));
        }
        return out;
    }

    /** A paragraph as the halves read it: its text, the model's reading of its words, the detector's sign of an advert. */
    private record Paragraph(String text, AdvertWords.Reading words, Predicate<String> speaksAdvert, java.util.function.BooleanSupplier excused) {
        /** {@link GluedInserts#lean(String)} of the characters {@code from} to {@code to}. */
        double lean(int from, int to) {
            return words.lean(from, to) + EnglishInsert.lean(text, from, to);
        }
    }

    /**
     * A paragraph this reads: at most {@link GluedAdvert#MAX_PARAGRAPH} characters, and a mark between pieces in it, or
     * {@link EnglishInsert#MIN_WORDS} English words (an English sentence with an advert run in with no mark at all is
     * read by its words, {@link EnglishInsert}: it has no mark to pass this gate by).
     */
    static boolean mayHold(String text) {
        if (text.length() > GluedAdvert.MAX_PARAGRAPH || text.length() < 2 * MIN_RUN_CHARS) return false;
        for (int i = 0; i < text.length(); i++) if (ClausePieces.isMark(text, i)) return true;
        return englishWords(text) >= EnglishInsert.MIN_WORDS;
    }

    /**
     * Each sentence's candidate run and what the two halves say of it. {@code both}: read both halves on every run (the
     * measurement); otherwise the marks are read only when the run's words are off, and the page only when both are.
     */
    static List<Verdict> judge(String text, Supplier<Topic> topic, boolean inTopic, Predicate<String> speaksAdvert, boolean both) {
        return judge(new Paragraph(text, AdvertWords.standard().read(text), speaksAdvert,
                () -> ScamReport.excuses(text, SpamDetector.foldWidth(text))), topic, inTopic, both);
    }

    private static List<Verdict> judge(Paragraph paragraph, Supplier<Topic> topic, boolean inTopic, boolean both) {
        String text = paragraph.text();
        List<Verdict> out = new ArrayList<>(1);
        // a piece that holds a news clause and an advert's words with no mark between them is split where its words turn
        for (List<ClausePieces.Piece> sentence : UnmarkedSeams.split(text, ClausePieces.of(text))) {
            Verdict byPieces = sentence.size() < 2 ? null : byPieces(paragraph, sentence, topic, inTopic, both);
            if (byPieces != null) out.add(byPieces);
            if (byPieces != null && byPieces.insert()) continue;
            // an English sentence with no mark between it and the advert pasted into it: the run of words (EnglishInsert)
            for (ClausePieces.Piece p : sentence) {
                int[] span = EnglishInsert.find(text, p.from(), p.to(), p.sentenceTo());
                // an English insert has the sentence going on after it: a sentence's last words ("…contact the ministry
                // at info at miit dot gov dot cn.") are its own ending
                if (span == null || !goesOn(text.substring(span[1], p.sentenceTo()))) continue;
                out.add(verdict(paragraph, span, span[0], span[1], false, false, topic, inTopic, both));
            }
        }
        return out;
    }

    /** The run of pieces of one sentence ({@link #advertRun}) and what the halves say of it; null when it has none or no news piece stands outside it. */
    private static Verdict byPieces(Paragraph paragraph, List<ClausePieces.Piece> sentence, Supplier<Topic> topic, boolean inTopic,
                                    boolean both) {
        String text = paragraph.text();
        // each piece's lean, read once: the run's search and the news pieces' test read the same pieces
        double[] leans = leans(paragraph, sentence);
        int[] run = advertRun(text, sentence, leans);
        if (run == null) return null;
        ClausePieces.Piece first = sentence.get(run[0]), last = sentence.get(run[1]);
        String runText = text.substring(first.from(), last.to());
        if (letters(runText) < MIN_RUN_CHARS) return null;
        // a name quoted or a title (“六合彩40週年金多寶”, 《…》) is its sentence's word, however it leans
        // (a 《》 whose end names no genre is a claim in a title's marks, TitleMarks: set in as by a pair of dashes, and
        // its offer is a mark)
        boolean titleClaim = run[0] == run[1] && TitleMarks.claimInTitleMarks(text, first.from(), first.to());
        if (run[0] == run[1] && quoted(text, first) && !titleClaim) return null;
        // a call alone in brackets is a link's label (【点击进入专题】): InsertedAsides' seam reads it, against the page
        if (run[0] == run[1] && Chars.nonSpace(runText) <= SEAM_CALL_CHARS && first.from() > 0 && BRACKET_OPENINGS.indexOf(text.charAt(first.from() - 1)) >= 0
                && AdvertShape.hasCallToAction(runText)) return null;
        // a label that opens the sentence (联系人及电话：…) is what follows it, no insert
        if (run[0] == 0 && last.to() < text.length() && (text.charAt(last.to()) == '：' || text.charAt(last.to()) == ':')) return null;
        boolean news = false;
        for (int k = 0; k < sentence.size() && !news; k++) {
            if (k < run[0] || k > run[1]) news = isNews(text.substring(sentence.get(k).from(), sentence.get(k).to()), leans[k]);
        }
        if (!news) return null;
        if (Chars.cjk(runText) == 0 && !goesOn(text.substring(last.to(), last.sentenceTo()))) return null;
        int[] cut = ClausePieces.cut(text, first, last);
        return verdict(paragraph, cut, first.from(), last.to(), enclosed(text, cut, first, last) || titleClaim, titleClaim, topic, inTopic, both);
    }

    /**
     * What the halves say of a run: its words first, its marks next, the page's topic last (the topic is built on first
     * use, and a paragraph a report on a scam excuses, {@link ScamReport#excuses}, never asks it: the detector's asides
     * do not either).
     */
    private static Verdict verdict(Paragraph paragraph, int[] cut, int runFrom, int runTo, boolean enclosed, boolean titleClaim,
                                   Supplier<Topic> topic, boolean inTopic, boolean both) {
        String text = paragraph.text();
        String run = text.substring(runFrom, runTo);
        // the Han model's evidence of the run, a slice of the paragraph's reading: its words' half and its marks read it
        double evidence = paragraph.words().evidence(runFrom, runTo);
        // an order to the reader in a news sentence (您的包裹…请尽速更新资料) is set off by its register, whatever its words
        boolean order = PhishingNotice.readerOrder(run);
        boolean offWords = offByWords(run, enclosed, evidence) || order;
        boolean marked = (offWords || both) && (marked(run, paragraph.speaksAdvert(), evidence) || order
                || titleClaim && TitleMarks.offers(run));
        boolean asked = both || (offWords && marked && !paragraph.excused().getAsBoolean());
        boolean off = offWords && asked && offPage(run, topic, inTopic);
        return new Verdict(cut[0], cut[1], run, off, marked);
    }

    /** Each piece's lean ({@link #lean}), sliced from the paragraph's reading. */
    private static double[] leans(Paragraph paragraph, List<ClausePieces.Piece> sentence) {
        double[] out = new double[sentence.size()];
        for (int k = 0; k < out.length; k++) out[k] = paragraph.lean(sentence.get(k).from(), sentence.get(k).to());
        return out;
    }

    /**
     * The run of consecutive pieces whose summed lean is highest and above 0 ({@code leans}, each piece's {@link #lean});
     * a piece with a policy word ends a run. Null when no piece leans to an advert.
     */
    static int[] advertRun(String text, List<ClausePieces.Piece> sentence, double[] leans) {
        double best = 0, run = 0;
        int bestFrom = -1, bestTo = -1, runFrom = -1;
        for (int k = 0; k < sentence.size(); k++) {
            String piece = text.substring(sentence.get(k).from(), sentence.get(k).to());
            if (SpamDetector.holdsPolicyWord(piece)) {
                run = 0;
                runFrom = -1;
                continue;
            }
            double v = leans[k];
            if (runFrom < 0 || run <= 0) {
                run = v;
                runFrom = k;
            } else {
                run += v;
            }
            if (run > best) {
                best = run;
                bestFrom = runFrom;
                bestTo = k;
            } else if (run == best && best > 0 && runFrom == bestFrom && v == 0 && Chars.cjk(text.substring(sentence.get(bestFrom).from(), sentence.get(bestTo).to())) > 0) {
                // a piece the model knows nothing of right after a Han run (its handle: lw⊕fabiao⊕66) goes with it
                bestTo = k;
            }
        }
        return bestFrom < 0 ? null : new int[] {bestFrom, bestTo};
    }

    /**
     * The second half: an advert's mark of any kind the detector reads. First the detector's own sign of an advert in an
     * aside ({@code speaksAdvert}: a lexicon hit, a handle, the Han vocabulary at its cut on a Han line, a call in words
     * that lean to an advert's, an English pitch, a claim, a pitch's formula, a betting call: each read there, once);
     * then the marks that sign does not read on a run: an address the reader is sent to ({@link #ADDRESS}), a call to
     * action whatever its words ({@link AdvertShape#hasCallToAction}), a bare offer ({@link BareOffers}), the Han
     * vocabulary at its cut ({@link SpamDetector#WORDS_CUT}) whatever script stands beside it, the selling shape
     * ({@link AdvertShape#score}) on a run with Han.
     */
    static boolean marked(String run, Predicate<String> speaksAdvert) {
        return marked(run, speaksAdvert, AdvertWords.standard().evidence(run));
    }

    /** {@link #marked(String, Predicate)}, {@code evidence} the Han model's of the run ({@link AdvertWords#evidence}). */
    private static boolean marked(String run, Predicate<String> speaksAdvert, double evidence) {
        return speaksAdvert.test(run) || markedBeyondSign(run, evidence);
    }

    /** The marks of {@link #marked} that the detector's sign of an advert in an aside does not read. */
    private static boolean markedBeyondSign(String run, double evidence) {
        return ADDRESS.matcher(SpamDetector.foldWidth(run)).find() || AdvertShape.hasCallToAction(run)
                // a chat channel's name bent to pass a filter (薇信, V信), even with no handle after it: no news writes it
                || BENT_CHANNEL.matcher(run).find()
                || BareOffers.isBareOffer(run) || BareOffers.englishTradeOffer(run)
                // the Han vocabulary at its cut, with an English channel or a handle's letters beside it (the aside's
                // sign reads it only on a line that is Han beside addresses)
                || evidence >= SpamDetector.WORDS_CUT
                // the selling shape reads Han selling points; an English run's pitch is the sign's (englishPitch)
                || Chars.cjk(run) > 0 && AdvertShape.score(run) > 0;
    }

    /**
     * A web address the reader is sent to, plain or spelled out (rx-direct dot su, qiushengty点vip, x[.]store): a name of
     * three or more, a dot or its spelling, a lower-case ending of two to six letters (a sentence run on after a full
     * stop, "physician.Police", is no address; an e-mail's domain is not read).
     */
    static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9@.])[A-Za-z0-9-]{3,}(?:\\.|\\s*(?:\\bdot\\b|\\[\\.\\]|\\(\\.\\)|\\(dot\\)|\\[dot\\]|点|點)\\s*)[a-z]{2,6}(?![A-Za-z])");

    /**
     * A chat channel's name bent so that a filter on the name misses it: 薇信, 徽信, V信 for 微信, 扣扣 for QQ (the names
     * {@link ContactHandles} reads before a handle). Not 威信, a word of its own (prestige).
     */
    static final java.util.regex.Pattern BENT_CHANNEL = java.util.regex.Pattern.compile("薇信|徽信|[VvＶｖ]信|扣扣");

    /** Which way a piece's words lean: the Han model's summed log-odds, or the English model's summed over an English piece's words. */
    static double lean(String piece) {
        return AdvertWords.standard().lean(piece) + EnglishInsert.lean(piece);
    }

    /**
     * A piece of the page's kind of sentence: {@link #NEWS_HAN} Han characters with a policy word
     * ({@link SpamDetector#holdsPolicyWord}) or a statistic's figure ({@link #NEWS_FIGURE}), whose words lean clean; or
     * {@link #NEWS_WORDS} English words that lean clean (English has no policy word list here).
     */
    static boolean isNews(String piece) {
        return isNews(piece, lean(piece));
    }

    /** {@link #isNews(String)}, {@code lean} the piece's ({@link #lean}). */
    private static boolean isNews(String piece, double lean) {
        if (Chars.cjk(piece) < NEWS_HAN && englishWords(piece) < NEWS_WORDS) return false;
        // an English piece has no policy word to read: its words leaning clean are the sentence's own
        if (Chars.cjk(piece) == 0) return lean < 0;
        return (SpamDetector.holdsPolicyWord(piece) || NEWS_FIGURE.find(piece)) && lean < 0;
    }

    /**
     * A figure as statistics tell it: a number and its unit of account (亿, 万, %, 家, 户, 项, a power unit, billion,
     * percent; not a bare 元, an advert's price as often as a report's). An advert tells figures too (月入3万, 首存再送30%), so a figure vouches only for a piece whose words lean
     * clean ({@link #isNews}).
     */
    static final org.policyminer.util.QuickFind NEWS_FIGURE = org.policyminer.util.QuickFind.of(java.util.regex.Pattern.compile(
            "[0-9０-９][0-9０-９.,]*\\s?(?:余|餘|多)?(?:亿|億|万|萬|%|％|个百分点|個百分點|万元|萬元|亿元|億元|家|户|戶|项|項|吨|噸|GW|MW|GWh|billion|million|percent)"
                    // the same figures in Chinese numerals, as a report may write them (五百六十亿元, 四万个, 百分之二十三);
                    // two numerals at least before a counting unit (一家 is an article's word, not a figure)
                    + "|[一二三四五六七八九十百千两兩〇零]+(?:余|餘|多)?(?:亿|億|万|萬)"
                    + "|[一二三四五六七八九十百千两兩〇零]{2,}(?:余|餘|多)?(?:家|户|戶|项|項|吨|噸)"
                    + "|百分之[一二三四五六七八九十百零〇点點]+"));

    /** Whether the piece stands right inside a quote's or a title's marks. */
    private static boolean quoted(String text, ClausePieces.Piece p) {
        return p.from() > 0 && p.to() < text.length() && QUOTE_OPENINGS.indexOf(text.charAt(p.from() - 1)) >= 0
                && QUOTE_CLOSINGS.indexOf(text.charAt(p.to())) >= 0;
    }

    /** The quotes and the title's mark that vouch for a name inside them ({@link #quoted}). */
    private static final String QUOTE_OPENINGS = "“「『《\"‘";
    private static final String QUOTE_CLOSINGS = Brackets.closings(QUOTE_OPENINGS);
    /** The brackets a link's label stands in (【点击进入专题】). */
    private static final String BRACKET_OPENINGS = "【[（(〔［〖";

    /**
     * Whether the run stands between a pair of insert marks with the sentence going on after it: its cut opens with an
     * insert mark that sets text in ({@link #setsIn}: a dash, a star) after text of the sentence, and such a mark closes it
     * before more text of the sentence.
     */
    static boolean enclosed(String text, int[] cut, ClausePieces.Piece first, ClausePieces.Piece last) {
        if (cut[0] >= first.from() || cut[0] <= first.sentenceFrom() || !setsIn(text.charAt(cut[0]))) return false;
        int close = last.to();
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) close++;
        return close < last.sentenceTo() && setsIn(text.charAt(close)) && cut[1] < last.sentenceTo();
    }

    /**
     * An insert mark that sets a text in: a dash, a star, an arrow, a bar. Not a bracket (a news site's 【点击进入专题】, a
     * figure's （较上年增加…）) nor a quote or a title (slogans, names): those hold the page's own words as often.
     */
    private static boolean setsIn(char c) {
        return ClausePieces.isInsertMark(c) && !ClausePieces.isBracketOrQuote(c);
    }

    /**
     * The first half: the run is off the topic of the clauses around it and of the page ({@link #offByWords} and
     * {@link #offPage}).
     */
    static boolean offTopic(String run, Supplier<Topic> topic, boolean inTopic, boolean enclosed) {
        return offByWords(run, enclosed, AdvertWords.standard().evidence(run)) && offPage(run, topic, inTopic);
    }

    /**
     * The first half's words: no policy word, and words that lean to an advert's (the Han model's evidence at
     * {@link #OFF_EVIDENCE}, or any lean when a pair of dashes or stars sets the run in; an English run, which has no
     * bigram for the page's test, at the English model's cut). {@code evidence}: the Han model's of the run
     * ({@link AdvertWords#evidence}).
     */
    static boolean offByWords(String run, boolean enclosed, double evidence) {
        if (SpamDetector.holdsPolicyWord(run)) return false;
        if (Topic.bigrams(run) < 2) return EnglishAdvertWords.standard().evidence(run) >= SpamDetector.WORDS_CUT;
        return enclosed || evidence >= OFF_EVIDENCE;
    }

    /**
     * The first half's page: under {@link SpamDetector#FAR_SHARED} of the run's Han bigrams occur on the page outside it
     * (the sentence's other pieces are on the page); a run of fewer than two bigrams has nothing to share.
     */
    static boolean offPage(String run, Supplier<Topic> topic, boolean inTopic) {
        if (Topic.bigrams(run) < 2) return true;
        Topic t = topic.get();
        return t.isEmpty() || t.sharedFraction(run, inTopic) < SpamDetector.FAR_SHARED;
    }

    /**
     * {@code asides} with the {@code inserts} among them, in order: an aside that crosses an insert's edge gives way to it
     * (the insert was judged on the sentence's pieces; the cut reads each span once); one that holds an insert stays and
     * is read first, as before, and the insert is cut when the aside is not.
     */
    static List<InsertedAsides.Aside> with(List<InsertedAsides.Aside> asides, List<InsertedAsides.Aside> inserts) {
        if (inserts.isEmpty()) return asides;
        List<InsertedAsides.Aside> out = new ArrayList<>(asides.size() + inserts.size());
        for (InsertedAsides.Aside a : asides) {
            boolean crosses = false;
            for (InsertedAsides.Aside in : inserts) {
                boolean holds = a.from() <= in.from() && in.to() <= a.to();
                crosses |= !holds && a.from() < in.to() && in.from() < a.to();
            }
            if (!crosses) out.add(a);
        }
        out.addAll(inserts);
        // by start, the longer first: an aside that holds an insert is read before it (cut, it takes the insert with it)
        out.sort(java.util.Comparator.comparingInt(InsertedAsides.Aside::from).thenComparing(a -> -a.to()));
        return out;
    }

    /** The most characters of a bracketed call that is a link's label (InsertedAsides' seam call). */
    static final int SEAM_CALL_CHARS = 14;

    /**
     * Whether the sentence goes on after an English run: three English words or {@link #NEWS_HAN} Han characters (a run
     * that ends its sentence, "…contact the ministry at info at miit dot gov dot cn.", is the sentence's own ending).
     */
    static boolean goesOn(String after) {
        return englishWords(after) >= EnglishInsert.MIN_RUN_WORDS || Chars.cjk(after) >= NEWS_HAN;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    private static int englishWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Chars.isAsciiLetter(s.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }
}

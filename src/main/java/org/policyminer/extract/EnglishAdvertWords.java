package org.policyminer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much a line's English reads like an advert by its words: the English half of {@link AdvertWords}, a naive Bayes
 * model over lower-cased words and word pairs of the line's Latin runs (three or more Latin words with no Han between
 * them), trained on the dev advert files' English against English text of clean pages (zh-cwced, the corpus, the
 * clean-hard dev sets, AEB news sentences; {@code models/src/train_advert_english.py} writes {@value #RESOURCE}). The
 * Han model does not read Latin letters, so an English advert with no call or price ("Valorant rank boosting cheap", an
 * essay mill's testimony) was judged by hand-written patterns only, which every new file outran. Left out of training one
 * dev file at a time, 66 of 142 English dev lines reach {@link SpamDetector#WORDS_STRONG} (98 the cut of 3.3), and none of 6 895 clean English
 * lines (each half scored by a model trained on the other). Immutable and thread-safe.
 */
final class EnglishAdvertWords {
    static final String RESOURCE = "/models/advert-english.tsv";
    /** A Latin run needs this many words: the cheap screen before any look-up, and what the model was trained on. */
    static final int MIN_RUN_WORDS = 3;
    /** Fewer known features than this and the evidence is 0. */
    static final int MIN_FEATURES = 3;
    /** The words of a window (the script's WINDOW): an advert run into a news sentence is read in windows too. */
    static final int WINDOW = 8;

    private static final EnglishAdvertWords STANDARD = load();

    private final Map<String, Float> model;

    private EnglishAdvertWords(Map<String, Float> model) {
        this.model = model;
    }

    static EnglishAdvertWords standard() {
        return STANDARD;
    }

    /**
     * The summed log-odds of the known words and word pairs of the line's Latin runs over the root of their number (as
     * {@link AdvertWords#evidence}); 0 when the line has no run of {@link #MIN_RUN_WORDS} words or fewer than
     * {@link #MIN_FEATURES} known features.
     */
    double evidence(String text) {
        if (!mayHoldRun(text)) return 0;
        List<List<String>> runs = runs(text);
        if (runs.isEmpty()) return 0;
        Set<String> all = new HashSet<>();
        for (List<String> run : runs) addFeatures(run, all);
        double best = evidenceOf(all);
        // an advert run into an English sentence is diluted by the sentence's words: windows of WINDOW words are read too
        for (List<String> run : runs) {
            for (int i = 0; i + WINDOW <= run.size() && run.size() > WINDOW; i++) {
                Set<String> window = new HashSet<>();
                addFeatures(run.subList(i, i + WINDOW), window);
                best = Math.max(best, evidenceOf(window));
            }
        }
        return best;
    }

    /** The log-odds of one feature (a lower-cased word, or two joined by a space); 0 when the model does not know it. */
    double value(String feature) {
        Float v = model.get(feature);
        return v == null ? 0 : v;
    }

    private double evidenceOf(Set<String> features) {
        double sum = 0;
        int known = 0;
        for (String f : features) {
            Float v = model.get(f);
            if (v == null) continue;
            sum += v;
            known++;
        }
        return known < MIN_FEATURES ? 0 : sum / Math.sqrt(known);
    }

    /** Words a bare offer has at most ("Buy Instagram followers instantly"): a sentence has more. */
    static final int BARE_MAX_WORDS = 6;

    /**
     * A bare English offer: one run of at most {@link #BARE_MAX_WORDS} words and no sentence's stop, question or comma
     * ("Valorant rank boosting cheap"). "Passport holders of 54 countries can get a 144-hour visa-free transit in
     * Beijing." is a sentence.
     */
    static boolean isBare(String text) {
        List<List<String>> runs = runs(text);
        if (runs.size() != 1 || runs.get(0).size() > BARE_MAX_WORDS) return false;
        for (int i = 0; i < text.length(); i++) if (".,;?!。，；？！".indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    /** The cheap screen: at least three stretches of ASCII letters (no allocation; most lines are Han). */
    static boolean mayHoldRun(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Chars.isAsciiLetter(text.charAt(i));
            if (letter && !in && ++words >= MIN_RUN_WORDS) return true;
            in = letter;
        }
        return false;
    }

    /** The words of each run and their adjacent pairs, as the training script reads them (runs, features). */
    static Set<String> features(String text) {
        Set<String> out = new HashSet<>();
        for (List<String> run : runs(text)) addFeatures(run, out);
        return out;
    }

    private static void addFeatures(List<String> words, Set<String> out) {
        out.addAll(words);
        for (int k = 0; k + 1 < words.size(); k++) out.add(words.get(k) + " " + words.get(k + 1));
    }

    /** The line's Latin runs: the lower-cased words of each stretch without Han or full-width marks, of three words or more. */
    static List<List<String>> runs(String text) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = i;
            while (end < n && !breaksRun(text.charAt(end))) end++;
            List<String> words = words(text.substring(i, end));
            if (words.size() >= MIN_RUN_WORDS) out.add(words);
            i = end + 1;
        }
        return out;
    }

    private static List<String> words(String seg) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = seg.length();
        while (i < n) {
            if (!Chars.isAsciiAlnum(seg.charAt(i))) {
                i++;
                continue;
            }
            // a token is letters and digits together: a hex id (f6a68f94) is no word, nor its letters words
            int start = i;
            boolean digit = false;
            while (i < n && Chars.isAsciiAlnum(seg.charAt(i))) digit |= !Chars.isAsciiLetter(seg.charAt(i++));
            // one apostrophe inside a word (we've, don't), straight or curly
            if (i + 1 < n && (seg.charAt(i) == '\'' || seg.charAt(i) == '\u2019') && Chars.isAsciiLetter(seg.charAt(i + 1))) {
                i++;
                while (i < n && Chars.isAsciiLetter(seg.charAt(i))) i++;
            }
            if (!digit) words.add(seg.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return words;
    }

    /** Han, CJK punctuation and full-width forms end a run (the script's HAN class). */
    private static boolean breaksRun(char c) {
        return (c >= '\u3000' && c <= '\u303f') || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uff00' && c <= '\uffef');
    }

    private static EnglishAdvertWords load() {
        try (InputStream in = EnglishAdvertWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Float> model = new HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                model.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
            }
            return new EnglishAdvertWords(Map.copyOf(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

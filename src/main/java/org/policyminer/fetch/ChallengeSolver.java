package org.policyminer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Runs a challenge page's scripts the way a browser would, in Mozilla Rhino with a small browser shim
 * ({@code fetch/browser-shim.js}: {@code document.cookie}, {@code location}, {@code window}, {@code navigator},
 * {@code setTimeout}), and reports the cookies the scripts set and whether they navigated (a reload). Nothing is
 * read out of the script text: the script computes its cookie (加速乐's first round builds it from obfuscated
 * expressions, its second finds the string whose hash the server gave), so only running it gets the value.
 *
 * <p>The scripts are untrusted: they run with Rhino's safe standard objects only (no Java classes, no file or
 * network access), interpreted, with an instruction budget, so a hostile or looping page costs a bounded moment.
 */
public final class ChallengeSolver {
    /** What the page's scripts did: the cookie strings assigned to {@code document.cookie}, and whether they navigated. */
    public record Solution(List<String> cookies, boolean navigated) {
        public Solution {
            cookies = List.copyOf(cookies);
        }
    }

    /**
     * Interpreter instructions one page may use: 加速乐's second round tries up to a few thousand candidate strings
     * with a SHA-256 written in JavaScript, about 10^8 instructions; ten times that is still a few seconds.
     */
    static final long INSTRUCTION_BUDGET = 2_000_000_000L;
    private static final String SHIM = resource("/fetch/browser-shim.js");
    private static final ContextFactory FACTORY = new BudgetedFactory();

    private final String userAgent;

    public ChallengeSolver(String userAgent) {
        this.userAgent = userAgent;
    }

    /**
     * Runs the inline scripts of a challenge page fetched from {@code page} with {@code cookies} (the Cookie header
     * sent, or null), then its timers.
     *
     * @throws ChallengeException when the page has no script, a script fails or runs past its budget, or nothing set a cookie
     */
    public Solution solve(URI page, int status, byte[] body, String cookies) throws ChallengeException {
        String url = page.toString();
        List<String> scripts = new ArrayList<>();
        for (Element s : Jsoup.parse(new String(body, StandardCharsets.UTF_8)).select("script")) {
            if (!s.hasAttr("src") && !s.data().isBlank()) scripts.add(s.data());
        }
        if (scripts.isEmpty()) throw failed(url, status, "the challenge page holds no inline script to run");
        Context cx = FACTORY.enterContext();
        try {
            cx.setLanguageVersion(Context.VERSION_ES6);
            // Compiled to JVM bytecode (about ten times faster than interpreted on 加速乐's hash search); the
            // compiler adds the instruction counting the budget needs when a threshold is set before compiling.
            cx.setInterpretedMode(false);
            cx.setInstructionObserverThreshold(100_000);
            cx.putThreadLocal(BudgetedFactory.KEY, new long[] {0});
            ScriptableObject scope = cx.initSafeStandardObjects();
            ScriptableObject.putProperty(scope, "__page", url);
            ScriptableObject.putProperty(scope, "__ua", userAgent);
            ScriptableObject.putProperty(scope, "__cookie", cookies == null ? "" : cookies);
            cx.evaluateString(scope, SHIM, "browser-shim.js", 1, null);
            for (int i = 0; i < scripts.size(); i++) cx.evaluateString(scope, scripts.get(i), url + "#script" + (i + 1), 1, null);
            Scriptable shim = (Scriptable) ScriptableObject.getProperty(scope, "__shim");
            ScriptableObject.callMethod(cx, shim, "runTimers", new Object[0]);
            List<String> set = new ArrayList<>();
            Scriptable arr = (Scriptable) ScriptableObject.getProperty(shim, "cookies");
            long n = ((Number) ScriptableObject.getProperty(arr, "length")).longValue();
            for (int i = 0; i < n; i++) set.add(Context.toString(ScriptableObject.getProperty(arr, i)));
            Object to = ScriptableObject.getProperty((Scriptable) ScriptableObject.getProperty(shim, "nav"), "to");
            if (set.isEmpty()) throw failed(url, status, "the challenge script ran but set no cookie");
            return new Solution(set, to instanceof CharSequence);
        } catch (RhinoException e) {
            throw failed(url, status, "the challenge script failed: " + oneLine(e.details()));
        } catch (OutOfBudget e) {
            throw failed(url, status, "the challenge script ran past its budget of " + INSTRUCTION_BUDGET + " instructions");
        } finally {
            Context.exit();
        }
    }

    private static ChallengeException failed(String url, int status, String why) {
        return new ChallengeException(url, status, "could not solve the JavaScript challenge (" + why + ")");
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** Thrown from the instruction observer: an Error, so that no script's try/catch can swallow it. */
    private static final class OutOfBudget extends Error {
        OutOfBudget() {
            super("instruction budget spent", null, false, false);
        }
    }

    private static final class BudgetedFactory extends ContextFactory {
        static final Object KEY = new Object();

        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            long[] used = (long[]) cx.getThreadLocal(KEY);
            if (used != null && (used[0] += instructionCount) > INSTRUCTION_BUDGET) throw new OutOfBudget();
        }
    }

    private static String resource(String name) {
        try (InputStream in = ChallengeSolver.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

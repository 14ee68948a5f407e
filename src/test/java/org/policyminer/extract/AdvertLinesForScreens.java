package org.policyminer.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The lines a screen in front of an advert check is tested on (speed14): every dev advert line (corpora/spam's
 * inline-dev files, never a held-out one), the paragraphs of corpora/pages and, where the shared datasets are on the
 * machine, of zh-cwced, their traditional forms, and random cuts and mixes of an advert's piece and a clean line's
 * (short ones around a screen's bound, English ones, Latin runs glued to Han).
 */
final class AdvertLinesForScreens {
    private AdvertLinesForScreens() {}

    private static List<String> cached;

    static synchronized List<String> lines() throws IOException {
        if (cached != null) return cached;
        List<String> adverts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora/spam"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("inline-dev[0-9]*\\.txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!l.isBlank()) adverts.add(l.strip());
            }
        }
        if (adverts.size() < 200) throw new IllegalStateException("corpora/spam missing");
        List<String> clean = new ArrayList<>();
        paragraphs(Path.of("corpora/pages"), clean);
        Path cw = Path.of("/work/shared/datasets/zh-cwced");
        if (Files.isDirectory(cw)) paragraphs(cw, clean);
        List<String> lines = new ArrayList<>(adverts);
        lines.addAll(clean);
        for (String l : new ArrayList<>(lines)) lines.add(SpamLexicon.traditional(l));
        Random random = new Random(41);
        String[] latin = {" Apply now at x.com", "VIP free trial", " win 100 USDT", "register now ", "— join us on", "DM me",
                "Need cash fast? ", "for sale: ", "$19.9", "880 RMB", "no credit check", "\u3000play slots at LuckySpin"};
        for (int n = 0; n < 20_000; n++) {
            String c = clean.get(random.nextInt(clean.size()));
            String a = adverts.get(random.nextInt(adverts.size()));
            int i = random.nextInt(c.length() + 1), j = random.nextInt(a.length() + 1);
            String mixed = switch (n % 3) {
                case 0 -> c.substring(0, Math.min(i, 40)) + a.substring(Math.min(j, a.length() / 2));
                case 1 -> c.substring(0, Math.min(i, 20)) + latin[random.nextInt(latin.length)] + a.substring(Math.min(j, a.length()));
                default -> a.substring(0, Math.min(j, 30)) + latin[random.nextInt(latin.length)];
            };
            lines.add(mixed.substring(0, Math.min(mixed.length(), 4 + random.nextInt(140))));
        }
        cached = lines;
        return lines;
    }

    private static void paragraphs(Path dir, List<String> into) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(new CharsetSniffer().decode(Files.readAllBytes(f), java.util.Optional.empty(), "https://example.org/").text());
                if (doc.body() != null) for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) into.add(p.text());
            }
        }
    }
}

package org.policyminer.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.util.Sentences;

/**
 * A figure's cities as the mapper found them before {@link FigureCities}: every mention compared with every figure,
 * the sentence found by walking the text. The reference the indexed version must agree with (on text whose
 * sentences are under {@link Sentences#MAX_LENGTH}).
 */
final class FigureCitiesByScan {
    private FigureCitiesByScan() {}

    static List<String> of(Entities e, AmountMention a, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (a.subject() != null) {
            for (ClusterMention c : e.clusters()) if (c.name().equals(a.subject())) out.addAll(c.cities());
            for (CityMention c : e.cities()) if (a.subject().startsWith(c.name())) out.add(c.name());
        }
        if (out.isEmpty()) {
            int from = a.start();
            while (from > 0 && !Sentences.isEnd(text.charAt(from - 1))) from--;
            int to = a.start();
            while (to < text.length() && !Sentences.isEnd(text.charAt(to))) to++;
            if (to < text.length() && text.charAt(to) != '\n') to++;
            for (CityMention c : e.cities()) if (c.start() >= from && c.end() <= to) out.add(c.name());
            for (ClusterMention c : e.clusters()) if (c.start() >= from && c.end() <= to) out.addAll(c.cities());
        }
        return List.copyOf(out);
    }
}

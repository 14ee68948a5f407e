package org.policyminer.attach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.AttachmentText;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.entities.EntityRecognizer;
import org.policyminer.stage.BaseStage;
import org.policyminer.stage.Part;
import org.policyminer.util.IsoDay;

/**
 * Pipeline stage: the document's linked attachments → their text ({@link AttachmentText}), each read from its
 * {@link AttachmentSource}, by {@link AttachmentReader}, simplified, and run through entities (the city, province and
 * cluster names it finds count for the article). Any failure is that attachment's error: the article always passes.
 * A page with no attachment costs nothing.
 */
public final class AttachmentStage extends BaseStage {
    /** At most this many attachments are read per article (a page linking hundreds of files is a file index). */
    public static final int MAX_ATTACHMENTS = 20;

    private final AttachmentSource source;
    private final AttachmentReader reader;
    private final ScriptConverter converter = new ScriptConverter();
    private final EntityRecognizer recognizer;

    public AttachmentStage(AttachmentSource source) {
        this(source, new AttachmentReader(), new EntityRecognizer());
    }

    public AttachmentStage(AttachmentSource source, AttachmentReader reader, EntityRecognizer recognizer) {
        super("attachments", Part.DOCUMENT, Part.ATTACHMENTS);
        this.source = source;
        this.reader = reader;
        this.recognizer = recognizer;
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) {
        if (doc.document() == null || doc.document().attachments().isEmpty()) return doc;
        List<AttachmentText> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Attachment a : doc.document().attachments()) {
            if (!seen.add(a.url())) continue;
            if (out.size() >= MAX_ATTACHMENTS) {
                out.add(AttachmentText.failed(a, "not read: more than " + MAX_ATTACHMENTS + " attachments"));
                continue;
            }
            out.add(read(doc, a));
        }
        return doc.withAttachments(out);
    }

    private AttachmentText read(PolicyDoc doc, Attachment a) {
        byte[] bytes;
        try {
            bytes = source.load(doc, a);
        } catch (AttachmentSource.Unavailable e) {
            return AttachmentText.failed(a, e.getMessage());
        }
        AttachmentReader.Result r = reader.read(bytes, fileName(a), a.type());
        if (r.error() != null) return AttachmentText.failed(a, r.error());
        String simplified = converter.toSimplified(r.text());
        List<List<String>> rows = r.rows().stream().map(row -> row.stream().map(converter::toSimplified).toList()).toList();
        LocalDate published = doc.article() == null ? null : IsoDay.of(doc.article().published());
        Entities e;
        try {
            e = recognizer.recognizeSimplified(r.text(), simplified, published);
        } catch (RuntimeException ex) {
            // entities are an addition: an attachment too long or too odd for them is still searchable text
            e = Entities.EMPTY;
        }
        Set<String> cities = new LinkedHashSet<>();
        Set<String> provinces = new LinkedHashSet<>();
        Set<String> clusters = new LinkedHashSet<>();
        for (CityMention c : e.cities()) {
            cities.add(c.name());
            if (c.province() != null && !c.province().isBlank()) provinces.add(c.province());
        }
        for (ClusterMention c : e.clusters()) {
            clusters.add(c.name());
            cities.addAll(c.cities());
        }
        return new AttachmentText(a.url(), a.name(), a.type(), r.text(), simplified, rows, List.copyOf(cities),
                List.copyOf(provinces), List.copyOf(clusters), null);
    }

    /** The file name the URL ends in (Tika reads its extension as a hint). */
    static String fileName(Attachment a) {
        String u = a.url().replaceAll("[?#].*$", "");
        return u.substring(u.lastIndexOf('/') + 1);
    }
}

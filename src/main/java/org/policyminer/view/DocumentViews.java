package org.policyminer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.search.DocumentLinks;
import org.policyminer.search.DocumentRow;
import org.policyminer.util.Json;

/**
 * The shapes of the document record outside {@code extract}: the {@code links} of the article view
 * ({@code /api/articles/{id}}) and the rows of the {@code documents} export (CLI and {@code /api/documents}).
 */
public final class DocumentViews {
    private DocumentViews() {}

    /** Columns of the documents export, in order: what an analyst pastes into a sheet. */
    public static final List<String> COLUMNS = List.of("number", "issuers", "written", "published", "type", "title", "enclosedTitle",
            "enclosedType", "indexNumber", "topic", "validity", "addressees", "cites", "repeals", "attachments", "url", "id");

    /** {@code {"cites": […], "citedBy": […], "repealedBy": […]}}, each link {relation, number, title, id, url}. */
    public static Map<String, Object> links(DocumentLinks l) {
        return Ordered.object(
                "cites", l.cites().stream().map(DocumentViews::link).toList(),
                "citedBy", l.citedBy().stream().map(DocumentViews::link).toList(),
                "repealedBy", l.repealedBy().stream().map(DocumentViews::link).toList());
    }

    private static Map<String, Object> link(DocumentLinks.Link k) {
        return Ordered.object(
                "relation", k.relation(),
                "number", k.number(),
                "title", k.title(),
                "id", k.id(),
                "url", k.url());
    }

    /** One export row; lists stay lists in JSON and are joined by {@code ;} in CSV ({@link Csv}). */
    public static Map<String, Object> row(DocumentRow r) {
        PolicyDocument d = r.document();
        List<String> cites = new ArrayList<>();
        List<String> repeals = new ArrayList<>();
        for (Citation c : d.cites()) {
            String name = c.number() != null ? c.number() : "《" + c.title() + "》";
            cites.add(name);
            if (c.relation() == Citation.Relation.REPEALS) repeals.add(name);
        }
        return Ordered.object(
                "number", d.number(),
                "issuers", d.issuers(),
                "written", d.written(),
                "published", r.published(),
                "type", d.type(),
                "title", d.title(),
                "enclosedTitle", d.enclosedTitle(),
                "enclosedType", d.enclosedType(),
                "indexNumber", d.indexNumber(),
                "topic", d.topic(),
                "validity", d.validity(),
                "addressees", d.addressees(),
                "cites", cites,
                "repeals", repeals,
                "attachments", d.attachments().stream().map(DocumentViews::attachmentName).toList(),
                "url", r.url(),
                "id", r.id());
    }

    private static String attachmentName(Attachment a) {
        return a.name() != null ? a.name() : a.url();
    }

    /** {@code {"documents": [row …]}}: the JSON answer of {@code /api/documents}. */
    public static Map<String, Object> documentList(List<DocumentRow> rows) {
        return Ordered.object("documents", rows(rows));
    }

    public static List<Map<String, Object>> rows(List<DocumentRow> rows) {
        return rows.stream().map(DocumentViews::row).toList();
    }

    /** The export as {@code csv} (lists joined by ;) or {@code jsonl} (a document a line). */
    public static String documents(List<DocumentRow> rows, Format format, boolean bom) {
        List<Map<String, Object>> maps = rows(rows);
        return switch (format) {
            case CSV -> Csv.write(COLUMNS, maps, bom);
            case JSON -> Json.write(Ordered.object("documents", maps)) + "\n";
            default -> {
                StringBuilder b = new StringBuilder();
                for (Map<String, Object> m : maps) b.append(Json.write(m)).append('\n');
                yield b.toString();
            }
        };
    }
}

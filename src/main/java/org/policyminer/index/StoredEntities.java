package org.policyminer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.util.Sentences;

/**
 * An article's entities and the rows its figures export, stored as one binary value. They were stored as JSON (the
 * entities object and a row per figure): writing that JSON, compressing it and merging it cost a quarter of the
 * index's share of an ingest (index-only ingest, eight paired rounds: 497 µs a document with it, 383 without).
 *
 * <p>Only what cannot be derived is written. A mention's text is the slice of the article's original text its offsets
 * name (the recogniser takes it so; a text that is not is written out), and a row's sentence the slice of the
 * simplified text between its stored bounds; both texts are stored for the article anyway. Names repeat within an
 * article (南京市 in ten mentions, CNY in every figure), so each distinct string is written once and referred to by
 * its number.
 */
public final class StoredEntities {
    private StoredEntities() {}

    /** Bumped with {@link Fields#SCHEMA_VERSION} when the layout changes; a value with another is refused. */
    private static final byte FORMAT = 2;

    private static final int HAS_VALUE_MAX = 1, HAS_YEAR = 2, HAS_PERIOD_FROM = 4, HAS_PERIOD_TO = 8;

    /** What a figure's exported row adds to the figure: its sentence, as bounds in the analysed text, and its cities. */
    public record Row(int sentenceStart, int sentenceEnd, List<String> cities) {
        public Row {
            if (sentenceStart < 0 || sentenceEnd < sentenceStart) throw new IllegalArgumentException("sentence bounds " + sentenceStart + ".." + sentenceEnd);
            cities = List.copyOf(cities);
        }

        /** The row of the figure {@code a} of the analysed text whose {@code sentences} are given, belonging to {@code cities}. */
        public static Row of(Sentences sentences, AmountMention a, List<String> cities) {
            return new Row(sentences.startOf(a.start()), sentences.endWithMark(Math.max(a.start(), a.end() - 1)), cities);
        }

        /** The sentence, trimmed, from the analysed text the row was made from. */
        public String sentence(String text) {
            return text.substring(sentenceStart, sentenceEnd).strip();
        }
    }

    /** The entities and the rows of their figures ({@code rows.get(i)} is the row of amount i). */
    public record Decoded(Entities entities, List<Row> rows) {}

    /**
     * The stored value of {@code e} with its figures' {@code rows}; {@code original} is the original-script analysed
     * text the mentions' offsets index.
     */
    public static BytesRef encode(Entities e, List<Row> rows, String original) {
        if (rows.size() != e.amounts().size()) throw new IllegalArgumentException("one row per figure: " + rows.size() + " rows, " + e.amounts().size() + " figures");
        try {
            Strings strings = new Strings();
            ByteBuffersDataOutput body = new ByteBuffersDataOutput();
            body.writeVInt(e.clusters().size());
            for (ClusterMention c : e.clusters()) {
                mention(body, strings, original, c.text(), c.start(), c.end());
                strings.write(body, c.name());
                body.writeByte((byte) (c.national() ? 1 : 0));
                strings.writeAll(body, c.cities());
            }
            body.writeVInt(e.cities().size());
            for (CityMention c : e.cities()) {
                mention(body, strings, original, c.text(), c.start(), c.end());
                strings.write(body, c.name());
                strings.write(body, c.province());
                strings.write(body, c.code());
            }
            body.writeVInt(e.amounts().size());
            for (int i = 0; i < e.amounts().size(); i++) {
                AmountMention a = e.amounts().get(i);
                mention(body, strings, original, a.text(), a.start(), a.end());
                int flags = (a.valueMax() != null ? HAS_VALUE_MAX : 0) | (a.year() != null ? HAS_YEAR : 0)
                        | (a.periodFrom() != null ? HAS_PERIOD_FROM : 0) | (a.periodTo() != null ? HAS_PERIOD_TO : 0);
                body.writeByte((byte) flags);
                body.writeLong(Double.doubleToLongBits(a.value()));
                if (a.valueMax() != null) body.writeLong(Double.doubleToLongBits(a.valueMax()));
                if (a.year() != null) body.writeZInt(a.year());
                if (a.periodFrom() != null) body.writeZInt(a.periodFrom());
                if (a.periodTo() != null) body.writeZInt(a.periodTo());
                strings.write(body, a.currency());
                strings.write(body, a.qualifier());
                strings.write(body, a.comparator());
                strings.write(body, a.period());
                strings.write(body, a.metric());
                strings.write(body, a.kind());
                strings.write(body, a.subject());
                Row r = rows.get(i);
                span(body, r.sentenceStart(), r.sentenceEnd());
                strings.writeAll(body, r.cities());
            }
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeByte(FORMAT);
            strings.writeTable(out);
            body.copyTo(out);
            return new BytesRef(out.toArrayCopy());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // in-memory output: never happens
        }
    }

    /** Reads a stored value back; {@code original} is the original-script analysed text, for the mention texts. */
    public static Decoded decode(BytesRef b, String original) {
        try {
            ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
            byte format = in.readByte();
            if (format != FORMAT) throw new IllegalStateException("stored entities of format " + format + ", this version reads " + FORMAT + ": rebuild the index");
            String[] strings = new String[in.readVInt()];
            for (int i = 0; i < strings.length; i++) strings[i] = in.readString();
            List<ClusterMention> clusters = new ArrayList<>();
            for (int n = in.readVInt(), i = 0; i < n; i++) {
                int start = in.readVInt(), end = start + in.readVInt();
                String text = text(in, strings, original, start, end);
                String name = string(in, strings);
                boolean national = in.readByte() == 1;
                clusters.add(new ClusterMention(text, name, start, end, strings(in, strings), national));
            }
            List<CityMention> cities = new ArrayList<>();
            for (int n = in.readVInt(), i = 0; i < n; i++) {
                int start = in.readVInt(), end = start + in.readVInt();
                cities.add(new CityMention(text(in, strings, original, start, end), string(in, strings), string(in, strings), string(in, strings), start, end));
            }
            List<AmountMention> amounts = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (int n = in.readVInt(), i = 0; i < n; i++) {
                int start = in.readVInt(), end = start + in.readVInt();
                String text = text(in, strings, original, start, end);
                int flags = in.readByte();
                double value = Double.longBitsToDouble(in.readLong());
                Double valueMax = (flags & HAS_VALUE_MAX) != 0 ? Double.longBitsToDouble(in.readLong()) : null;
                Integer year = (flags & HAS_YEAR) != 0 ? in.readZInt() : null;
                Integer periodFrom = (flags & HAS_PERIOD_FROM) != 0 ? in.readZInt() : null;
                Integer periodTo = (flags & HAS_PERIOD_TO) != 0 ? in.readZInt() : null;
                String currency = string(in, strings), qualifier = string(in, strings), comparator = string(in, strings);
                amounts.add(new AmountMention(text, start, end, value, valueMax, currency, qualifier, comparator, year, periodFrom,
                        periodTo, string(in, strings), string(in, strings), string(in, strings), string(in, strings)));
                int sentenceStart = in.readVInt();
                rows.add(new Row(sentenceStart, sentenceStart + in.readVInt(), strings(in, strings)));
            }
            return new Decoded(new Entities(clusters, cities, amounts), rows);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A mention's span, and its text: 0 when it is the slice of {@code original} the span names, else 1 + its string. */
    private static void mention(DataOutput out, Strings strings, String original, String text, int start, int end) throws IOException {
        span(out, start, end);
        boolean slice = text != null && text.length() == end - start && original.startsWith(text, start);
        if (slice) out.writeVInt(0);
        else strings.write(out, text, 1);
    }

    private static String text(DataInput in, String[] strings, String original, int start, int end) throws IOException {
        int ref = in.readVInt();
        return ref == 0 ? original.substring(start, end) : ref == 1 ? null : strings[ref - 2];
    }

    private static void span(DataOutput out, int start, int end) throws IOException {
        out.writeVInt(start);
        out.writeVInt(end - start);
    }

    private static String string(DataInput in, String[] strings) throws IOException {
        int ref = in.readVInt();
        return ref == 0 ? null : strings[ref - 1];
    }

    private static List<String> strings(DataInput in, String[] strings) throws IOException {
        int n = in.readVInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in, strings));
        return out;
    }

    /** The article's distinct strings in order of first use; a reference is 0 for null, else the position plus one. */
    private static final class Strings {
        private final Map<String, Integer> refs = new LinkedHashMap<>();

        void write(DataOutput out, String s) throws IOException {
            write(out, s, 0);
        }

        /** Writes the reference to {@code s} plus {@code shift} (codes below it mean something else to the reader). */
        void write(DataOutput out, String s, int shift) throws IOException {
            out.writeVInt(shift + (s == null ? 0 : refs.computeIfAbsent(s, k -> refs.size() + 1)));
        }

        void writeAll(DataOutput out, List<String> all) throws IOException {
            out.writeVInt(all.size());
            for (String s : all) write(out, s);
        }

        void writeTable(DataOutput out) throws IOException {
            out.writeVInt(refs.size());
            for (String s : refs.keySet()) out.writeString(s);
        }
    }
}

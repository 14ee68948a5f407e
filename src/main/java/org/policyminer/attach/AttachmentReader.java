package org.policyminer.attach;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Bytes of one attachment and its declared type → plain text and table rows, with Apache Tika (it detects the format
 * from the bytes, so a .wps that is a Word file or an .et that is an Excel file is read as one). Tika beats
 * hand-written readers here: PDF text runs, OLE2 and OOXML containers and spreadsheet cells are each a format of
 * their own.
 *
 * <p>Limits: files over {@link #maxBytes} are refused, text stops at {@link #MAX_CHARS}, a parse that runs past
 * {@link #timeoutMillis} is abandoned; an encrypted or corrupt file gives a one-line error, never an exception.
 * OCR is off (an image-only PDF gives no text, not minutes of Tesseract), and embedded files are not opened.
 */
public final class AttachmentReader {
    public static final int MAX_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_BYTES = 10L << 20;
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** The text of a file and its rows, or why it could not be read. */
    public record Result(String text, List<List<String>> rows, String error) {
        static Result failed(String error) {
            return new Result(null, List.of(), error);
        }
    }

    // Tika's parsers do not stop when interrupted: a parse that overruns is left to finish on a daemon thread.
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "attachment-parser");
        t.setDaemon(true);
        return t;
    });

    private final Parser parser = new AutoDetectParser();
    private final long maxBytes;
    private final long timeoutMillis;

    public AttachmentReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MILLIS);
    }

    public AttachmentReader(long maxBytes, long timeoutMillis) {
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
    }

    /** Reads one file; {@code name} (its file name) and {@code declaredType} (pdf, xlsx … or a MIME type) are hints. */
    public Result read(byte[] bytes, String name, String declaredType) {
        if (bytes.length == 0) return Result.failed("empty file");
        if (bytes.length > maxBytes) return Result.failed("larger than " + (maxBytes >> 20) + " MB");
        Future<Result> f = PARSERS.submit(() -> parse(bytes, name, declaredType));
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return Result.failed("not read within " + timeoutMillis / 1000 + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.failed("interrupted");
        } catch (ExecutionException e) {
            return Result.failed(oneLine(e.getCause()));
        }
    }

    private Result parse(byte[] bytes, String name, String declaredType) {
        Metadata md = new Metadata();
        if (name != null) md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        if (declaredType != null && declaredType.contains("/")) md.set(Metadata.CONTENT_TYPE, declaredType);
        ParseContext ctx = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        ctx.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        ctx.set(TesseractOCRConfig.class, ocr);
        TableHandler h = new TableHandler();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, h, md, ctx);
        } catch (EncryptedDocumentException e) {
            return Result.failed("encrypted: " + oneLine(e));
        } catch (Exception | LinkageError | OutOfMemoryError | StackOverflowError e) {
            if (!h.full) return Result.failed(oneLine(e));
        }
        String text = h.text.toString().replaceAll("[ \\t\\u00a0\\u3000]*\\n[\\s\\u00a0\\u3000]*\\n\\s*", "\n").strip();
        if (text.isEmpty()) return Result.failed("no text (a scanned image, or an empty file)");
        List<List<String>> rows = h.rows.isEmpty() ? PdfRows.of(text) : h.rows;
        return new Result(text, rows, null);
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        String msg = null;
        while (root != null) {
            if (root.getMessage() != null && !root.getMessage().isBlank()) msg = root.getClass().getSimpleName() + ": " + root.getMessage();
            if (root.getCause() == null || root.getCause() == root) break;
            root = root.getCause();
        }
        if (msg == null) msg = e.getClass().getSimpleName();
        msg = msg.replaceAll("\\s+", " ").strip();
        return msg.length() > 200 ? msg.substring(0, 200) + "…" : msg;
    }

    /** Text with a line per block element, and the cells of every table row, up to {@link #MAX_CHARS}. */
    private static final class TableHandler extends DefaultHandler {
        final StringBuilder text = new StringBuilder();
        final List<List<String>> rows = new ArrayList<>();
        private List<String> row;
        private StringBuilder cell;
        boolean full;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String n = local.isEmpty() ? qName.toLowerCase(Locale.ROOT) : local.toLowerCase(Locale.ROOT);
            switch (n) {
                case "tr" -> row = new ArrayList<>();
                case "td", "th" -> cell = new StringBuilder();
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String n = local.isEmpty() ? qName.toLowerCase(Locale.ROOT) : local.toLowerCase(Locale.ROOT);
            switch (n) {
                case "td", "th" -> {
                    if (row != null && cell != null) row.add(cell.toString().replaceAll("\\s+", " ").strip());
                    cell = null;
                    append("\t");
                }
                case "tr" -> {
                    if (row != null && row.stream().anyMatch(c -> !c.isEmpty()) && !full) rows.add(row);
                    row = null;
                    append("\n");
                }
                case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table" -> append("\n");
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (cell != null && cell.length() < 2000) cell.append(ch, start, length);
            append(new String(ch, start, length));
        }

        private void append(String s) {
            if (full) return;
            if (text.length() + s.length() > MAX_CHARS) {
                text.append(s, 0, MAX_CHARS - text.length());
                full = true;
                return;
            }
            text.append(s);
        }
    }
}

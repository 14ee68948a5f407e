package org.policyminer.extract;

/** Recognises bytes that are no HTML page at all (images, archives, PDFs, random data) before they are parsed. */
final class BinarySniffer {
    private BinarySniffer() {}

    /** What the bytes are when they are not text, or null when they may be a page. */
    static String describe(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) return "PDF document";
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) return "PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) return "GIF image";
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) return "ZIP archive (or Office document)";
        if (startsWith(b, 0x1F, 0x8B)) return "gzip-compressed data (decompress before extracting)";
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "legacy Office document";
        if (CharsetSniffer.bomCharset(b) != null) return null; // UTF-16 text has NULs by design
        int n = Math.min(b.length, 4096);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)) controls++;
        }
        // Text pages carry no NULs and almost no control bytes; random or binary data carries ~12%.
        return controls > Math.max(8, n / 50) ? "binary data (" + controls + " control bytes in the first " + n + ")" : null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != magic[i]) return false;
        return true;
    }
}

package org.policyminer.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV exports: RFC 4180 through jackson-dataformat-csv (a value with a comma, quote, CR or LF is quoted), one header
 * line, lists joined with {@code ;}. Text from crawled pages is kept from running as a spreadsheet formula: a cell that
 * starts with {@code = + - @}, a tab or a CR gets a leading apostrophe (numbers are left alone). {@code bom} puts a UTF-8
 * byte-order mark first, which Excel on Chinese Windows needs to read the file as UTF-8 instead of GBK.
 */
public final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    /** The rows' values under {@code columns}, header first, each line ending in {@code \n}. */
    public static String write(List<String> columns, List<Map<String, Object>> rows, boolean bom) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String c : columns) schema.addColumn(c);
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>(columns.size());
            for (String c : columns) line.add(cell(row.get(c)));
            cells.add(line);
        }
        try {
            String body = MAPPER.writer(schema.build()).writeValueAsString(cells);
            return bom ? '\uFEFF' + body : body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    static String cell(Object v) {
        if (v == null) return "";
        String s = v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
        if (!(v instanceof Number) && !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return s;
    }
}

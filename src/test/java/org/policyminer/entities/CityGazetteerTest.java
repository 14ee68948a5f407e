package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityGazetteerTest {
    private final CityGazetteer gazetteer = CityGazetteer.instance();

    @ParameterizedTest
    @CsvSource({"320100, 南京市, 江苏省", "440300, 深圳市, 广东省", "320583, 昆山市, 江苏省", "110000, 北京市, 北京市"})
    void knowsCodesAndProvinces(String code, String name, String province) {
        Place p = gazetteer.byCode(code);
        assertNotNull(p);
        assertEquals(name, p.name());
        assertEquals(province, gazetteer.provinceOf(p).name());
    }

    /** Our own gazetteer must agree with the NBS division list in ../shared/datasets (read, never copied). */
    @Test
    void agreesWithAdministrativeDivisionsDataset() throws IOException {
        Path dir = Path.of(System.getProperty("policyminer.root", "."), "..", "shared", "datasets", "cn-admin-divisions");
        assumeTrue(Files.isDirectory(dir), "cn-admin-divisions dataset absent at " + dir + "; skipping the cross-check");
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("provinces.csv"), StandardCharsets.UTF_8).subList(1, 32)) {
            String[] f = line.replace("\"", "").split(",");
            check(f[0] + "0000", f[1], problems);
        }
        for (String line : Files.readAllLines(dir.resolve("cities.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.replace("\"", "").split(",");
            if (f[0].equals("code") || f[1].equals("市辖区") || f[1].endsWith("行政区划") || f[1].equals("县")) continue;
            check(f[0] + "00", f[1], problems);
        }
        for (String line : Files.readAllLines(dir.resolve("areas.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.replace("\"", "").split(",");
            if (f[0].equals("code") || !f[1].endsWith("市")) continue;
            Place parent = gazetteer.byCode(f[2] + "00");
            if (parent != null && parent.name().equals(f[1])) continue;       // 嘉峪关市 listed again as its own area
            check(f[0], f[1], problems);
        }
        assertEquals(List.of(), problems);
    }

    private void check(String code, String name, List<String> problems) {
        Place p = gazetteer.byCode(code);
        if (p == null || !p.name().equals(name)) problems.add(code + " " + name + " (ours: " + (p == null ? "missing" : p.name()) + ")");
    }
}

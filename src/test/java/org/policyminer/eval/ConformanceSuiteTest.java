package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConformanceSuiteTest {
    /** The NotSupported field names ports; "javascript" must not count as "java". */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "java; true", "Java; true", "python, java; true", "javascript, java, dotnet; true",
        "javascript; false", "javascript,python; false", "dotnet; false", "''; false",
    })
    void skipsOnlyCasesListingTheJavaPort(String field, boolean skipped) {
        assertEquals(skipped, ConformanceSuite.notSupported(field));
    }
}

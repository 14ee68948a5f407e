package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopbackHostTest {
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1:8080, true", "localhost:8080, true", "LOCALHOST, true", "[::1]:8080, true", "127.1.2.3, true", "app.localhost:80, true",
        "evil.example:8080, false", "127.0.0.1.evil.example, false", "[::2]:8080, false", "10.0.0.1, false", "localhost.evil.example, false",
    })
    void acceptsOnlyLoopbackNames(String host, boolean loopback) {
        assertEquals(loopback, Router.isLoopbackHost(host));
    }
}

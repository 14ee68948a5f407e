package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients cannot stop the server: {@code serve} runs in a child JVM (the JDK reads its connection timeouts once,
 * when a process creates its first server) on loopback port 0; eight connections send half a request each and hold
 * it, and a search on a ninth still answers within a second. The half-sent requests are then closed by the server.
 * Before, the eight took the server's eight request threads and the search waited as long as they stayed open.
 */
class SlowClientsIT {
    @TempDir Path dir;
    private Process serve;
    private final List<Socket> slow = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        TestCorpus.build(dir.resolve("index"));
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        Path jar = root.resolve("target/policyminer.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        if (Files.exists(jar)) cmd.addAll(List.of("-jar", jar.toString()));
        else cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.policyminer.cli.Main"));
        cmd.addAll(List.of("serve", "--index", dir.resolve("index").toString(), "--port", "0"));
        serve = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : slow) s.close();
        serve.destroy();
        if (!serve.waitFor(10, TimeUnit.SECONDS)) serve.destroyForcibly();
    }

    @Test
    void eightHalfSentRequestsDoNotStopASearch() throws Exception {
        int port = port(serve);
        assertEquals(200, get(port, 10_000), "a search answers (warm-up)");
        for (int i = 0; i < 8; i++) {
            Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
            OutputStream out = s.getOutputStream();
            out.write("GET /api/search?q=%E9%9B%86%E7%BE%A4 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(s);
        }
        Thread.sleep(300); // the server has taken up the eight connections
        assertEquals(200, get(port, 1_000), "a search answers within a second beside eight half-sent requests");
        // and the server closes the half-sent requests (after 10 s: bounded wait for that)
        for (Socket s : slow) {
            s.setSoTimeout(30_000);
            InputStream in = s.getInputStream();
            try {
                assertEquals(-1, in.read(), "closed without an answer");
            } catch (IOException reset) {
                // a reset is a close too
            }
        }
    }

    /** The status of a search, with {@code timeoutMillis} to connect and answer. */
    private static int get(int port, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            s.getOutputStream().write("GET /api/search?q=%E9%9B%86%E7%BE%A4 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    /** The port {@code serve} printed in its first line ("… at http://127.0.0.1:PORT/ …"). */
    static int port(Process serve) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern at = Pattern.compile("at (http://\\S+/)");
        for (String line; (line = r.readLine()) != null; ) {
            Matcher m = at.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        r.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1)).getPort();
            }
        }
        throw new IOException("serve ended without printing its address");
    }
}

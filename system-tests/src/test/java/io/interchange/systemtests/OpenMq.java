package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test profile's OpenMQ broker, reached as a foreign producer or an operator would: with
 * OpenMQ's own client ({@code imq.jar} of the test runtime) and its admin tool {@code imqcmd}.
 */
final class OpenMq implements AutoCloseable {

    private static final Pattern ACTUAL = Pattern.compile("Current Number of Messages\\s+Actual\\s+(\\d+)");

    private final URLClassLoader client;
    private final JMSContext jms;

    private OpenMq(URLClassLoader client, JMSContext jms) {
        this.client = client;
        this.jms = jms;
    }

    /** A JMS connection to the broker as user guest. */
    static OpenMq connect() throws Exception {
        File imq = new File(root(), ".runtime/payara6/mq/lib/imq.jar");
        assertThat(imq).exists();
        URLClassLoader client = new URLClassLoader(new URL[] {imq.toURI().toURL()}, OpenMq.class.getClassLoader());
        Class<?> type = client.loadClass("com.sun.messaging.ConnectionFactory");
        Object factory = type.getDeclaredConstructor().newInstance();
        type.getMethod("setProperty", String.class, String.class)
                .invoke(factory, "imqAddressList", "mq://localhost:" + brokerPort() + "/jms");
        return new OpenMq(client, ((ConnectionFactory) factory).createContext("guest", "guest"));
    }

    JMSContext jms() {
        return jms;
    }

    /** Messages in a queue now, delayed ones included, as {@code imqcmd query dst} counts them. */
    static long messagesIn(String queue) throws Exception {
        String answer = imqcmd(List.of("query", "dst", "-t", "q", "-n", queue), Duration.ofSeconds(120));
        Matcher actual = ACTUAL.matcher(answer);
        assertThat(actual.find()).as("imqcmd answer: %s", answer).isTrue();
        return Long.parseLong(actual.group(1));
    }

    /** Runs {@code imqcmd} as the broker's admin; returns what it printed. */
    static String imqcmd(List<String> arguments, Duration limit) throws Exception {
        Path password = Files.createTempFile("imqcmd", ".pass");
        Path output = Files.createTempFile("imqcmd", ".out");
        try {
            Files.writeString(password, "imq.imqcmd.password=admin\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(new File(root(), ".runtime/payara6/mq/bin/imqcmd").getPath(),
                    "-b", "localhost:" + brokerPort(), "-u", "admin", "-passfile", password.toString(), "-f"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("imqcmd " + arguments + " did not answer within " + limit.toSeconds() + " s");
            }
            String printed = Files.readString(output);
            assertThat(process.exitValue()).as("imqcmd %s: %s", arguments, printed).isZero();
            return printed;
        } finally {
            Files.deleteIfExists(password);
            Files.deleteIfExists(output);
        }
    }

    /** Payara: HTTP on port base + 80, the broker on port base + 76. */
    private static int brokerPort() {
        return URI.create(System.getProperty("interchange.url", "http://localhost:28080")).getPort() - 80 + 76;
    }

    private static File root() {
        return new File(System.getProperty("interchange.root", ".."));
    }

    @Override
    public void close() throws IOException {
        try {
            jms.close();
        } finally {
            client.close();
        }
    }
}

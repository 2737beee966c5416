package io.interchange.simulators.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Real sockets on loopback: an echo server behind the relay. */
class RelayTest {

    private ServerSocket echo;
    private Relay cut;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread server = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket socket = echo.accept();
                    Thread handler = new Thread(() -> echoAll(socket));
                    handler.setDaemon(true);
                    handler.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        server.setDaemon(true);
        server.start();
        cut = new Relay("test", freePort(), new InetSocketAddress("127.0.0.1", echo.getLocalPort()));
    }

    @AfterEach
    void stop() throws IOException {
        cut.close();
        echo.close();
    }

    @Test
    void forwards_both_ways() throws IOException {
        cut.open();

        assertThat(roundTrip("hello relay")).isEqualTo("hello relay");
    }

    /** Repeated: the port must refuse connections as soon as {@code close} returns, every time. */
    @RepeatedTest(25)
    void closed_means_connection_refused_and_reopening_works() throws IOException {
        cut.open();
        cut.close();

        assertThat(cut.listening()).isFalse();
        assertThatThrownBy(() -> roundTrip("x")).isInstanceOf(ConnectException.class);

        cut.open();
        assertThat(roundTrip("back")).isEqualTo("back");
    }

    @Test
    void closing_cuts_open_connections() throws IOException {
        cut.open();
        try (Socket socket = new Socket("127.0.0.1", cut.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("a".getBytes(StandardCharsets.UTF_8));
            assertThat(socket.getInputStream().read()).isEqualTo('a');

            cut.close();

            int next;
            try {
                next = socket.getInputStream().read();
            } catch (IOException reset) {
                next = -1;
            }
            assertThat(next).isEqualTo(-1);
        }
    }

    private String roundTrip(String text) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", cut.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void echoAll(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // the test ended the connection
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}

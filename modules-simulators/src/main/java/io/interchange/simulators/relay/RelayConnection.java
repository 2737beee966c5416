package io.interchange.simulators.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One relayed connection: two threads copy bytes each way. The end of one direction is
 * passed on as a half-close; when both directions ended, or on any error, both sockets close.
 */
final class RelayConnection {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final Socket client;
    private final Socket upstream;
    private final Consumer<RelayConnection> onClosed;
    private final AtomicInteger directionsOpen = new AtomicInteger(2);
    private final AtomicBoolean closed = new AtomicBoolean();

    RelayConnection(Socket client, Socket upstream, Consumer<RelayConnection> onClosed) {
        this.client = client;
        this.upstream = upstream;
        this.onClosed = onClosed;
    }

    void start(String name) {
        thread(() -> copy(client, upstream), name + "-up").start();
        thread(() -> copy(upstream, client), name + "-down").start();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            quietlyClose(client);
            quietlyClose(upstream);
            onClosed.accept(this);
        }
    }

    private void copy(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            close();
            return;
        }
        if (directionsOpen.decrementAndGet() == 0) {
            close();
        }
    }

    private static Thread thread(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

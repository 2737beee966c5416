package io.interchange.simulators.relay;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A TCP relay: listens on a port and forwards every connection to a target address. Closing
 * it closes the listening socket and every open connection, so new connections are refused
 * until it is opened again. Plain threads: one to accept, two per connection.
 */
public final class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int BACKLOG = 128;
    private static final long ACCEPTOR_STOP_MS = 5_000;
    /** How often the accepting thread looks up from accept() to see whether it should stop. */
    private static final int ACCEPT_POLL_MS = 100;

    private final String name;
    private final int port;
    private final InetSocketAddress target;
    private final Set<RelayConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private ServerSocket server;
    private Thread acceptor;
    private volatile boolean stopping;

    public Relay(String name, int port, InetSocketAddress target) {
        this.name = name;
        this.port = port;
        this.target = target;
    }

    public int port() {
        return port;
    }

    public synchronized boolean listening() {
        return server != null;
    }

    /** Starts listening (nothing happens when it listens already). */
    public synchronized void open() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.setSoTimeout(ACCEPT_POLL_MS);
        try {
            socket.bind(new InetSocketAddress(port), BACKLOG);
        } catch (IOException e) {
            socket.close();
            throw new IOException("Relay " + name + " cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        server = socket;
        stopping = false;
        acceptor = new Thread(() -> accept(socket), "relay-" + name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info(() -> "Relay " + name + " listens on " + port + " and forwards to " + target);
    }

    /**
     * Stops listening and cuts every open connection. Returns once the port refuses
     * connections. A listening socket closed while another thread is blocked in {@code accept}
     * stayed bound (seen: LISTEN with queued connections, and a later re-open failing with
     * "Address already in use"), so the accepting thread polls and closes the socket itself.
     */
    public synchronized void close() {
        if (server == null) {
            return;
        }
        stopping = true;
        try {
            acceptor.join(ACCEPTOR_STOP_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the relay socket", e);
        }
        server = null;
        acceptor = null;
        connections.forEach(RelayConnection::close);
        connections.clear();
        LOG.info(() -> "Relay " + name + " closed: port " + port + " refuses connections");
    }

    private void accept(ServerSocket socket) {
        while (!stopping && !socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (java.net.SocketTimeoutException poll) {
                continue;
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(Level.WARNING, "Relay " + name + " could not accept a connection", e);
                }
                continue;
            }
            forward(socket, client);
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the relay socket", e);
        }
    }

    private void forward(ServerSocket socket, Socket client) {
        Socket upstream = new Socket();
        try {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            upstream.connect(target, CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            LOG.warning(() -> "Relay " + name + " cannot reach " + target + ": " + e.getMessage());
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        RelayConnection connection = new RelayConnection(client, upstream, connections::remove);
        connections.add(connection);
        if (stopping || socket.isClosed()) {
            connection.close();
            return;
        }
        connection.start("relay-" + name + "-" + accepted.incrementAndGet());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

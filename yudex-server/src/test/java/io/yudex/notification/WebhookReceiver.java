package io.yudex.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A department system on this machine that records what the platform pushes and answers with a settable status. */
final class WebhookReceiver implements AutoCloseable {

    record Push(String event, String delivery, String signature, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Push> pushes = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(200);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, java.util.List<String>> h = exchange.getRequestHeaders();
            // the answer is fixed before the push is visible, so a test that changes it next cannot change this one's
            int status = answer.get();
            pushes.add(new Push(h.get("X-Yudex-Event").getFirst(), h.get("X-Yudex-Delivery").getFirst(),
                    h.get("X-Yudex-Signature").getFirst(), body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void answer(int status) {
        answer.set(status);
    }

    /** The next push of the given event, skipping others; fails after the timeout. */
    Push next(String event, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Push p = pushes.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (p != null && p.event().equals(event)) {
                return p;
            }
        }
        throw new AssertionError("no " + event + " push within " + timeout);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

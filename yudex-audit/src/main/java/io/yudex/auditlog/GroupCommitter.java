package io.yudex.auditlog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit: callers hand in items and block until theirs is durable; one writer thread takes everything that
 * queued up while the previous group was being forced and commits it as one group (one fsync, one transaction). Under
 * load the groups grow, so the cost of a durable write is shared by many callers; alone, a caller pays one write.
 *
 * @param <T> what callers submit
 * @param <R> what each gets back once its group is durable
 */
public final class GroupCommitter<T, R> implements AutoCloseable {

    /** Makes a whole group durable, in order, and returns one result per item; throwing fails the whole group. */
    @FunctionalInterface
    public interface Commit<T, R> {
        List<R> commit(List<T> group) throws Exception;
    }

    /** Thrown to a caller whose item could not be made durable (nothing may go on as if it were). */
    public static final class NotDurableException extends IllegalStateException {
        NotDurableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Pending<T, R>(T item, CompletableFuture<R> result) {}

    private static final Pending<?, ?> STOP = new Pending<>(null, null);

    private final LinkedBlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final Commit<T, R> commit;
    private final int maxGroup;
    private final Duration timeout;
    private final Thread writer;
    private final AtomicLong groups = new AtomicLong();
    private final AtomicLong items = new AtomicLong();

    public GroupCommitter(String name, int maxGroup, Duration timeout, Commit<T, R> commit) {
        this.commit = commit;
        this.maxGroup = maxGroup;
        this.timeout = timeout;
        this.writer = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /**
     * Blocks until the item's group is durable.
     *
     * @throws NotDurableException when the group failed, the writer stopped, or it took longer than the timeout
     */
    public R submit(T item) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!writer.isAlive()) {
            throw new NotDurableException("the audit writer has stopped", null);
        }
        queue.add(new Pending<>(item, result));
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new NotDurableException("the entry could not be made durable: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new NotDurableException("the entry was not durable within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotDurableException("interrupted while waiting for the entry to be durable", e);
        }
    }

    /** Groups committed so far. */
    public long groups() {
        return groups.get();
    }

    /** Items committed so far. */
    public long items() {
        return items.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void close() {
        queue.add((Pending<T, R>) STOP);
        try {
            writer.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending<T, R>> group = new ArrayList<>();
        while (true) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, maxGroup - 1);
            boolean stop = group.remove(STOP);
            if (!group.isEmpty()) {
                commit(group);
            }
            group.clear();
            if (stop) {
                failRemaining();
                return;
            }
        }
    }

    private void commit(List<Pending<T, R>> group) {
        try {
            List<R> results = commit.commit(group.stream().map(Pending::item).toList());
            groups.incrementAndGet();
            items.addAndGet(group.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result().complete(results.get(i));
            }
        } catch (Exception | Error e) {
            group.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    private void failRemaining() {
        List<Pending<T, R>> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.stream().filter(p -> p != STOP).forEach(p -> p.result().completeExceptionally(new IllegalStateException("the audit writer has stopped")));
    }
}

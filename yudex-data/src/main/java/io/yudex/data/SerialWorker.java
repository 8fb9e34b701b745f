package io.yudex.data;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One background thread that runs tasks in the order they were submitted, so a batch's staging work overlaps with the
 * caller's. Memory and disk stay bounded: {@link #submit} blocks while {@code depth} tasks wait or run. After a task
 * fails, the later ones are skipped and the failure is rethrown to the caller by the next {@link #submit} or
 * {@link #drain}.
 */
final class SerialWorker implements AutoCloseable {

    /** A unit of background work. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private final ExecutorService thread;
    private final Semaphore slots;
    private final int depth;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    SerialWorker(String name, int depth) {
        this.thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name(name).unstarted(r));
        this.slots = new Semaphore(depth);
        this.depth = depth;
    }

    /** Queues a task; blocks while the worker is {@code depth} tasks behind. */
    void submit(Task task) {
        rethrow();
        acquire(1);
        thread.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until every submitted task has run, then rethrows the first failure, if any. */
    void drain() {
        acquire(depth);
        slots.release(depth);
        rethrow();
    }

    /** Skips the tasks still waiting and waits for the running one to end; the worker takes no more tasks. */
    @Override
    public void close() {
        failure.compareAndSet(null, new IllegalStateException("the batch was closed"));
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acquire(int n) {
        try {
            slots.acquire(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataStoreException("Interrupted while staging a batch", e);
        }
    }

    private void rethrow() {
        Exception e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e != null) {
            throw new DataStoreException("Cannot stage the batch: " + e.getMessage(), e);
        }
    }
}

package io.yudex.platform;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read-through cache of database answers that a write makes stale at once. The repository that owns the tables calls
 * {@link #changed()} on every write; that bumps a generation counter then, and again when the surrounding transaction
 * ends. A value is served only while the generation read <em>before</em> loading it is still the current one, so an
 * answer read before a write committed is never served after it: a revoked grant or a disabled account is refused on
 * the very next request. Absent answers ({@link Optional#empty()}) are not kept. In memory, one server's view: a
 * second server writing the same database would not be seen (the platform runs one node). Inside a transaction the
 * cache is bypassed, neither read nor filled: that transaction may see its own uncommitted writes, which no one else may.
 *
 * @param <K> the look-up key
 * @param <V> the value, never null
 */
public final class ChangeTrackedCache<K, V> {

    private record Entry<V>(V value, long generation) {}

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    /** @param maxEntries past this many keys the cache is emptied (a bound, not an eviction policy) */
    public ChangeTrackedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The current value for the key: the cached one unless a write happened since it was loaded. */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return load.get();
        }
        long current = generation.get();
        Entry<V> hit = entries.get(key);
        if (hit != null && hit.generation() == current) {
            return Optional.of(hit.value());
        }
        Optional<V> loaded = load.get();
        if (loaded.isPresent()) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(loaded.get(), current));
        } else {
            entries.remove(key);
        }
        return loaded;
    }

    /** Marks every cached value stale, now and once the current transaction (if any) commits or rolls back. */
    public void changed() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    /** Keys held (stale ones included). */
    public int size() {
        return entries.size();
    }
}

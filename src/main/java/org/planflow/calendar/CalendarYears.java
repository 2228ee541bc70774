package org.planflow.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.planflow.calendar.persistence.CalendarRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exceptions of each year, kept in memory while younger than the time to live, because a calculation reads dozens
 * of days; see decision 006 for how the cache stays correct across nodes. A miss reads in the caller's transaction.
 */
@Component
class CalendarYears {

    private final CalendarRepository repository;
    private final long ttlNanos;
    private final ConcurrentMap<Integer, Year> cache = new ConcurrentHashMap<>();
    /** Counts evictions, so a load that raced with a change does not stay cached; see {@link #year(int)}. */
    private final AtomicLong evictions = new AtomicLong();
    /** Key of the transaction resource holding the years the current transaction changed. */
    private final Object changedYearsKey = new Object();

    CalendarYears(CalendarRepository repository, CalendarProperties properties) {
        this.repository = repository;
        this.ttlNanos = properties.cacheTtl().toNanos();
    }

    /**
     * A year's exceptions, from the cache while younger than the time to live. A load that overlaps a
     * change is put and then taken back out if an eviction happened meanwhile, so it cannot outlive the change.
     */
    Year year(int year) {
        if (changedInThisTransaction(year)) {
            return load(year);
        }
        Year cached = cache.get(year);
        if (cached != null && System.nanoTime() - cached.loadedAt() < ttlNanos) {
            return cached;
        }
        long evictionsBefore = evictions.get();
        Year loaded = load(year);
        cache.put(year, loaded);
        if (evictions.get() != evictionsBefore) {
            cache.remove(year, loaded);
        }
        return loaded;
    }

    /**
     * Evicts the years once the transaction has ended: this node sees a change as soon as it is
     * committed, other nodes within the time to live. Until then this transaction reads its own
     * changes from the database, and nobody else caches them.
     */
    void changed(Collection<Integer> years) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict(years);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Integer> pending = (Set<Integer>) TransactionSynchronizationManager.getResource(changedYearsKey);
        if (pending == null) {
            Set<Integer> changedYears = new HashSet<>();
            TransactionSynchronizationManager.bindResource(changedYearsKey, changedYears);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changedYearsKey);
                    evict(changedYears);
                }
            });
            pending = changedYears;
        }
        pending.addAll(years);
        evict(years);
    }

    /** Drops every year. */
    void evictAll() {
        evictions.incrementAndGet();
        cache.clear();
    }

    private Year load(int year) {
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        repository.daysOf(year).forEach(day -> days.put(day.date(), day));
        return new Year(Map.copyOf(days), List.copyOf(days.values()), repository.isOfficial(year), System.nanoTime());
    }

    private boolean changedInThisTransaction(int year) {
        Object pending = TransactionSynchronizationManager.getResource(changedYearsKey);
        return pending instanceof Set<?> years && years.contains(year);
    }

    private void evict(Collection<Integer> years) {
        evictions.incrementAndGet();
        years.forEach(cache::remove);
    }

    /** A year's exceptions by date and in date order, whether they are the official arrangement, and when they were read. */
    record Year(Map<LocalDate, CalendarDay> days, List<CalendarDay> ordered, boolean official, long loadedAt) {
    }
}

package org.planflow.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a value read from the database for the rest of the current transaction, so work that repeats a read once
 * per task (issuing to 1,000 units starts 1,000 processes in one transaction) reads it once. What the transaction itself
 * changes it must {@link #forget}; other transactions' changes it sees from its next transaction on, as it would have
 * seen them under its snapshot anyway. Outside a transaction nothing is remembered.
 */
public final class TransactionMemo {

    private static final Object RESOURCE = TransactionMemo.class;

    private TransactionMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
        }
        Object value = memo.get(key);
        if (value == null) {
            value = read.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    public static void forget(Object key) {
        if (TransactionSynchronizationManager.getResource(RESOURCE) instanceof Map<?, ?> memo) {
            memo.remove(key);
        }
    }
}

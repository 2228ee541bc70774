package org.planflow.shared.process;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Writes a fan-out's engine rows a slice at a time. Processes started inside one engine command are all written when
 * it ends, and the engine orders each kind of row by its references pair by pair: for 1,000 processes (6,000
 * variables) that ordering was a tenth of the issue (decision 049). Flushed every {@link #SLICE} starts, the
 * ordering stays small; everything is still one transaction.
 */
public final class FanOutFlush {

    static final int SLICE = 100;

    private FanOutFlush() {
    }

    /** Call after each process started; flushes after every {@link #SLICE}th. */
    public static void afterStart(int started) {
        CommandContext command = Context.getCommandContext();
        if (started % SLICE == 0 && command != null) {
            DbEntityManager rows = command.getDbEntityManager();
            rows.flush();
            // The engine keeps a flush's operations for the one at the command's end; written now, they start afresh.
            rows.setDbOperationManager(new DbOperationManager());
        }
    }
}

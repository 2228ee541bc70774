/**
 * The user's task list across all processes (我的待办): a read model of open engine tasks kept in
 * the engine's own transaction, paged queries over it, claiming and opening a task.
 */
package org.planflow.inbox;

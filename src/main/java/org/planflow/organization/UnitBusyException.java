package org.planflow.organization;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.planflow.shared.CodedConflictException;

/** A unit that cannot be disabled yet: it still has open work, listed so the administrator can reassign it. */
public class UnitBusyException extends CodedConflictException {

    private static final int NAMED_IN_MESSAGE = 20;

    private final List<OpenWork> work;

    UnitBusyException(String unitName, List<OpenWork> work) {
        super("code", OrganizationProblem.UNIT_BUSY, List.of(unitName,
                String.valueOf(work.stream().filter(item -> OpenWork.TASK.equals(item.kind())).count()),
                String.valueOf(work.stream().filter(item -> OpenWork.PROCESS.equals(item.kind())).count()),
                work.stream().limit(NAMED_IN_MESSAGE).map(UnitBusyException::describe).collect(Collectors.joining("; "))
                        + (work.size() > NAMED_IN_MESSAGE ? "; …" : "")));
        this.work = List.copyOf(work);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("count", work.size(), "tasks", tasks(), "processes", processes());
    }

    public List<OpenWork> work() {
        return work;
    }

    public List<OpenWork> tasks() {
        return work.stream().filter(item -> OpenWork.TASK.equals(item.kind())).toList();
    }

    public List<OpenWork> processes() {
        return work.stream().filter(item -> OpenWork.PROCESS.equals(item.kind())).toList();
    }

    private static String describe(OpenWork item) {
        return item.name() + (item.planTitle() == null ? "" : " (" + item.planTitle() + ")")
                + (item.assignee() == null ? "" : " [" + item.assignee() + "]");
    }
}

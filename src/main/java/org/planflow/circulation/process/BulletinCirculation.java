package org.planflow.circulation.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.circulation.Bulletin;
import org.springframework.stereotype.Component;

/** Starts one reading process per recipient unit of a bulletin, in the caller's transaction. */
@Component
public class BulletinCirculation {

    private final RuntimeService runtime;

    BulletinCirculation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Returns the process instance ids in the units' order. */
    public List<String> start(Bulletin bulletin, List<String> units, List<Long> readingIds) {
        List<String> instances = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(BulletinReadingProcess.VAR_READING_ID, readingIds.get(i));
            variables.put(BulletinReadingProcess.VAR_BULLETIN_ID, bulletin.id());
            variables.put(BulletinReadingProcess.VAR_UNIT, units.get(i));
            variables.put(BulletinReadingProcess.VAR_PLAN_ID, bulletin.planId());
            variables.put(BulletinReadingProcess.VAR_PLAN_TITLE, bulletin.docNumber() + " " + bulletin.title());
            variables.put(BulletinReadingProcess.VAR_READ_DUE, bulletin.readDue() == null ? null : Date.from(bulletin.readDue()));
            instances.add(runtime.startProcessInstanceByKey(BulletinReadingProcess.KEY, "bulletin-" + bulletin.id(), variables)
                    .getId());
        }
        return instances;
    }
}

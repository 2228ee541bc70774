package org.planflow;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.planflow.assessment.process.AnnualAssessmentProcess;
import org.planflow.circulation.process.BulletinReadingProcess;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.consultation.process.ConsultationProcess;
import org.planflow.meeting.process.MeetingProcess;
import org.planflow.plan.process.PlanApprovalProcess;
import org.planflow.subplan.process.SubplanFilingProcess;
import org.planflow.supervision.process.QuarterlyReviewProcess;
import org.planflow.supervision.process.TaskSupervisionProcess;
import org.planflow.workpoints.process.WorkPointsProcess;

/** The constants class of each BPMN process (its {@code KEY} and {@code VAR_…} variables), as the BPMN tests read them. */
final class ProcessConstants {

    static final List<Class<?>> ALL = List.of(AnnualAssessmentProcess.class, BulletinReadingProcess.class,
            CirculationProcess.class, ConsultationProcess.class, MeetingProcess.class, PlanApprovalProcess.class,
            QuarterlyReviewProcess.class, SubplanFilingProcess.class, TaskSupervisionProcess.class, WorkPointsProcess.class);

    private ProcessConstants() {
    }

    /** The constants class of the process with this key. */
    static Class<?> of(String processKey) {
        return ALL.stream().filter(constants -> processKey.equals(constant(constants, "KEY"))).findFirst()
                .orElseThrow(() -> new AssertionError("No constants class for process " + processKey));
    }

    /** The values of the class's {@code VAR_…} constants. */
    static Set<String> variables(Class<?> constants) {
        Set<String> variables = new HashSet<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("VAR_")) {
                variables.add((String) constant(constants, field.getName()));
            }
        }
        return variables;
    }

    /** The process an element belongs to, through any sub-processes around it. */
    static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        return parent instanceof Process process ? process : processOf(parent);
    }

    static Object constant(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + " has no constant " + name, e);
        }
    }
}

package org.planflow.supervision;

import org.planflow.shared.Milestone;
import java.util.List;

import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead unit's acceptance of an item (签收承办), which writes its row of the work ledger (工作台账). */
@Service
@Transactional
public class ItemAcceptanceService {

    private final SupervisedItemService supervised;
    private final ItemRepository items;
    private final ItemLightService lights;

    public ItemAcceptanceService(SupervisedItemService supervised, ItemRepository items, ItemLightService lights) {
        this.supervised = supervised;
        this.items = items;
        this.lights = lights;
    }

    /** The lead unit accepts (签收承办): its measures, milestones and responsible person form the ledger row. */
    @PreAuthorize("permitAll()")
    public void accept(long itemId, String measures, List<Milestone> milestones, String responsible, String taskId) {
        SupervisedItem item = supervised.lock(itemId);
        String text = SupervisedItemService.required(SupervisionProblem.MEASURES_REQUIRED, SupervisionFields.MEASURES,
                measures, 4000);
        String person = SupervisedItemService.required(SupervisionProblem.RESPONSIBLE_REQUIRED, SupervisionFields.RESPONSIBLE,
                responsible, 100);
        if (milestones.isEmpty()) {
            throw SupervisionProblem.MILESTONES_REQUIRED.at(SupervisionFields.MILESTONES);
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            String due = SupervisionFields.milestone(i, SupervisionFields.MILESTONE_DUE);
            if (milestone.text() == null || milestone.text().isBlank()) {
                throw SupervisionProblem.MILESTONE_TEXT_REQUIRED.at(SupervisionFields.milestone(i, SupervisionFields.MILESTONE_TEXT),
                        i + 1);
            }
            if (milestone.due() == null) {
                throw SupervisionProblem.MILESTONE_DUE_REQUIRED.at(due, i + 1);
            }
            if (milestone.due().isAfter(item.dueDate())) {
                throw SupervisionProblem.MILESTONE_AFTER_DUE.at(due, i + 1, item.dueDate());
            }
        }
        items.setLedger(itemId, text, milestones.stream().map(m -> new Milestone(m.text().strip(), m.due())).toList(), person);
        supervised.record(item, SupervisionAction.ASSIGNMENT_ACCEPTED, person, taskId);
        lights.refreshLight(itemId);
    }
}

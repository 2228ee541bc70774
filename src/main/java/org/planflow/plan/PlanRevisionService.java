package org.planflow.plan;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.planflow.plan.persistence.PlanRevisionRepository;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan's saved revisions (every save of a draft is one) and the comparison of two, for the lead unit and the district. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanRevisionService {

    private final PlanService plans;
    private final PlanRevisionRepository repository;
    private final ObjectMapper json;
    private final RevisionDiff diff = new RevisionDiff();

    public PlanRevisionService(PlanService plans, PlanRevisionRepository repository, ObjectMapper json) {
        this.plans = plans;
        this.repository = repository;
        this.json = json;
    }

    /** The saved revisions, for the lead department and the district; other readers are refused (403). */
    public List<Revision> revisions(long id) {
        requireDrafting(id);
        return repository.revisions(id);
    }

    /** One page of the saved revisions, newest first, with their total. */
    public PageOf<Revision> revisions(long id, PageRequest page) {
        requireDrafting(id);
        return PageOf.of(repository.revisions(id, page.offset(), page.size()), page, repository.count(id));
    }

    public RevisionComparison compare(long id, int from, int to) {
        requireDrafting(id);
        return diff.compare(from, RevisionDiff.lines(revision(id, from)), to, RevisionDiff.lines(revision(id, to)));
    }

    private void requireDrafting(long id) {
        if (!plans.reader(plans.get(id)).drafting()) {
            throw new AccessDeniedException("only the lead department and the district see a plan's revisions");
        }
    }

    private PlanDraft revision(long id, int number) {
        String content = repository.content(id, number)
                .orElseThrow(() -> new NotFoundException("Plan " + id + " has no revision " + number));
        try {
            return json.readValue(content, PlanDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision " + number + " of plan " + id, e);
        }
    }
}

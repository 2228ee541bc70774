package org.planflow.plan;

import java.util.List;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.plan.persistence.PlanAttachmentRepository;
import org.planflow.security.CurrentUser;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.ContentTypes;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.UploadLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan's attachments (附件): added and removed by its lead unit's drafters while it may change, read by its readers. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanAttachmentService {

    private final PlanService plans;
    private final PlanAttachmentRepository repository;
    private final AuditService audit;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;
    private final PlanFlowClock clock;

    public PlanAttachmentService(PlanService plans, PlanAttachmentRepository repository, AuditService audit,
                                 UploadLimit uploadLimit, AcceptedFileTypes acceptedTypes, PlanFlowClock clock) {
        this.plans = plans;
        this.repository = repository;
        this.audit = audit;
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
        this.clock = clock;
    }

    /** The plan's attachments, for its readers. */
    public List<AttachmentInfo> attachments(long id) {
        return plans.get(id).attachments();
    }

    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public AttachmentInfo addAttachment(long id, String fileName, String contentType, byte[] content) {
        Plan plan = plans.requireEditable(id);
        if (fileName == null || fileName.isBlank()) {
            throw PlanProblem.ATTACHMENT_NAME_MISSING.at(PlanFields.FILE);
        }
        acceptedTypes.check(fileName);
        if (content.length == 0) {
            throw PlanProblem.ATTACHMENT_EMPTY.at(PlanFields.FILE, fileName);
        }
        uploadLimit.check(fileName, content);
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        long attachmentId = repository.insert(plan.id(), name, ContentTypes.sanitize(contentType), content,
                CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(id, PlanAction.ATTACHMENT_ADDED.name()).withDetails(name));
        return plans.load(id).attachments().stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
    }

    public Attachment attachment(long id, long attachmentId) {
        Plan plan = plans.get(id);
        AttachmentInfo info = plan.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + " on plan " + id));
        return new Attachment(info, repository.content(id, attachmentId).orElseThrow());
    }

    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public void removeAttachment(long id, long attachmentId) {
        Plan plan = plans.requireEditable(id);
        AttachmentInfo info = plan.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + " on plan " + id));
        repository.delete(id, attachmentId);
        audit.record(AuditRecord.of(id, PlanAction.ATTACHMENT_REMOVED.name()).withDetails(info.fileName()));
    }
}

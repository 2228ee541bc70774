package org.planflow.plan.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to plans (plan_attachment); a plan reads their descriptions with itself. */
@Repository
public class PlanAttachmentRepository {

    private final JdbcClient jdbc;

    public PlanAttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long planId, String fileName, String contentType, byte[] content, String by, Instant now) {
        return jdbc.sql("""
                        INSERT INTO plan_attachment (plan_id, file_name, content_type, size, content, uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, fileName, contentType, content.length, content, by, Timestamp.from(now))
                .query(Long.class).single();
    }

    public Optional<byte[]> content(long planId, long attachmentId) {
        return jdbc.sql("SELECT content FROM plan_attachment WHERE plan_id = ? AND id = ?").params(planId, attachmentId)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    public boolean delete(long planId, long attachmentId) {
        return jdbc.sql("DELETE FROM plan_attachment WHERE plan_id = ? AND id = ?").params(planId, attachmentId).update() == 1;
    }
}

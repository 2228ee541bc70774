package org.planflow.circulation.persistence;

import java.util.List;
import java.util.Optional;

import org.planflow.circulation.DocNumberCounter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per prefix and year; taking a number locks it until the issuing transaction ends. */
@Repository
public class DocNumberRepository {

    private final JdbcClient jdbc;

    public DocNumberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the prefix in the year, counted on. The upsert locks the row, so a second
     * issuer waits for the first transaction and, if it rolls back, takes the same number: none is
     * skipped or used twice, on any number of nodes.
     */
    public int take(String prefix, int year) {
        return jdbc.sql("""
                        INSERT INTO doc_number_sequence (prefix, year, next_number) VALUES (?, ?, 2)
                        ON CONFLICT (prefix, year) DO UPDATE SET next_number = doc_number_sequence.next_number + 1
                        RETURNING next_number - 1""")
                .params(prefix, year).query(Integer.class).single();
    }

    public long countCounters() {
        return jdbc.sql("SELECT count(*) FROM doc_number_sequence").query(Long.class).single();
    }

    public List<DocNumberCounter> counters(int offset, int limit) {
        return jdbc.sql("""
                        SELECT s.prefix, s.year, s.next_number,
                               COALESCE((SELECT max(i.number) FROM issuance i WHERE i.prefix = s.prefix
                                          AND extract(year FROM i.issue_date) = s.year), 0) AS last_issued
                          FROM doc_number_sequence s ORDER BY s.year DESC, s.prefix OFFSET ? LIMIT ?""")
                .params(offset, limit)
                .query((rs, i) -> new DocNumberCounter(rs.getString("prefix"), rs.getInt("year"), rs.getInt("next_number"),
                        rs.getInt("last_issued")))
                .list();
    }

    /** The counter locked for a correction; empty when the prefix has no number in that year yet. */
    public Optional<Integer> lockNext(String prefix, int year) {
        return jdbc.sql("SELECT next_number FROM doc_number_sequence WHERE prefix = ? AND year = ? FOR UPDATE")
                .params(prefix, year).query(Integer.class).optional();
    }

    public int lastIssued(String prefix, int year) {
        return jdbc.sql("SELECT COALESCE(max(number), 0) FROM issuance WHERE prefix = ? AND extract(year FROM issue_date) = ?")
                .params(prefix, year).query(Integer.class).single();
    }

    public void setNext(String prefix, int year, int next) {
        jdbc.sql("""
                        INSERT INTO doc_number_sequence (prefix, year, next_number) VALUES (?, ?, ?)
                        ON CONFLICT (prefix, year) DO UPDATE SET next_number = EXCLUDED.next_number""")
                .params(prefix, year, next).update();
    }
}

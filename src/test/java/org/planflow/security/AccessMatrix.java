package org.planflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.planflow.ApiClient;

/**
 * Who may call what: every API endpoint, and the doors of the engine, the web apps and the actuator, against every
 * role and relation of {@link Caller}, with the HTTP status each must answer. The calls that change things send a
 * body that is refused after the access check (400, 409), or act on things made for the matrix, so the walk
 * leaves the district as it was. Columns in {@link Caller}'s order:
 * ANONYMOUS ADMIN LEADER OTHER_LEADER OFFICE SUPERVISOR DRAFTER REVIEWER LEAD_STAFF OTHER_DRAFTER CONSULTED RECIPIENT
 * ITEM_LEAD COOPERATING MEMBER UNINVOLVED.
 */
final class AccessMatrix {

    /** method | path with the fixture's placeholders (and, after {@code <=}, the mapping it stands for) | body | statuses. */
    private static final String TABLE = """
            GET    | /api/me                                                   | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/me/language                                          | json:{"language":"xx"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/me/password                                          | json:{"currentPassword":"wrong","newPassword":"x"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/units                                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/units/aliases                                        | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/no-such-thing <= /api/**                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/tasks                                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/tasks/{review-task}                                  | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/tasks/{review-task}/claim                            | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/tasks/{review-task}/release                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/tasks/{review-task}/complete                         | json:{"outcome":"nope"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/notifications                                        | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/notifications/{notification}/read                    | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/notifications/read-all                               | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans                                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans                                                | json:{"title":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/import                                         | file:扫描件.pdf | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}                                         | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/plans/{draft}                                        | json:{"title":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/plans/{plan}/responsible-leader                      | json:{"leader":"staff-fgw"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/{plan}/withdraw                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/opinions                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/timeline                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/revisions                               | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/revisions/compare?from=1&to=1           | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/{draft}/attachments                            | file:附件.txt | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/attachments/{plan-attachment}           | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            DELETE | /api/plans/{draft}/attachments/{new-draft-attachment}     | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/breakdown.xlsx                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/{draft}/breakdown                              | file:不是表格.xlsx | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/acknowledgements                        | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/{plan}/acknowledgements/urge                   | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/notice.docx                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/circulation/recipient-groups                         | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/circulation/document-types                           | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/circulation/deliveries                               | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/circulation/bulletins                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/circulation/bulletins/{bulletin}                     | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/circulation/bulletins/{bulletin}/document.docx       | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/supervision                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/items                                    | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/supervision/items                                    | json:{"title":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/items/{item}                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/supervision/items/{item}/contributions               | json:{"text":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/supervision/items/{item}/extension                   | json:{"reason":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/supervision/items/{item}/notices                     | json:{"text":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/supervision/items/{item}/evidence                    | file:照片.txt | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/items/{item}/evidence/{item-evidence}    | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/dashboard                                | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/ledger.xlsx?plan={plan}                  | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/overdue                                  | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/tasks/{acknowledge-task}/escalations     | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/supervision/tasks/{acknowledge-task}/urge            | json:{"message":"请尽快签收"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/supervision/escalation-rules                         | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/supervision/escalation-rules/{rule-kind}           | json:{} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/quarterly-reviews                       | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/{plan}/quarterly-reviews                       | json:{"period":"bad"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/quarterly-reviews                                    | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/quarterly-reviews/{review}                           | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/quarterly-reviews/{review}/meeting                   | json:{"date":"2999-01-01"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/quarterly-reviews/{review}/meeting/decisions/{decision}/item | json:{} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/quarterly-reviews/{review}/bulletin.docx             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/indicators                              | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/plans/{plan}/assessments                             | json:{"year":{year},"deadlineWorkingDays":10} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/assessments                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/plans/{plan}/assessments/{year}                      | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/assessments                                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/assessments/{assessment}                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/assessments/{assessment}/indicators/{seq}/evidence       | file:证明材料.txt | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/assessments/{assessment}/indicators/{seq}/reports        | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/assessments/{assessment}/indicators/{seq}/evidence/reports | json:{"reportId":0} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/assessments/{assessment}/evidence/{assessment-evidence} | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            DELETE | /api/assessments/{assessment}/evidence/{assessment-evidence} | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/assessments/{assessment}/self-evaluation.docx        | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/assessments/{assessment}/scoring-table.xlsx          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/calendar/add-working-days?from={today}&days=1        | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/calendar/working-days-between?from={today}&to={today} | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/calendar/days?year={year}                            | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/calendar/days/{day}                      | json:{"kind":"NOPE"} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            DELETE | /api/calendar/days/{day}                      | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/calendar/import                                      | file:日历.csv | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/audit                                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/doc-numbers                                    | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/admin/doc-numbers/{prefix}/{year}                  | json:{"next":0} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/task-deadlines                                 | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/admin/task-deadlines/{kind}                      | json:{"workingDays":0} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            DELETE | /api/admin/task-deadlines/{kind}                      | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/organization/template.xlsx                     | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/organization/import                            | file:不是表格.xlsx | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/units                                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/units                                          | json:{"code":"","name":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/units/{unit}                                   | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/admin/units/{unit}                                   | json:{"name":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/units/{unit}/aliases                           | json:{} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            DELETE | /api/admin/units/{unit}/aliases/{alias}          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/units/{unit}/disable                           | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/units/{unit}/enable                            | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/users                                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/users                                          | json:{} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /api/admin/users/{user}                                   | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            PUT    | /api/admin/users/{user}                                   | json:{"displayName":""} | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/users/{user}/password-reset                    | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/users/{user}/lock                              | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/users/{user}/unlock                            | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/users/{user}/disable                           | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            POST   | /api/admin/users/{user}/enable                            | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /engine-rest/engine                                       | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /engine-rest/process-definition/count                     | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /camunda/app/cockpit/default/                             | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /actuator/health                                          | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /actuator/prometheus                                      | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            GET    | /v3/api-docs                                              | - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            """;

    static final List<Row> ROWS = TABLE.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(Row::parse).toList();

    private AccessMatrix() {
    }

    record Row(String method, String path, String mapping, String body, Map<Caller, Integer> expected) {

        static Row parse(String line) {
            String[] parts = line.split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException("A row is method | path | body | statuses: " + line);
            }
            String[] paths = parts[1].strip().split("\\s*<=\\s*");
            String path = paths[0];
            String mapping = paths.length > 1 ? paths[1] : path.replaceFirst("\\?.*$", "").replaceAll("\\{[^}]*}", "{}");
            String[] statuses = parts[3].strip().split("\\s+");
            Caller[] callers = Caller.values();
            if (statuses.length != callers.length) {
                throw new IllegalArgumentException("A row has one status per caller (" + callers.length + "): " + line);
            }
            Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < callers.length; i++) {
                expected.put(callers[i], Integer.parseInt(statuses[i]));
            }
            return new Row(parts[0].strip(), path, mapping, parts[2].strip(), expected);
        }

        /** The endpoint as Spring MVC maps it, with its path variables unnamed. */
        String endpoint() {
            return method + " " + mapping.replaceAll("\\{[^}]*}", "{}");
        }

        ApiClient.Body requestBody(MatrixFixture fixture) {
            if (body.equals("-")) {
                return null;
            }
            if (body.startsWith("file:")) {
                return ApiClient.Body.file("file", body.substring("file:".length()), "矩阵".getBytes(StandardCharsets.UTF_8));
            }
            if (body.startsWith("json:")) {
                return ApiClient.Body.json(fixture.fill(body.substring("json:".length())));
            }
            throw new IllegalArgumentException("A body is -, file:<name> or json:<json>: " + body);
        }

        /** The row as the application answered it, for the failure message. */
        String withAnswers(Map<Caller, Integer> answers) {
            return String.join(" | ", method, path + (path.equals(mapping) ? "" : " <= " + mapping), body,
                    Arrays.stream(Caller.values()).map(caller -> String.valueOf(answers.get(caller))).collect(Collectors.joining(" ")));
        }
    }
}

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
            # method | path | body | ANON ADMIN LEADER LEADER2 OFFICE SUPERV DRAFTER REVIEWER LSTAFF ODRAFT CONSULT RECIP ILEAD COOP MEMBER UNINV
            GET    | /api/me                                                   | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            PUT    | /api/me/language                                          | json:{"language":"xx"} | 401 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400
            PUT    | /api/me/password                                          | json:{"currentPassword":"wrong","newPassword":"x"} | 401 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400
            GET    | /api/me/api-tokens                                        | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            POST   | /api/me/api-tokens                                        | json:{"name":""} | 401 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400
            DELETE | /api/me/api-tokens/{uninvolved-token}                     | - | 401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 204
            GET    | /api/units                                                | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/units/aliases                                        | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/units/town-1/liaisons <= /api/units/{code}/liaisons | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            PUT    | /api/units/town-1/liaisons <= /api/units/{code}/liaisons | json:[{"username":""}] | 401 400 403 403 403 403 403 403 403 403 403 400 403 403 403 403
            GET    | /api/no-such-thing <= /api/**                             | - | 401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            GET    | /api/tasks                                                | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/tasks/{review-task}                                  | - | 401 404 404 404 404 200 404 404 404 404 404 404 404 404 404 404
            POST   | /api/tasks/{review-task}/claim                            | - | 401 404 404 404 404 200 404 404 404 404 404 404 404 404 404 404
            POST   | /api/tasks/{review-task}/release                          | - | 401 404 404 404 404 200 404 404 404 404 404 404 404 404 404 404
            POST   | /api/tasks/{review-task}/complete                         | json:{"outcome":"nope"} | 401 404 404 404 404 400 404 404 404 404 404 404 404 404 404 404
            GET    | /api/notifications                                        | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            POST   | /api/notifications/{notification}/read                    | - | 401 404 404 404 404 404 404 404 404 404 404 404 200 404 404 404
            POST   | /api/notifications/read-all                               | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/plans                                                | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            POST   | /api/plans                                                | json:{"title":""} | 401 403 403 403 403 403 400 403 403 400 403 403 403 403 403 403
            POST   | /api/plans/import                                         | file:扫描件.pdf | 401 403 403 403 403 403 400 403 403 400 403 403 403 403 403 403
            GET    | /api/plans/{plan}                                         | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            PUT    | /api/plans/{draft}                                        | json:{"title":""} | 401 403 403 403 403 403 400 403 403 404 403 403 403 403 403 403
            PUT    | /api/plans/{plan}/responsible-leader                      | json:{"leader":"staff-fgw"} | 401 400 403 403 403 403 400 403 403 404 403 403 403 403 403 403
            POST   | /api/plans/{plan}/withdraw                                | - | 401 403 403 403 403 403 409 403 403 404 403 403 403 403 403 403
            GET    | /api/plans/{plan}/opinions                                | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/plans/{plan}/timeline                                | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/plans/{plan}/revisions                               | - | 401 403 200 200 200 200 200 200 200 404 403 403 403 403 403 404
            GET    | /api/plans/{plan}/revisions/compare?from=1&to=1           | - | 401 403 200 200 200 200 200 200 200 404 403 403 403 403 403 404
            POST   | /api/plans/{draft}/attachments                            | file:附件.txt | 401 403 403 403 403 403 201 403 403 404 403 403 403 403 403 403
            GET    | /api/plans/{plan}/attachments/{plan-attachment}           | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            DELETE | /api/plans/{draft}/attachments/{new-draft-attachment}     | - | 401 403 403 403 403 403 204 403 403 404 403 403 403 403 403 403
            GET    | /api/plans/{plan}/breakdown.xlsx                          | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/plans/{draft}/breakdown                              | file:不是表格.xlsx | 401 403 403 403 403 403 400 403 403 404 403 403 403 403 403 403
            GET    | /api/plans/{plan}/acknowledgements                        | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/plans/{plan}/acknowledgements/urge                   | - | 401 403 403 403 200 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/plans/{plan}/sub-plans                               | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/plans/{plan}/sub-plans                               | json:{"title":""} | 401 403 403 403 403 403 403 403 403 404 403 403 403 403 403 403
            POST   | /api/plans/{plan}/sub-plans/import                        | file:扫描件.pdf | 401 403 403 403 403 403 403 403 403 404 403 403 403 403 403 403
            GET    | /api/plans/{plan}/work-points                             | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/plans/{plan}/work-points                             | json:{"year":null} | 401 403 403 403 403 403 400 403 403 404 403 403 403 403 403 403
            GET    | /api/plans/{plan}/meeting-rhythm                          | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            PUT    | /api/plans/{plan}/meeting-rhythm                          | json:{"beats":[{"kind":"X","cadence":"YEARLY"}]} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            GET    | /api/plans/{plan}/meetings                                | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/plans/{plan}/meetings                                | json:{"kind":"X"} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            GET    | /api/meetings/{meeting}                                   | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/meetings/{meeting}/attendance                        | json:{"outcome":"attend"} | 401 403 403 403 403 403 403 403 403 404 403 400 403 403 403 404
            PUT    | /api/meetings/{meeting}/minutes                           | json:{"text":""} | 401 403 403 403 403 409 403 403 403 403 403 403 403 403 403 403
            POST   | /api/meetings/{meeting}/decisions/{decision}/item         | json:{} | 401 403 403 403 403 404 403 403 403 403 403 403 403 403 403 403
            GET    | /api/meetings/{meeting}/notice.docx                       | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/meetings/{meeting}/minutes.docx                      | - | 401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            GET    | /api/plans/{plan}/notice.docx                             | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/plans/{plan}/liaisons                                | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            PUT    | /api/plans/{plan}/liaisons                                | json:[{"unit":{"code":"town-1"},"username":""}] | 401 400 403 403 403 400 403 403 403 404 403 400 403 403 403 404
            DELETE | /api/plans/{plan}/liaisons/town-1 <= /api/plans/{plan}/liaisons/{unit} | - | 401 200 403 403 403 200 403 403 403 404 403 200 403 403 403 404
            GET    | /api/plans/{plan}/liaisons.xlsx                           | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/circulation/recipient-groups                         | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/circulation/document-types                           | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/circulation/deliveries                               | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/circulation/bulletins                                | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/circulation/bulletins/{bulletin}                     | - | 401 404 200 200 200 200 200 200 200 404 404 404 200 200 200 404
            GET    | /api/circulation/bulletins/{bulletin}/document.docx       | - | 401 404 200 200 200 200 200 200 200 404 404 404 200 200 200 404
            GET    | /api/plans/{plan}/supervision                             | - | 401 200 200 200 200 200 200 200 200 404 403 403 200 200 200 404
            GET    | /api/supervision/items                                    | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            POST   | /api/supervision/items                                    | json:{"title":""} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            GET    | /api/supervision/items/{item}                             | - | 401 200 200 200 200 200 200 200 200 404 404 404 200 200 200 404
            POST   | /api/supervision/items/{item}/contributions               | json:{"text":""} | 401 403 403 403 403 403 403 403 403 404 404 404 403 400 403 404
            POST   | /api/supervision/items/{item}/extension                   | json:{"reason":""} | 401 403 403 403 403 403 403 403 403 404 404 404 400 403 403 404
            POST   | /api/supervision/items/{item}/notices                     | json:{"text":""} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/supervision/items/{item}/cadence                     | json:{"cadence":""} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/supervision/items/{item}/targets                     | json:{"targets":[{"name":""}]} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            POST   | /api/supervision/items/{item}/evidence                    | file:照片.txt | 401 403 403 403 403 403 403 403 403 404 404 404 201 403 403 404
            GET    | /api/supervision/items/{item}/evidence/{item-evidence}    | - | 401 404 200 200 200 200 200 200 200 404 404 404 200 200 404 404
            GET    | /api/supervision/dashboard                                | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/supervision/ledger.xlsx?plan={plan}                  | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/supervision/overdue                                  | - | 401 200 200 200 403 200 403 403 403 403 403 403 403 403 403 403
            GET    | /api/supervision/tasks/{acknowledge-task}/escalations     | - | 401 200 200 200 403 200 403 403 403 403 403 403 403 403 403 403
            POST   | /api/supervision/tasks/{acknowledge-task}/urge            | json:{"message":"请尽快签收"} | 401 200 403 403 403 200 403 403 403 403 403 403 403 403 403 403
            GET    | /api/supervision/escalation-rules                         | - | 401 200 403 403 403 200 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/supervision/escalation-rules/{rule-kind}           | json:{} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/plans/{plan}/quarterly-reviews                       | - | 401 403 200 200 403 200 403 200 200 403 403 403 403 403 403 403
            POST   | /api/plans/{plan}/quarterly-reviews                       | json:{"period":"bad"} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            GET    | /api/quarterly-reviews                                    | - | 401 403 200 200 403 200 403 200 200 403 403 403 403 403 403 403
            GET    | /api/quarterly-reviews/{review}                           | - | 401 403 200 200 403 200 403 404 404 403 403 403 403 403 403 403
            PUT    | /api/quarterly-reviews/{review}/meeting                   | json:{"date":"2999-01-01"} | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            POST   | /api/quarterly-reviews/{review}/meeting/decisions/{decision}/item | json:{} | 401 403 403 403 403 404 403 403 403 403 403 403 403 403 403 403
            GET    | /api/quarterly-reviews/{review}/bulletin.docx             | - | 401 403 200 200 403 200 403 404 404 403 403 403 403 403 403 403
            GET    | /api/plans/{plan}/indicators                              | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            PUT    | /api/plans/{plan}/indicators                              | json:[{"name":""}] | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            DELETE | /api/plans/{plan}/indicators                              | - | 401 403 403 403 403 404 403 403 403 403 403 403 403 403 403 403
            GET    | /api/plans/{plan}/indicators.xlsx                         | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            POST   | /api/plans/{plan}/indicators.xlsx                         | file:不是表格.xlsx | 401 403 403 403 403 400 403 403 403 403 403 403 403 403 403 403
            POST   | /api/plans/{plan}/assessments                             | json:{"year":{year},"deadlineWorkingDays":10} | 401 403 403 403 403 409 403 403 403 403 403 403 403 403 403 403
            GET    | /api/plans/{plan}/assessments                             | - | 401 200 200 200 200 200 200 200 200 404 200 200 200 200 200 404
            GET    | /api/plans/{plan}/assessments/{year}                      | - | 401 404 200 200 404 200 404 404 404 404 404 404 200 200 200 404
            GET    | /api/assessments                                          | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/assessments/{assessment}                             | - | 401 404 200 200 404 200 404 404 404 404 404 404 200 200 200 404
            POST   | /api/assessments/{assessment}/indicators/{seq}/evidence       | file:证明材料.txt | 401 404 400 400 404 400 404 404 404 404 404 404 409 201 400 404
            GET    | /api/assessments/{assessment}/indicators/{seq}/reports        | - | 401 404 200 200 404 200 404 404 404 404 404 404 200 200 400 404
            POST   | /api/assessments/{assessment}/indicators/{seq}/evidence/reports | json:{"reportId":0} | 401 404 400 400 404 400 404 404 404 404 404 404 409 400 400 404
            GET    | /api/assessments/{assessment}/evidence/{assessment-evidence} | - | 401 404 200 200 404 200 404 404 404 404 404 404 200 200 404 404
            DELETE | /api/assessments/{assessment}/evidence/{assessment-evidence} | - | 401 404 400 400 404 400 404 404 404 404 404 404 409 409 404 404
            GET    | /api/assessments/{assessment}/self-evaluation.docx        | - | 401 404 200 200 404 200 404 404 404 404 404 404 403 403 403 404
            GET    | /api/assessments/{assessment}/scoring-table.xlsx          | - | 401 404 200 200 404 200 404 404 404 404 404 404 403 403 403 404
            GET    | /api/calendar/add-working-days?from={today}&days=1        | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/calendar/working-days-between?from={today}&to={today} | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /api/calendar/days?year={year}                            | - | 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            PUT    | /api/calendar/days/{day}                      | json:{"kind":"NOPE"} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            DELETE | /api/calendar/days/{day}                      | - | 401 204 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/calendar/import                                      | file:日历.csv | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/api-tokens                                     | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/api-tokens                                     | json:{"username":"","name":""} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            DELETE | /api/admin/api-tokens/{recipient-token}                   | - | 401 204 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/audit                                          | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/doc-numbers                                    | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/admin/doc-numbers/{prefix}/{year}                  | json:{"next":0} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/task-deadlines                                 | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/admin/task-deadlines/{kind}                      | json:{"workingDays":0} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            DELETE | /api/admin/task-deadlines/{kind}                      | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/organization/template.xlsx                     | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/organization/import                            | file:不是表格.xlsx | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/units                                          | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/units                                          | json:{"code":"","name":""} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/units/{unit}                                   | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/admin/units/{unit}                                   | json:{"name":""} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/units/{unit}/aliases                           | json:{} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            DELETE | /api/admin/units/{unit}/aliases/{alias}          | - | 401 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/units/{unit}/disable                           | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/units/{unit}/enable                            | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/users                                          | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/users                                          | json:{} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /api/admin/users/{user}                                   | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            PUT    | /api/admin/users/{user}                                   | json:{"displayName":""} | 401 400 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/users/{user}/password-reset                    | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/users/{user}/lock                              | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/users/{user}/unlock                            | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/users/{user}/disable                           | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /api/admin/users/{user}/enable                            | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /engine-rest/engine                                       | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /engine-rest/process-definition/count                     | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /engine-rest/task/{acknowledge-task}/complete             | json:{} | 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST   | /engine-rest/deployment/create                            | file:流程.bpmn | 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /camunda/api/engine/engine/default/task/count             | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /camunda/app/cockpit/default/                             | - | 302 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /actuator/health                                          | - | 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET    | /actuator/prometheus                                      | - | 401 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET    | /v3/api-docs                                              | - | 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
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
                return ApiClient.Body.file("file", body.substring("file:".length()), "application/octet-stream", "矩阵".getBytes(StandardCharsets.UTF_8));
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

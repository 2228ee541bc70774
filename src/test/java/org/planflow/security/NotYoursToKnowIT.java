package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.shared.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a caller may not know exists answers exactly as what does not exist (docs/security.md, "Who may see what"):
 * every GET of the API about one plan, supervised item, assessment, bulletin or quarterly review, walked from the
 * application's own mappings, answers a unit not involved the same status and body for a real id as for an id that
 * does not exist, and never names a unit. A new endpoint under these paths is walked without further ado.
 */
@PlanFlowTest
class NotYoursToKnowIT {

    private static final List<String> RESOURCES = List.of("/api/plans/{id}", "/api/supervision/items/{id}", "/api/assessments/{id}",
            "/api/circulation/bulletins/{id}", "/api/quarterly-reviews/{id}");
    private static final String NOBODY = "999999999";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_get_about_a_thing_a_unit_may_not_know_answers_as_for_a_thing_that_does_not_exist() {
        ApiClient api = new ApiClient(port);
        Map<String, String> ids = fixture(api);
        List<String> unitNames = new ArrayList<>();
        api.get("/api/units?size=500", "staff-town-6").items().forEach(unit -> unitNames.add(unit.path("name").asText()));

        List<String> walked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                RESOURCES.stream().filter(pattern::startsWith).findFirst().ifPresent(resource -> {
                    String query = query(mapping.getValue());
                    String real = fill(pattern, ids, resource, ids.get(resource)) + query;
                    String none = fill(pattern, ids, resource, NOBODY) + query;
                    for (String caller : List.of("staff-town-6", "staff-tjj")) {
                        ApiClient.Response hidden = api.get(real, caller);
                        ApiClient.Response missing = api.get(none, caller);
                        assertThat(hidden.status()).as("%s for %s", real, caller).isEqualTo(missing.status()).isIn(403, 404);
                        assertThat(hidden.body()).as("%s for %s", real, caller)
                                .isEqualTo(missing.body().replace(NOBODY, ids.get(resource)));
                        assertThat(unitNames).as("%s for %s: %s", real, caller, hidden.body())
                                .noneMatch(name -> hidden.body().contains(name));
                    }
                    walked.add(pattern);
                });
            }
        }
        assertThat(new TreeSet<>(walked)).as("the reads walked").hasSizeGreaterThanOrEqualTo(20)
                .contains("/api/plans/{id}/timeline", "/api/plans/{id}/supervision", "/api/supervision/items/{id}",
                        "/api/assessments/{id}/indicators/{seq}/reports", "/api/circulation/bulletins/{id}");
    }

    /**
     * A plan of 区市场监管局 with an attachment, issued to 乡镇一, its two items supervised with evidence on the first,
     * and this year's assessment published as a 通报: the ids of each, and of the parts the paths name.
     */
    private static Map<String, String> fixture(ApiClient api) {
        long planId = TestPlans.draft(api, "无关单位遍历测试方案 " + System.nanoTime());
        long attachment = api.postFile("/api/plans/" + planId + "/attachments", "drafter", "file", "附件.txt",
                "附件内容".getBytes(StandardCharsets.UTF_8)).json().path("id").asLong();
        TestPlans.issue(api, planId, "[\"town-1\"]");
        JsonNode items = api.get("/api/plans/" + planId + "/supervision", "supervisor").items();
        long item = items.get(0).path("id").asLong();
        long itemEvidence = api.postFile("/api/supervision/items/" + item + "/evidence", "staff-scjgj", "file", "佐证.txt",
                "佐证".getBytes(StandardCharsets.UTF_8)).json().path("id").asLong();
        int year = LocalDate.now(Formats.DISTRICT_ZONE).getYear();
        long assessment = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":" + year + ",\"deadlineWorkingDays\":10}").json().path("id").asLong();
        long assessmentEvidence = api.postFile("/api/assessments/" + assessment + "/indicators/1/evidence", "staff-fgw", "file",
                "考核佐证.txt", "考核佐证".getBytes(StandardCharsets.UTF_8)).json().path("id").asLong();
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "SELF_ASSESS", planId),
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":1,\"score\":0}]}");
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "SELF_ASSESS", planId),
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":2,\"score\":0}]}");
        TestPlans.complete(api, "staff-fgw", api.taskOf("staff-fgw", "SELF_ASSESS", planId), "{\"outcome\":\"submit\"}");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", planId), "{\"outcome\":\"submit\"}");
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", planId), "{\"outcome\":\"approve\"}");
        long bulletin = api.get("/api/assessments/" + assessment, "supervisor").json().path("assessment").path("bulletinId").asLong();
        assertThat(bulletin).isPositive();

        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/plans/{id}", String.valueOf(planId));
        ids.put("/api/supervision/items/{id}", String.valueOf(item));
        ids.put("/api/assessments/{id}", String.valueOf(assessment));
        ids.put("/api/circulation/bulletins/{id}", String.valueOf(bulletin));
        ids.put("/api/quarterly-reviews/{id}", "1");
        ids.put("attachmentId", String.valueOf(attachment));
        ids.put("year", String.valueOf(year));
        ids.put("seq", "1");
        ids.put("itemEvidence", String.valueOf(itemEvidence));
        ids.put("assessmentEvidence", String.valueOf(assessmentEvidence));
        return ids;
    }

    /** The path with the resource's id and every other variable filled from the fixture. */
    private static String fill(String pattern, Map<String, String> ids, String resource, String id) {
        Matcher variables = VARIABLE.matcher(pattern.substring(resource.length()));
        StringBuilder rest = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String value = name.equals("evidenceId")
                    ? ids.get(resource.startsWith("/api/supervision") ? "itemEvidence" : "assessmentEvidence") : ids.get(name);
            assertThat(value).as("a value for {%s} in %s", name, pattern).isNotNull();
            variables.appendReplacement(rest, value);
        }
        variables.appendTail(rest);
        return resource.replace("{id}", id) + rest;
    }

    /** Every required request parameter, given a plausible value (revisions 1 and 2 to compare). */
    private static String query(HandlerMethod handler) {
        List<String> parameters = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                parameters.add(name + "=" + (name.equals("to") ? "2" : "1"));
            }
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }
}

package org.planflow.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.planflow.ApiClient;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PagingProblem;

/**
 * No list ends without saying so (decision 036): every GET endpoint of {@link AccessMatrix} (which holds every
 * endpoint of the application) is called by a caller it answers, and whatever list it answers must be a page with
 * its total, whole or as one of the answer's fields, unless it is one of the few lists bounded by configuration. Where
 * the list has entries, {@code size=1} answers one of them and the same total, and the next page another; a bad
 * page or size is refused naming the field, with its code.
 */
final class EveryListIsPaged {

    /** Lists bounded by configuration, not by data, which stay plain arrays (decision 036). */
    static final Set<String> PLAIN = Set.of("/api/circulation/recipient-groups", "/api/circulation/document-types",
            "/api/supervision/escalation-rules", "/api/admin/task-deadlines",
            // at most LiaisonService.MAX_PER_UNIT
            "/api/units/{code}/liaisons");

    /** Who reads an endpoint for the walk: the first of these the matrix lets in. */
    private static final List<Caller> READERS = List.of(Caller.SUPERVISOR, Caller.LEADER, Caller.OFFICE, Caller.ADMIN,
            Caller.DRAFTER, Caller.ITEM_LEAD, Caller.MEMBER, Caller.RECIPIENT);

    private final ApiClient api;
    private final MatrixFixture fixture;
    final List<String> problems = new ArrayList<>();
    final List<String> pagesWithEntries = new ArrayList<>();
    final List<String> pagesWalked = new ArrayList<>();

    EveryListIsPaged(ApiClient api, MatrixFixture fixture) {
        this.api = api;
        this.fixture = fixture;
    }

    EveryListIsPaged walk() {
        for (AccessMatrix.Row row : AccessMatrix.ROWS) {
            if (row.method().equals("GET") && row.mapping().startsWith("/api/") && !row.mapping().equals("/api/**")) {
                READERS.stream().filter(caller -> row.expected().get(caller) == 200).findFirst()
                        .ifPresent(caller -> check(row, caller));
            }
        }
        return this;
    }

    private void check(AccessMatrix.Row row, Caller caller) {
        String path = fixture.resolve(row.path());
        ApiClient.Response answer = get(path, caller);
        if (answer.contentType() == null || !answer.contentType().contains("json")) {
            return;
        }
        JsonNode json = answer.json();
        if (json.isArray()) {
            if (!PLAIN.contains(row.mapping())) {
                problems.add(row.mapping() + " answers a plain array of " + json.size() + ", not a page with its total");
            }
            return;
        }
        String field = pageField(json);
        if (field != null) {
            page(row.mapping(), path, caller, field, json);
        }
    }

    /** The answer's page: the answer itself ("") or one of its fields; null when it holds none. */
    private static String pageField(JsonNode json) {
        if (isPage(json)) {
            return "";
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (isPage(entry.getValue())) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static boolean isPage(JsonNode json) {
        return json.isObject() && json.path("items").isArray() && json.has("page") && json.has("size") && json.has("total");
    }

    private void page(String mapping, String path, Caller caller, String field, JsonNode whole) {
        pagesWalked.add(mapping);
        JsonNode first = pageOf(whole, field);
        long total = first.path("total").asLong();
        if (first.path("page").asInt() != 0 || first.path("size").asInt() != PageRequest.DEFAULT_SIZE
                || first.path("items").size() != Math.min(total, PageRequest.DEFAULT_SIZE)) {
            problems.add(mapping + ": the first page is not page 0 of " + PageRequest.DEFAULT_SIZE + " with its entries: " + first);
        }
        refused(mapping, with(path, "size=0"), caller, "size", PagingProblem.SIZE_INVALID);
        refused(mapping, with(path, "size=" + (PageRequest.MAX_SIZE + 1)), caller, "size", PagingProblem.SIZE_INVALID);
        refused(mapping, with(path, "page=-1"), caller, "page", PagingProblem.PAGE_INVALID);
        if (total == 0) {
            return;
        }
        pagesWithEntries.add(mapping);
        JsonNode one = pageOf(get(with(path, "size=1"), caller).json(), field);
        if (one.path("items").size() != 1 || one.path("total").asLong() != total || one.path("size").asInt() != 1) {
            problems.add(mapping + ": size=1 answers " + one.path("items").size() + " of " + one.path("total") + ", not 1 of "
                    + total);
        }
        if (total > 1) {
            JsonNode second = pageOf(get(with(path, "size=1&page=1"), caller).json(), field);
            if (second.path("items").size() != 1 || second.path("items").get(0).equals(one.path("items").get(0))) {
                problems.add(mapping + ": page 1 of size 1 does not answer the list's second entry: " + second);
            }
        }
    }

    private void refused(String mapping, String path, Caller caller, String field, PagingProblem problem) {
        ApiClient.Response answer = get(path, caller);
        if (answer.status() != 400 || !field.equals(answer.json().path("field").asText())
                || !problem.name().equals(answer.json().path("code").asText())) {
            problems.add(mapping + ": " + path + " answers " + answer.status() + " " + answer.body() + ", not 400 on '" + field
                    + "' with " + problem);
        }
    }

    private ApiClient.Response get(String path, Caller caller) {
        return api.get(path, caller.username(), caller.password());
    }

    private static JsonNode pageOf(JsonNode json, String field) {
        return field.isEmpty() ? json : json.path(field);
    }

    private static String with(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }
}

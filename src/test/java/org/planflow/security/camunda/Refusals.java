package org.planflow.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.planflow.ApiClient;
import org.planflow.security.EngineDoorProblem;

/** How the engine's doors refuse: 403, problem+json, the problem's code, and its wording as detail and message. */
final class Refusals {

    private Refusals() {
    }

    static JsonNode assertRefused(ApiClient.Response response, EngineDoorProblem problem, String call) {
        assertThat(response.status()).as(call + ": " + response.body()).isEqualTo(403);
        assertThat(response.contentType()).as(call).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.path("code").asText()).as(call).isEqualTo(problem.name());
        assertThat(body.path("message").asText()).as("Camunda's web apps show the message").isEqualTo(body.path("detail").asText());
        return body;
    }
}

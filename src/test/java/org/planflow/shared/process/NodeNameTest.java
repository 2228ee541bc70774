package org.planflow.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void a_configured_name_is_used_as_given() {
        assertThat(NodeName.resolve("  planflow-1 ", 8080)).isEqualTo("planflow-1");
    }

    @Test
    void without_a_name_two_nodes_on_one_machine_differ_by_their_port() {
        String first = NodeName.resolve("", 8080);
        String second = NodeName.resolve(null, 8081);
        assertThat(first).endsWith(":8080").isNotEqualTo(second);
        assertThat(first.substring(0, first.indexOf(':'))).isNotBlank().isEqualTo(second.substring(0, second.indexOf(':')));
    }

    @Test
    void on_a_random_port_the_process_id_tells_nodes_apart() {
        assertThat(NodeName.resolve(" ", 0)).endsWith(":pid" + ProcessHandle.current().pid());
    }
}

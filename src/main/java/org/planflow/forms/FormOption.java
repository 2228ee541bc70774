package org.planflow.forms;

import java.io.Serializable;

/** One choice of a select or radio field: what the user reads and what the process receives. */
public record FormOption(String label, String value) implements Serializable {
}

package org.planflow.shared;

import java.util.List;

/**
 * A refusal with its problem code and the values its wording takes, so the API answers the code beside the
 * English message and the views word it in the user's language beside the field.
 */
public interface CodedRefusal {

    String field();

    String code();

    List<String> values();
}

package org.planflow.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.planflow.importing.DocumentWarning;

/**
 * Something an import could not resolve, as the code of a {@link DocumentWarning.Code} and the values
 * its wording needs (e.g. the unit name not found), so that each reader sees it in their own language.
 * Values never contain tabs or line breaks: warnings are stored one a line with the values separated by tabs.
 */
// message is derived from code and values, so JSON that carries it back is read without it
@JsonIgnoreProperties(value = "message", allowGetters = true)
public record ImportWarning(String code, List<String> values) {

    public ImportWarning {
        values = values.stream().map(value -> value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ")).toList();
    }

    public static ImportWarning of(DocumentWarning warning) {
        return new ImportWarning(warning.code().name(), warning.values());
    }

    /** The warning in English. */
    @JsonProperty("message")
    public String message() {
        return DocumentWarning.Code.valueOf(code).english(values);
    }

    /** The bundle key that words the warning in the user's language. */
    @JsonIgnore
    public String translationKey() {
        return DocumentWarning.Code.valueOf(code).translationKey();
    }
}

package org.planflow.shared;

/** The names of a list's elements as requests and refusals ({@code field}) spell them, e.g. {@code answers[2].reason}. */
public final class ListFields {

    private ListFields() {
    }

    /** The field of one element of a list, e.g. {@code sections[2]}. */
    public static String at(String list, int index) {
        return list + "[" + index + "]";
    }

    /** A field of one element of a list, e.g. {@code sections[2].heading}. */
    public static String at(String list, int index, String field) {
        return at(list, index) + "." + field;
    }
}

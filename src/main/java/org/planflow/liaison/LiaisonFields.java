package org.planflow.liaison;

import org.planflow.shared.ListFields;

/** The fields a naming of liaisons is refused by: {@code liaisons[2].phone}. */
public final class LiaisonFields {

    public static final String LIAISONS = "liaisons";
    public static final String UNIT = "unit";
    public static final String USERNAME = "username";
    public static final String PHONE = "phone";

    private LiaisonFields() {
    }

    public static String at(int index, String field) {
        return ListFields.at(LIAISONS, index, field);
    }
}

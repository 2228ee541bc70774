package org.planflow.shared.document;

import java.time.LocalDate;

/** Dates as 公文 print them since 2012: Arabic numerals, no leading zeros ("2026年12月1日"). */
final class ChineseDates {

    private ChineseDates() {
    }

    static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

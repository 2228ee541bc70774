package org.planflow.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as the district reads them, in its own time zone. */
public final class Formats {

    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DISTRICT_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(DISTRICT_ZONE);

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A date as official documents print it, in Arabic numerals: 2026年12月1日. */
    public static String officialDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

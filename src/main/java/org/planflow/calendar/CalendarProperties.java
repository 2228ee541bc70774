package org.planflow.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planflow.calendar.*}: the district's time zone, the hour at which a working day's deadlines
 * fall due, and how long a node trusts its cached copy of the calendar (other nodes' edits show up
 * after at most this long).
 */
@ConfigurationProperties("planflow.calendar")
record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                          @DefaultValue("18:00") LocalTime endOfDay,
                          @DefaultValue("60s") Duration cacheTtl) {
}

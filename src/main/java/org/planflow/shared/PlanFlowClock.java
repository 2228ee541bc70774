package org.planflow.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one "now" of PlanFlow and its process engine. Normally real time; where
 * {@code planflow.clock.adjustable=true} (tests, demos) it can be moved forward, and the engine's
 * clock moves with it (its {@link Follower}, shared.process.EngineClock), so due timers fire as if the time had
 * really passed.
 */
public class PlanFlowClock extends Clock {

    /** A clock kept in step with this one: told the offset from real time whenever it changes. */
    public interface Follower {

        void follow(Duration offset);
    }

    private volatile Duration offset = Duration.ZERO;
    private final List<Follower> followers = new CopyOnWriteArrayList<>();

    public void addFollower(Follower follower) {
        followers.add(follower);
        follower.follow(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public Date now() {
        return Date.from(instant());
    }

    /** From now on, the current time reads {@code now} and runs on from there. */
    public synchronized void moveTo(Instant now) {
        offset = Duration.between(Instant.now(), now);
        followers.forEach(follower -> follower.follow(offset));
    }

    public synchronized void reset() {
        offset = Duration.ZERO;
        followers.forEach(follower -> follower.follow(offset));
    }

    public boolean isAdjusted() {
        return !offset.isZero();
    }
}

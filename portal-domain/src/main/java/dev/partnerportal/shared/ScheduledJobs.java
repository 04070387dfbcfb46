package dev.partnerportal.shared;

/**
 * Lock settings shared by the scheduled jobs of every feature (see {@code ScheduledJobLocks}). A job is a
 * {@code @Scheduled} method with {@code @SchedulerLock(name = "<feature>.<job>")}; a cron job adds
 * {@code lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST}.
 */
public final class ScheduledJobs {

    /** How long a cron job's lock is kept after it finished: longer than the clock skew between nodes. */
    public static final String CRON_LOCK_AT_LEAST = "PT30S";

    private ScheduledJobs() {
    }
}

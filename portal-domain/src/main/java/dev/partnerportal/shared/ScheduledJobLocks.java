package dev.partnerportal.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every scheduled job runs on one node at a time: a {@code @Scheduled} method also carries ShedLock's
 * {@code @SchedulerLock} (ModuleArchitectureTest checks), and the lock is a row in the shared database's
 * {@code shedlock} table, timed by the database's clock so that nodes with skewed clocks agree.
 * <p>
 * The lock is taken before the job's transaction starts ({@link Ordered#HIGHEST_PRECEDENCE}), so other nodes
 * see it at once, and released after that transaction has committed. A job that runs on a schedule
 * (cron) holds its lock for at least {@link ScheduledJobs#CRON_LOCK_AT_LEAST} so a node whose clock is a few seconds late
 * does not start it again; jobs themselves stay idempotent (docs/operations.md, "Several nodes").
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
class ScheduledJobLocks {

    @Bean
    LockProvider scheduledJobLockProvider(DataSource dataSource, @Value("${portal.node.name:}") String nodeName) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(nodeName.isBlank() ? defaultNodeName() : nodeName)
                .usingDbTime()
                .build());
    }

    /** Host name and process id, so that two nodes on one host are told apart in the lock table. */
    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}

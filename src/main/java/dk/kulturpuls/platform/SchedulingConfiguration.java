package dk.kulturpuls.platform;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs run on every node's scheduler, but each {@code @Scheduled} method also carries ShedLock's
 * {@code @SchedulerLock}: a node runs the job only when it holds the job's row in {@code platform_shedlock}, so with
 * several nodes a job runs on one at a time. Lock times are the database's, so the nodes' clocks need not agree; a
 * node that dies while it runs a job holds the lock until the job's {@code lockAtMostFor} (default 30 minutes).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("platform_shedlock")
			.usingDbTime()
			.build());
	}
}

package dk.kulturpuls.platform.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Slows down password guessing: after a number of failed logins for one user name (or many from one address)
 * further attempts are refused for a while, with a message that says how long to wait. The buckets are rows of
 * {@code platform_login_throttle} in PostgreSQL (Bucket4j's JDBC backend, each row guarded by an advisory lock), so
 * every node counts the same attempts: N nodes give an attacker the same five attempts as one.
 */
@Component
class LoginThrottle {

	private static final int CLEAN_UP_BATCH = 1_000;

	private final BucketConfiguration perUser;
	private final BucketConfiguration perAddress;
	private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;
	private final TwoFactor twoFactor;

	LoginThrottle(Settings settings, DataSource dataSource, TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
		this.perUser = limit(settings.maxFailuresPerUser(), settings.window());
		this.perAddress = limit(settings.maxFailuresPerAddress(), settings.window());
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("platform_login_throttle")
				// a bucket that is full again says nothing: its row may go (see removeExpired)
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.build();
	}

	private static BucketConfiguration limit(int capacity, Duration window) {
		return BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, window))
				.build();
	}

	/** Minutes to wait before another attempt is allowed, or 0 when the attempt may go ahead. */
	long minutesToWait(String username, String address) {
		long nanos = Math.max(waitNanos(userKey(username), perUser), waitNanos(addressKey(address), perAddress));
		return nanos == 0 ? 0 : Math.max(1, Duration.ofNanos(nanos).toMinutes() + 1);
	}

	/** Reading does not make a bucket: only names and addresses that failed have a row. */
	private long waitNanos(String key, BucketConfiguration configuration) {
		if (buckets.getProxyConfiguration(key).isEmpty()) {
			return 0;
		}
		EstimationProbe probe = buckets.getProxy(key, () -> configuration).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
	}

	/**
	 * Every failed login counts alike, whatever the reason (wrong password, unknown, blocked or unverified
	 * account): a name that is never throttled would tell an attacker that it is blocked or unverified.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		recordFailure(username, address);
	}

	/**
	 * A right password does not clear the user name's failures while the second factor is still owed: otherwise
	 * somebody who knows the password could guess codes without end by logging in again after every few.
	 */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (!twoFactor.isDue(event.getAuthentication())) {
			recordSuccess(event.getAuthentication().getName());
		}
	}

	/** A failed attempt (a wrong password or a wrong second-factor code) for the name, and the address if known. */
	void recordFailure(String username, String address) {
		buckets.getProxy(userKey(username), () -> perUser).tryConsume(1);
		if (address != null) {
			buckets.getProxy(addressKey(address), () -> perAddress).tryConsume(1);
		}
	}

	/** A completed login: the name starts afresh. */
	void recordSuccess(String username) {
		buckets.removeProxy(userKey(username));
	}

	/** Deletes the rows of buckets that are full again; any node may run it at any time. */
	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
	@SchedulerLock(name = "platform-login-throttle-clean-up", lockAtMostFor = "PT10M")
	void removeExpired() {
		while (buckets.removeExpired(CLEAN_UP_BATCH) == CLEAN_UP_BATCH) {
			// the next batch
		}
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "addr:" + address;
	}

	/**
	 * @param maxFailuresPerUser failed attempts for one user name before it is locked for the window
	 * @param maxFailuresPerAddress failed attempts from one address before it is locked for the window
	 * @param window how long a lock lasts
	 */
	@ConfigurationProperties("kulturpuls.login-throttle")
	record Settings(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("50") int maxFailuresPerAddress,
			@DefaultValue("15m") Duration window) {
	}
}

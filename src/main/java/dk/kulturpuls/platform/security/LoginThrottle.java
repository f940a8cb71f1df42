package dk.kulturpuls.platform.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows down password guessing: after a number of failed logins for one user name (or many from one address)
 * further attempts are refused for a while, with a message that says how long to wait. Buckets live in memory
 * on each node (see docs/operations.md for several nodes).
 */
@Component
class LoginThrottle {

	private final Settings settings;
	private final Cache<String, Bucket> buckets;

	LoginThrottle(Settings settings) {
		this.settings = settings;
		this.buckets = Caffeine.newBuilder()
				.maximumSize(100_000)
				.expireAfterAccess(settings.window().multipliedBy(2))
				.build();
	}

	/** Minutes to wait before another attempt is allowed, or 0 when the attempt may go ahead. */
	long minutesToWait(String username, String address) {
		long nanos = Math.max(waitNanos(userKey(username), settings.maxFailuresPerUser()),
				waitNanos(addressKey(address), settings.maxFailuresPerAddress()));
		return nanos == 0 ? 0 : Math.max(1, Duration.ofNanos(nanos).toMinutes() + 1);
	}

	private long waitNanos(String key, int capacity) {
		Bucket bucket = buckets.getIfPresent(key);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	/**
	 * Every failed login counts alike, whatever the reason (wrong password, unknown, blocked or unverified
	 * account): a name that is never throttled would tell an attacker that it is blocked or unverified.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		bucket(userKey(username), settings.maxFailuresPerUser()).tryConsume(1);
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			bucket(addressKey(details.getRemoteAddress()), settings.maxFailuresPerAddress()).tryConsume(1);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		buckets.invalidate(userKey(event.getAuthentication().getName()));
	}

	private Bucket bucket(String key, int capacity) {
		return buckets.get(key, k -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, settings.window()).build())
				.build());
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

package dk.kulturpuls.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dk.kulturpuls.ApplicationTest;

/**
 * Two nodes are two {@link LoginThrottle}s, each with its own Bucket4j proxy manager and nothing in common but the
 * PostgreSQL database (the application's, through its {@link DataSource}).
 */
@ApplicationTest
class LoginThrottleAcrossNodesTests {

	static final LoginThrottle.Settings SETTINGS = new LoginThrottle.Settings(5, 8, Duration.ofMinutes(15));

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TwoFactor twoFactor;

	final String address = "address-" + UUID.randomUUID();

	@Test
	void fiveFailuresSplitAcrossTwoNodesLockTheNameOnBoth() {
		LoginThrottle nodeA = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		LoginThrottle nodeB = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		String username = "nodes-" + UUID.randomUUID();

		fail(nodeA, username);
		fail(nodeB, username);
		fail(nodeA, username);
		fail(nodeB, username);
		assertThat(nodeA.minutesToWait(username, address)).as("four failures: not yet locked").isZero();
		assertThat(nodeB.minutesToWait(username, address)).isZero();

		fail(nodeA, username);
		assertThat(nodeA.minutesToWait(username, address)).isEqualTo(15);
		assertThat(nodeB.minutesToWait(username.toUpperCase(), address)).as("the other node, the name in capitals")
			.isEqualTo(15);
		assertThat(nodeB.minutesToWait("someone-else-" + UUID.randomUUID(), "198.51.100.1")).isZero();
	}

	@Test
	void aSuccessOnOneNodeClearsTheNameOnTheOther() {
		LoginThrottle nodeA = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		LoginThrottle nodeB = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		String username = "nodes-" + UUID.randomUUID();
		for (int attempt = 1; attempt <= 4; attempt++) {
			fail(nodeB, username);
		}
		nodeA.onSuccess(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of())));
		fail(nodeB, username);
		assertThat(nodeB.minutesToWait(username, address)).as("one failure after the success").isZero();
	}

	@Test
	void anAddressIsCountedAcrossNodesForAllNames() {
		LoginThrottle nodeA = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		LoginThrottle nodeB = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		for (int attempt = 1; attempt <= 8; attempt++) {
			fail(attempt % 2 == 0 ? nodeA : nodeB, "name-" + attempt + "-" + UUID.randomUUID());
		}
		assertThat(nodeA.minutesToWait("a-fresh-name-" + UUID.randomUUID(), address)).isEqualTo(15);
		assertThat(nodeB.minutesToWait("a-fresh-name-" + UUID.randomUUID(), address)).isEqualTo(15);
	}

	@Test
	void checkingANameThatNeverFailedLeavesNoRow() {
		LoginThrottle node = new LoginThrottle(SETTINGS, dataSource, twoFactor);
		String username = "nodes-" + UUID.randomUUID();
		assertThat(node.minutesToWait(username, address)).isZero();
		assertThat(jdbc.sql("select count(*) from platform_login_throttle where id in (:user, :address)")
			.param("user", "user:" + username).param("address", "addr:" + address)
			.query(Long.class).single()).isZero();
	}

	void fail(LoginThrottle node, String username) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				"wrong");
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		node.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
	}
}

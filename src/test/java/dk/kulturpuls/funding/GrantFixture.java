package dk.kulturpuls.funding;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.kulturpuls.grants.Grants;
import dk.kulturpuls.platform.Money;

/**
 * For the grants module's tests: a granted application of a new pool (its largest grant is its budget), decided by
 * the demo officer through the decisions service, and the grant the grants module made of it.
 */
@Component
public class GrantFixture {

	/** A granted application, its pool, the applicant (password "secret-" + username) and the grant's id. */
	public record Granted(UUID applicationId, UUID poolId, String applicant, String password, String title,
			UUID grantId) {
	}

	private final ReviewFixture fixture;
	private final Decisions decisions;
	private final Grants grants;

	GrantFixture(ReviewFixture fixture, Decisions decisions, Grants grants) {
		this.fixture = fixture;
		this.decisions = decisions;
		this.grants = grants;
	}

	/**
	 * A pool with the budget, one application requesting the amount, granted in full with the conditions. Its call
	 * stays open: use a budget other than 50.000 kr., which funding's tests take for the demo small pool's call.
	 */
	public Granted grant(Money budget, Money amount, String conditions) {
		return grant(budget, amount, conditions, null);
	}

	/** As {@link #grant(Money, Money, String)}, the application naming a partner. */
	public Granted grant(Money budget, Money amount, String conditions, String partner) {
		ReviewFixture.Setup setup = fixture.create(budget, partner, amount);
		fixture.screenEligible(setup);
		UUID application = setup.applications().getFirst();
		decisions.decide(application, Decision.Outcome.GRANTED, amount, conditions, null, "officer");
		await().atMost(Duration.ofSeconds(60)).until(() -> grants.forApplication(application).isPresent());
		return new Granted(application, setup.pool().id().value(), setup.applicant(), "secret-" + setup.applicant(),
				setup.titles().getFirst(), grants.forApplication(application).orElseThrow().id());
	}

	/** A pool with the budget and one granted application per amount, all of one applicant, granted in full. */
	public java.util.List<Granted> grants(Money budget, Money... amounts) {
		ReviewFixture.Setup setup = fixture.create(budget, null, amounts);
		fixture.screenEligible(setup);
		java.util.List<Granted> granted = new java.util.ArrayList<>();
		for (int i = 0; i < amounts.length; i++) {
			UUID application = setup.applications().get(i);
			decisions.decide(application, Decision.Outcome.GRANTED, amounts[i], null, null, "officer");
			await().atMost(Duration.ofSeconds(60)).until(() -> grants.forApplication(application).isPresent());
			granted.add(new Granted(application, setup.pool().id().value(), setup.applicant(),
					"secret-" + setup.applicant(), setup.titles().get(i),
					grants.forApplication(application).orElseThrow().id()));
		}
		return granted;
	}

	/** Another applicant with an application of its own, to try someone else's grant. */
	public String otherApplicant() {
		return fixture.create(Money.ofKroner(100_000), null, Money.ofKroner(10_000)).applicant();
	}

	/** A pool's committed figure as the officer's pages show it. */
	public Money committed(UUID pool) {
		return decisions.committed(new PoolId(pool));
	}
}

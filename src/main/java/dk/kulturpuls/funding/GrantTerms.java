package dk.kulturpuls.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.kulturpuls.platform.Money;

/**
 * The terms a grant will follow once decided: its acceptance deadline, payment plan and reporting obligations. The
 * grants module owns the rules and implements this; the decision letter states what it answers, so that the letter
 * and the grant the grantee then sees are the same.
 */
public interface GrantTerms {

	Terms terms(UUID poolId, Money amount, LocalDate decidedOn, LocalDate start, LocalDate end);

	/** The terms; {@code accountsTier} is SWORN_STATEMENT, QUALIFIED or AUDITOR. */
	record Terms(LocalDate acceptBy, List<Instalment> instalments, List<Obligation> obligations, String accountsTier) {
	}

	/**
	 * An instalment and what releases it: {@code releasedBy} is ACCEPTANCE, STATUS_REPORT (with its number) or
	 * FINAL_REPORT.
	 */
	record Instalment(int number, int sharePercent, Money amount, String releasedBy, int reportNumber) {
	}

	/** A reporting obligation: STATUS_REPORT (with its number), FINAL_REPORT or ACCOUNTS, and its due date. */
	record Obligation(String kind, int number, LocalDate due) {
	}
}

package dk.kulturpuls.grants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.kulturpuls.platform.Money;

/**
 * The payment plan and reporting obligations of a new grant, from its pool kind's rules: the first instalment at
 * acceptance, the middle ones each after an approved status report, the last held back until the final report is
 * approved (one instalment: paid at acceptance). Amounts are whole kroner; the last takes what rounding leaves.
 */
record PaymentPlan(List<Obligation> obligations, List<Instalment> instalments) {

	/** An obligation of the plan; {@code index} is its place in {@link #obligations}. */
	record Obligation(ObligationKind kind, int number, LocalDate due, String accountsTier) {
	}

	/** An instalment; {@code releasedBy} is the index of the obligation whose approval makes it due. */
	record Instalment(int number, int sharePercent, Money amount, int releasedBy) {
	}

	/** A pool kind's rules: instalment shares in per cent, status report interval (null: none), final report lag. */
	record Rules(String kind, List<Integer> shares, Money fourEyesAbove, Integer statusReportMonths,
			int finalReportMonths, Money maxGrant) {

		static List<Integer> parseShares(String text) {
			return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
		}
	}

	/** The grant's period: the application's, or a year from the decision day when the application gave none. */
	record Period(LocalDate start, LocalDate end) {

		static Period of(LocalDate start, LocalDate end, LocalDate today) {
			LocalDate from = start != null ? start : today;
			return new Period(from, end != null && end.isAfter(from) ? end : from.plusMonths(12));
		}
	}

	static final Money SWORN_STATEMENT_LIMIT = Money.ofKroner(100_000);
	static final Money QUALIFIED_ACCOUNTS_LIMIT = Money.ofKroner(500_000);

	/** The accounts the grant's size calls for (Danish practice). */
	static String accountsTier(Money amount) {
		if (!amount.isGreaterThan(SWORN_STATEMENT_LIMIT)) {
			return "SWORN_STATEMENT";
		}
		return amount.isGreaterThan(QUALIFIED_ACCOUNTS_LIMIT) ? "AUDITOR" : "QUALIFIED";
	}

	static PaymentPlan of(Rules rules, Money amount, LocalDate acceptBy, LocalDate start, LocalDate end) {
		List<Integer> shares = rules.shares();
		if (shares.isEmpty() || shares.stream().mapToInt(Integer::intValue).sum() != 100) {
			throw new IllegalArgumentException("instalment shares must add up to 100: " + shares);
		}
		List<Obligation> obligations = new ArrayList<>();
		obligations.add(new Obligation(ObligationKind.ACCEPTANCE, 1, acceptBy, null));
		int middle = Math.max(0, shares.size() - 2);
		List<LocalDate> reports = new ArrayList<>();
		if (rules.statusReportMonths() != null) {
			for (LocalDate d = start.plusMonths(rules.statusReportMonths()); d.isBefore(end); d = d
				.plusMonths(rules.statusReportMonths())) {
				reports.add(d);
			}
		}
		while (reports.size() < middle) {
			// a short project still reports before each middle instalment: spread the reports over its period
			long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end));
			reports.clear();
			for (int i = 1; i <= middle; i++) {
				reports.add(start.plusDays(days * i / (middle + 1)));
			}
		}
		for (int i = 0; i < reports.size(); i++) {
			obligations.add(new Obligation(ObligationKind.STATUS_REPORT, i + 1, reports.get(i), null));
		}
		LocalDate finalDue = end.plusMonths(rules.finalReportMonths());
		int finalIndex = obligations.size();
		obligations.add(new Obligation(ObligationKind.FINAL_REPORT, 1, finalDue, null));
		obligations.add(new Obligation(ObligationKind.ACCOUNTS, 1, finalDue, accountsTier(amount)));

		List<Instalment> instalments = new ArrayList<>();
		long kroner = amount.ore() / 100;
		long left = amount.ore();
		for (int i = 0; i < shares.size(); i++) {
			boolean last = i == shares.size() - 1;
			long ore = last ? left : kroner * shares.get(i) / 100 * 100;
			left -= ore;
			int releasedBy = i == 0 ? 0 : last ? finalIndex : i; // status report i is obligation i
			instalments.add(new Instalment(i + 1, shares.get(i), new Money(ore), releasedBy));
		}
		return new PaymentPlan(obligations, instalments);
	}
}

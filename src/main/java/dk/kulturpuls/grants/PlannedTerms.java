package dk.kulturpuls.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dk.kulturpuls.funding.GrantTerms;
import dk.kulturpuls.platform.Money;

/**
 * The terms the decision letter states, from the same rules and plan the grant is then created with: the acceptance
 * deadline ({@code kulturpuls.grants.acceptance-days} after the decision), the instalments and what releases each,
 * the reports with their due dates, and the accounts the grant's size calls for.
 */
@Component
class PlannedTerms implements GrantTerms {

	private final PoolKinds kinds;
	private final int acceptanceDays;

	PlannedTerms(PoolKinds kinds, @Value("${kulturpuls.grants.acceptance-days:30}") int acceptanceDays) {
		this.kinds = kinds;
		this.acceptanceDays = acceptanceDays;
	}

	@Override
	public Terms terms(UUID poolId, Money amount, LocalDate decidedOn, LocalDate start, LocalDate end) {
		LocalDate acceptBy = decidedOn.plusDays(acceptanceDays);
		PaymentPlan.Period period = PaymentPlan.Period.of(start, end, decidedOn);
		PaymentPlan plan = PaymentPlan.of(kinds.rulesFor(poolId), amount, acceptBy, period.start(), period.end());
		List<Instalment> instalments = plan.instalments().stream().map(i -> {
			PaymentPlan.Obligation by = plan.obligations().get(i.releasedBy());
			return new Instalment(i.number(), i.sharePercent(), i.amount(), by.kind().name(), by.number());
		}).toList();
		List<Obligation> obligations = plan.obligations().stream()
			.filter(o -> o.kind() != ObligationKind.ACCEPTANCE)
			.map(o -> new Obligation(o.kind().name(), o.number(), o.due())).toList();
		return new Terms(acceptBy, instalments, obligations, PaymentPlan.accountsTier(amount));
	}
}

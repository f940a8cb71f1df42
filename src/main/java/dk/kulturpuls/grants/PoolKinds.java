package dk.kulturpuls.grants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.Money;

/**
 * The payment and reporting rules per kind of pool (table {@code grants_pool_kind}): a pool is of the kind set for
 * it in {@code grants_pool_setting}, or else a small-projects pool when its largest grant fits the small kind's
 * limit, and a signature pool otherwise. A pool may set its own four-eyes amount.
 */
@Component
@Transactional(readOnly = true)
class PoolKinds {

	private final JdbcClient jdbc;
	private final GrantDecisions funding;

	PoolKinds(JdbcClient jdbc, GrantDecisions funding) {
		this.jdbc = jdbc;
		this.funding = funding;
	}

	List<PaymentPlan.Rules> all() {
		return jdbc.sql("""
				select kind, shares, four_eyes_above_ore, status_report_months, final_report_months, max_grant_ore
				from grants_pool_kind order by max_grant_ore nulls last""")
			.query((rs, n) -> new PaymentPlan.Rules(rs.getString(1), PaymentPlan.Rules.parseShares(rs.getString(2)),
					new Money(rs.getLong(3)), rs.getObject(4) == null ? null : rs.getInt(4), rs.getInt(5),
					rs.getObject(6) == null ? null : new Money(rs.getLong(6))))
			.list();
	}

	PaymentPlan.Rules rulesFor(UUID poolId) {
		List<PaymentPlan.Rules> all = all();
		Optional<String> set = poolId == null ? Optional.empty()
				: jdbc.sql("select kind from grants_pool_setting where pool_id = :p and kind is not null")
					.param("p", poolId).query(String.class).optional();
		if (set.isPresent()) {
			return all.stream().filter(r -> r.kind().equals(set.get())).findFirst().orElseThrow();
		}
		Money maxGrant = funding.pool(poolId).map(GrantDecisions.PoolTerms::maxGrant).orElse(null);
		return all.stream()
			.filter(r -> r.maxGrant() == null || (maxGrant != null && !maxGrant.isGreaterThan(r.maxGrant())))
			.findFirst().orElseThrow();
	}

	/** The amount above which releasing an instalment of the pool's grants takes a second officer. */
	Money fourEyesAbove(UUID poolId) {
		Optional<Long> own = poolId == null ? Optional.empty()
				: jdbc.sql("select four_eyes_above_ore from grants_pool_setting where pool_id = :p and four_eyes_above_ore is not null")
					.param("p", poolId).query(Long.class).optional();
		return own.map(Money::new).orElseGet(() -> rulesFor(poolId).fourEyesAbove());
	}
}

package dk.kulturpuls.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/** Reads a programme with its pools in one transaction, for the pages that show them. */
@Component
class ProgrammeOverview {

	record PoolView(PoolId id, LocalizedText name, LocalizedText description, Money budget, Money minGrant,
			Money maxGrant, Integer minDurationMonths, Integer maxDurationMonths) {
	}

	record View(ProgrammeId id, LocalizedText name, LocalizedText description, String coordinator,
			List<LocalizedText> goals, List<Category> offerTypes, List<Category> targetGroups, List<PoolView> pools) {

		public Money totalBudget() {
			return pools.stream().map(PoolView::budget).reduce(Money.ZERO, Money::plus);
		}
	}

	private final ProgrammeRepository programmes;
	private final PoolRepository pools;

	ProgrammeOverview(ProgrammeRepository programmes, PoolRepository pools) {
		this.programmes = programmes;
		this.pools = pools;
	}

	@Transactional(readOnly = true)
	Optional<View> current() {
		return programmes.findFirstByOrderByCoordinator().map(programme -> new View(programme.id(),
				programme.name(), programme.description(), programme.coordinator(), programme.goals(),
				programme.offerTypes(), programme.targetGroups(),
				pools.findByProgrammeIdOrderByMaxGrantOreDesc(programme.id().value()).stream()
					.map(pool -> new PoolView(pool.id(), pool.name(), pool.description(), pool.budget(),
							pool.minGrant(), pool.maxGrant(), pool.minDurationMonths(), pool.maxDurationMonths()))
					.toList()));
	}
}

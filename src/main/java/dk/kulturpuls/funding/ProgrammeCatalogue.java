package dk.kulturpuls.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.LocalizedText;

/**
 * The programme's classifications for other modules: the offer types and target groups that projects, outcomes
 * and the knowledge base are filtered and reported by.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

	/** An offer type or target group: its stable code and its name in Danish and English. */
	public record CategoryView(String code, LocalizedText name) {
	}

	private final ProgrammeRepository programmes;

	ProgrammeCatalogue(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	public List<CategoryView> offerTypes() {
		return programmes.findFirstByOrderByCoordinator()
			.map(p -> p.offerTypes().stream().map(c -> new CategoryView(c.code(), c.name())).toList())
			.orElse(List.of());
	}

	public List<CategoryView> targetGroups() {
		return programmes.findFirstByOrderByCoordinator()
			.map(p -> p.targetGroups().stream().map(c -> new CategoryView(c.code(), c.name())).toList())
			.orElse(List.of());
	}

	public Optional<CategoryView> offerType(String code) {
		return offerTypes().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public Optional<CategoryView> targetGroup(String code) {
		return targetGroups().stream().filter(c -> c.code().equals(code)).findFirst();
	}
}

package dk.kulturpuls.roundtable.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.roundtable.Roundtables;

/** Candidate initiatives, their maturity assessment and the ranking with the shortlist. Changes are audited. */
@Service
@Transactional
public class Initiatives {

	private final InitiativeRepository initiatives;
	private final Roundtables roundtables;
	private final AuditTrail audit;
	private final Clock clock;

	Initiatives(InitiativeRepository initiatives, Roundtables roundtables, AuditTrail audit, Clock clock) {
		this.initiatives = initiatives;
		this.roundtables = roundtables;
		this.audit = audit;
		this.clock = clock;
	}

	public UUID add(UUID roundtable, String name, String description, String lead) {
		if (roundtables.find(roundtable).isEmpty()) {
			throw new IllegalArgumentException("no such roundtable");
		}
		Initiative initiative = initiatives.save(new Initiative(roundtable, name, description, lead,
				Instant.now(clock)));
		audit.record("roundtable-initiative", initiative.id().toString(), "added", name);
		return initiative.id();
	}

	public void assess(UUID initiative, Map<Criterion, Assessment> scores) {
		Initiative i = initiatives.findById(initiative)
			.orElseThrow(() -> new IllegalArgumentException("no such initiative"));
		i.assess(scores);
		audit.record("roundtable-initiative", initiative.toString(), "assessed", scores.entrySet().stream()
			.map(e -> e.getKey() + "=" + e.getValue().score()).collect(Collectors.joining(", ")));
	}

	@Transactional(readOnly = true)
	public Maturity.Ranking ranking(UUID roundtable) {
		return Maturity.rank(initiatives.findByRoundtableIdOrderByCreatedAtAsc(roundtable).stream()
			.map(Initiative::candidate).toList());
	}

	@Transactional(readOnly = true)
	public Optional<Maturity.Candidate> find(UUID initiative) {
		return initiatives.findById(initiative).map(Initiative::candidate);
	}
}

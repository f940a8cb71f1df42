package dk.kulturpuls.geography;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/** The municipalities, for every module that reports where things happen. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

	/** Region Nordjylland's code in DAGI. */
	public static final String NORTH_JUTLAND = "1081";

	private final MunicipalityRepository repository;
	private final AuditTrail audit;

	Municipalities(MunicipalityRepository repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	public List<MunicipalityView> all() {
		return repository.findAllByOrderByName().stream().map(Municipality::view).toList();
	}

	public List<MunicipalityView> inRegion(String regionCode) {
		return repository.findByRegionCodeOrderByName(regionCode).stream().map(Municipality::view).toList();
	}

	public Optional<MunicipalityView> find(MunicipalityCode code) {
		return repository.findById(code.value()).map(Municipality::view);
	}

	/**
	 * Sets the inhabitants of the municipalities in {@code inhabitants} (by code), counted as of {@code asOf} by
	 * {@code source}; the other municipalities keep what they had. Recorded in the audit trail.
	 */
	@Transactional
	void countPopulations(Map<String, Integer> inhabitants, String asOf, String source, String fileName) {
		List<Municipality> counted = repository.findAllById(inhabitants.keySet());
		counted.forEach(m -> m.countPopulation(inhabitants.get(m.code()), asOf, source));
		audit.record("municipality-population", "all", "imported", "%d municipalities, %s, %s (%s)"
			.formatted(counted.size(), source, asOf, fileName));
	}
}

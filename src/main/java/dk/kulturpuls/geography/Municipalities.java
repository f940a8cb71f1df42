package dk.kulturpuls.geography;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities, for every module that reports where things happen. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

	/** Region Nordjylland's code in DAGI. */
	public static final String NORTH_JUTLAND = "1081";

	private final MunicipalityRepository repository;

	Municipalities(MunicipalityRepository repository) {
		this.repository = repository;
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
}

package dk.kulturpuls.geography;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, String> {

	List<Municipality> findByRegionCodeOrderByName(String regionCode);

	List<Municipality> findAllByOrderByName();
}

package dk.kulturpuls.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoolRepository extends JpaRepository<Pool, UUID> {

	List<Pool> findByProgrammeIdOrderByMaxGrantOreDesc(UUID programmeId);

	Optional<Pool> findFirstByNameDa(String nameDa);
}

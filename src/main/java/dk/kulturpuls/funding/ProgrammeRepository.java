package dk.kulturpuls.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

	@EntityGraph(attributePaths = { "goals" })
	List<Programme> findAllByOrderByCoordinator();

	Optional<Programme> findFirstByOrderByCoordinator();

	boolean existsByNameDa(String nameDa);
}

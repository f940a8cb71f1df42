package dk.kulturpuls.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	List<Organisation> findAllByOrderByNameAsc();

	Optional<Organisation> findFirstByNameIgnoreCase(String name);
}

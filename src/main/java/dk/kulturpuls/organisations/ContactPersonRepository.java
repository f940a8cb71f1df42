package dk.kulturpuls.organisations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPersonRepository extends JpaRepository<ContactPerson, UUID> {

	List<ContactPerson> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	List<ContactPerson> findByOrganisationIdIn(Collection<UUID> organisationIds);

	List<ContactPerson> findByUsername(String username);
}

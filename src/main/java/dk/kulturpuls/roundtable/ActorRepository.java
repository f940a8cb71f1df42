package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActorRepository extends JpaRepository<Actor, UUID> {

	List<Actor> findByRoundtableId(UUID roundtableId);

	boolean existsByRoundtableIdAndOrganisationId(UUID roundtableId, UUID organisationId);
}

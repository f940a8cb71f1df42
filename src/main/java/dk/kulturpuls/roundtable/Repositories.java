package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundtableRepository extends JpaRepository<Roundtable, UUID> {

	List<Roundtable> findAllByOrderByFirstYearAscNameAsc();

	Optional<Roundtable> findFirstByName(String name);
}

interface ActorRepository extends JpaRepository<Actor, UUID> {

	List<Actor> findByRoundtableId(UUID roundtableId);

	boolean existsByRoundtableIdAndOrganisationId(UUID roundtableId, UUID organisationId);
}

interface RelationRepository extends JpaRepository<Relation, UUID> {

	List<Relation> findByRoundtableId(UUID roundtableId);
}

interface WorkshopRepository extends JpaRepository<Workshop, UUID> {

	List<Workshop> findByRoundtableIdOrderByDateAsc(UUID roundtableId);
}

interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

	List<Assignment> findByRoundtableIdOrderByDueDateAsc(UUID roundtableId);

	List<Assignment> findByWorkshopIdOrderByDueDateAsc(UUID workshopId);

	List<Assignment> findAllByOrderByDueDateAsc();
}

package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

	List<Assignment> findByRoundtableIdOrderByDueDateAsc(UUID roundtableId);

	List<Assignment> findByWorkshopIdOrderByDueDateAsc(UUID workshopId);

	List<Assignment> findAllByOrderByDueDateAsc();
}

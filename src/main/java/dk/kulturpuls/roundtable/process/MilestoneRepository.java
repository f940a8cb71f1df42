package dk.kulturpuls.roundtable.process;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, UUID> {

	List<Milestone> findByRoundtableIdOrderByDueDateAscTitleAsc(UUID roundtableId);

	boolean existsByRoundtableId(UUID roundtableId);
}

package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkshopRepository extends JpaRepository<Workshop, UUID> {

	List<Workshop> findByRoundtableIdOrderByDateAsc(UUID roundtableId);
}

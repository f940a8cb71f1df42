package dk.kulturpuls.roundtable.initiatives;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, UUID> {

	List<Initiative> findByRoundtableIdOrderByCreatedAtAsc(UUID roundtableId);
}

package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RelationRepository extends JpaRepository<Relation, UUID> {

	List<Relation> findByRoundtableId(UUID roundtableId);
}

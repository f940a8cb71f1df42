package dk.kulturpuls.roundtable.report;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationSnapshotRepository extends JpaRepository<EvaluationSnapshot, UUID> {

	List<EvaluationSnapshot> findByRoundtableIdOrderByIssuedAtDesc(UUID roundtableId);
}

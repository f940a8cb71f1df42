package dk.kulturpuls.roundtable.recommendations;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, UUID> {

	List<Recommendation> findByRoundtableIdOrderByCreatedAtAsc(UUID roundtableId);
}

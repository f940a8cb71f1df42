package dk.kulturpuls.outcomes;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

	List<Participant> findByProjectIdOrderByCreatedAt(UUID projectId);
}

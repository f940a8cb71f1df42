package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallRepository extends JpaRepository<Call, UUID> {

	List<Call> findByStatusAndDeadlineAfterOrderByDeadline(CallStatus status, Instant now);

	List<Call> findAllByOrderByDeadlineDesc();

	boolean existsByPoolId(UUID poolId);
}

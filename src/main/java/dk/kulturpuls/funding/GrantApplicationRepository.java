package dk.kulturpuls.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface GrantApplicationRepository extends JpaRepository<GrantApplication, UUID> {

	List<GrantApplication> findByOrganisationIdOrderByUpdatedAtDesc(UUID organisationId);

	/** Locks the row for a submission, so that two concurrent submissions of one draft run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from GrantApplication a where a.id = :id")
	Optional<GrantApplication> findForUpdate(UUID id);

	long countByCallId(UUID callId);

	long countByCallIdAndStatus(UUID callId, ApplicationStatus status);
}

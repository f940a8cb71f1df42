package dk.kulturpuls.roundtable.conference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	Optional<Registration> findByTokenHash(String tokenHash);

	List<Registration> findByConferenceIdOrderBySequenceAsc(UUID conferenceId);

	List<Registration> findByConferenceIdAndStatusOrderBySequenceAsc(UUID conferenceId, RegistrationStatus status);

	long countByConferenceIdAndStatus(UUID conferenceId, RegistrationStatus status);

	@Query("select count(r) > 0 from Registration r where r.conferenceId = :conference and lower(r.email) = lower(:email) and r.status <> dk.kulturpuls.roundtable.conference.RegistrationStatus.CANCELLED")
	boolean activeWithEmail(@Param("conference") UUID conference, @Param("email") String email);
}

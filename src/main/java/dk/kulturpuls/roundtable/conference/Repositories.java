package dk.kulturpuls.roundtable.conference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConferenceRepository extends JpaRepository<Conference, UUID> {

	Optional<Conference> findByRoundtableId(UUID roundtableId);

	@Query("select c from Conference c where c.status <> dk.kulturpuls.roundtable.conference.ConferenceStatus.PLANNED order by c.date desc")
	List<Conference> published();

	/** The conference with its row locked until the transaction ends: seats are handed out one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Conference c where c.id = :id")
	Optional<Conference> lock(@Param("id") UUID id);
}

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	Optional<Registration> findByTokenHash(String tokenHash);

	List<Registration> findByConferenceIdOrderBySequenceAsc(UUID conferenceId);

	List<Registration> findByConferenceIdAndStatusOrderBySequenceAsc(UUID conferenceId, RegistrationStatus status);

	long countByConferenceIdAndStatus(UUID conferenceId, RegistrationStatus status);

	@Query("select count(r) > 0 from Registration r where r.conferenceId = :conference and lower(r.email) = lower(:email) and r.status <> dk.kulturpuls.roundtable.conference.RegistrationStatus.CANCELLED")
	boolean activeWithEmail(@Param("conference") UUID conference, @Param("email") String email);
}

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByConferenceIdOrderByNameAsc(UUID conferenceId);

	@Query("select i from Invitation i where lower(i.email) in :emails order by i.invitedAt")
	List<Invitation> findByEmails(@Param("emails") java.util.Collection<String> emails);

	@Query("select count(i) > 0 from Invitation i where i.conferenceId = :conference and lower(i.email) = lower(:email)")
	boolean existsWithEmail(@Param("conference") UUID conference, @Param("email") String email);
}

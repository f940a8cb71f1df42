package dk.kulturpuls.roundtable.conference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByConferenceIdOrderByNameAsc(UUID conferenceId);

	@Query("select i from Invitation i where lower(i.email) in :emails order by i.invitedAt")
	List<Invitation> findByEmails(@Param("emails") java.util.Collection<String> emails);

	@Query("select count(i) > 0 from Invitation i where i.conferenceId = :conference and lower(i.email) = lower(:email)")
	boolean existsWithEmail(@Param("conference") UUID conference, @Param("email") String email);
}

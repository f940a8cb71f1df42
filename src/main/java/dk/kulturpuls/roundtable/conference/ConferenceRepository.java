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

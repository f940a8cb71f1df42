package dk.kulturpuls.roundtable.recommendations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DotVoteRepository extends JpaRepository<DotVote, UUID> {

	List<DotVote> findByRoundtableIdOrderByOpenedAtAsc(UUID roundtableId);

	Optional<DotVote> findByWorkshopId(UUID workshopId);

	List<DotVote> findByWorkshopIdIn(java.util.Collection<UUID> workshopIds);
}

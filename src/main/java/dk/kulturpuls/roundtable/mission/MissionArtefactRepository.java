package dk.kulturpuls.roundtable.mission;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MissionArtefactRepository extends JpaRepository<MissionArtefact, UUID> {

	List<MissionArtefact> findByRoundtableIdOrderByAddedAtAsc(UUID roundtableId);
}

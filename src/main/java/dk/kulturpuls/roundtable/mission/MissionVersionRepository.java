package dk.kulturpuls.roundtable.mission;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MissionVersionRepository extends JpaRepository<MissionVersion, UUID> {

	List<MissionVersion> findByRoundtableIdOrderByNumberDesc(UUID roundtableId);
}

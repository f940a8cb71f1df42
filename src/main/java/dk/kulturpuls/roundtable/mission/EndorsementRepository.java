package dk.kulturpuls.roundtable.mission;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EndorsementRepository extends JpaRepository<Endorsement, UUID> {

	List<Endorsement> findByRoundtableIdOrderByEndorsedOnAsc(UUID roundtableId);

	boolean existsByVersionIdAndOrganisationId(UUID versionId, UUID organisationId);
}

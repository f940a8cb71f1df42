package dk.kulturpuls.funding;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantOrganisationRepository extends JpaRepository<ApplicantOrganisation, UUID> {

	boolean existsByCvr(String cvr);
}

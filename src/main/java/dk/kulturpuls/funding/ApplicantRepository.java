package dk.kulturpuls.funding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantRepository extends JpaRepository<Applicant, String> {

	Optional<Applicant> findByVerificationToken(String token);
}

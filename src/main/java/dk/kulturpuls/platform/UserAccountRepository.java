package dk.kulturpuls.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	@EntityGraph(attributePaths = "roles")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByDemoTrue();

	@EntityGraph(attributePaths = "roles")
	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findByDemoTrueOrderByUsername();
}

package dk.kulturpuls.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	@EntityGraph(attributePaths = "roles")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByDemoTrue();

	@EntityGraph(attributePaths = "roles")
	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findByDemoTrueOrderByUsername();

	/** Accounts whose user name, name or e-mail contains the text (lower case, with % around), with a role. */
	@Query(value = """
			select a from UserAccount a
			where (:text is null or lower(a.username) like :text or lower(a.displayName) like :text
			       or lower(a.email) like :text)
			  and (:role is null or :role member of a.roles)""",
			countQuery = """
			select count(a) from UserAccount a
			where (:text is null or lower(a.username) like :text or lower(a.displayName) like :text
			       or lower(a.email) like :text)
			  and (:role is null or :role member of a.roles)""")
	Page<UserAccount> search(@Param("text") String text, @Param("role") Role role, Pageable pageable);
}

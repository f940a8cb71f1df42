package dk.kulturpuls.projects;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

	@EntityGraph(attributePaths = { "targetGroups", "municipalities", "staff" })
	@Query("select p from Project p order by p.name")
	List<Project> findAllWithDetails();

	@EntityGraph(attributePaths = { "targetGroups", "municipalities", "staff" })
	@Query("select p from Project p where p.id = :id")
	Optional<Project> findWithDetails(UUID id);

	@EntityGraph(attributePaths = { "targetGroups", "municipalities", "staff" })
	@Query("select distinct p from Project p join p.staff s where s = :username order by p.name")
	List<Project> findByStaffMember(String username);

	boolean existsByName(String name);

	/** The project of a grant, by the granted application's id. */
	@EntityGraph(attributePaths = { "targetGroups", "municipalities", "staff" })
	Optional<Project> findByGrantId(UUID grantId);
}

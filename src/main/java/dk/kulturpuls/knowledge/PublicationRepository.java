package dk.kulturpuls.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicationRepository extends JpaRepository<Publication, UUID> {

	@EntityGraph(attributePaths = { "targetGroups", "municipalities" })
	@Query("select p from Publication p order by p.publishedAt desc")
	List<Publication> findAllWithDetails();

	boolean existsByTitle(String title);
}

package dk.kulturpuls.projects;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, UUID> {

	List<ProjectDocument> findByProjectIdOrderByAddedAtDesc(UUID projectId);
}

package dk.kulturpuls.funding;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

	List<Attachment> findByApplicationIdOrderByUploadedAt(UUID applicationId);
}

package dk.kulturpuls.outcomes;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * Who may open a project's outcomes pages: its own staff (PROJECT_LEAD accounts on the project). Anybody else gets
 * 404, so that a page does not even confirm that the project exists.
 */
@Component
class ProjectAccess {

	private final Projects projects;
	private final Participants participants;

	ProjectAccess(Projects projects, Participants participants) {
		this.projects = projects;
		this.participants = participants;
	}

	ProjectView ownProject(UUID projectId, Authentication user) {
		ProjectId id = new ProjectId(projectId);
		if (!projects.isStaff(id, user.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return projects.find(id).orElseThrow();
	}

	/** Any project, for the programme officer (who is guarded by the /officer prefix). */
	ProjectView anyProject(UUID projectId) {
		return projects.find(new ProjectId(projectId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Participants.Participant ownParticipant(UUID projectId, UUID participantId, Authentication user) {
		ownProject(projectId, user);
		return participants.find(participantId).filter(p -> p.projectId().equals(projectId))
			.filter(p -> !p.withdrawn())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}

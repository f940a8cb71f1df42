package dk.kulturpuls.projects;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Keeps project statuses in step with the calendar. */
@Component
class ProjectStatusSchedule {

	private final Projects projects;

	ProjectStatusSchedule(Projects projects) {
		this.projects = projects;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "projects-status-update", lockAtMostFor = "PT10M")
	void update() {
		projects.updateStatuses();
	}
}

package dk.kulturpuls.outcomes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import dk.kulturpuls.projects.ProjectId;

/**
 * Imports that run beside the request, so that the page can show their progress. A job is kept in memory for the
 * user who started it; its problems (never the answers) are shown until the next start of the application.
 */
@Component
class ImportJobs implements DisposableBean {

	public enum Phase {
		CHECKING, SAVING, DONE, REJECTED, FAILED
	}

	/** The problems of one row of the file. */
	public record ProblemRow(long row, String columns, List<AnswerImport.Problem> problems) {
	}

	/** One import: its phase, how far it has come, and its problems or number of stored rows. */
	public static final class Job {

		final UUID id = UUID.randomUUID();
		final String owner;
		final ProjectId project;
		final String fileName;
		final AtomicInteger total = new AtomicInteger();
		final AtomicInteger done = new AtomicInteger();
		volatile Phase phase = Phase.CHECKING;
		volatile List<AnswerImport.Problem> problems = List.of();
		volatile int stored;

		Job(String owner, ProjectId project, String fileName, int lines) {
			this.owner = owner;
			this.project = project;
			this.fileName = fileName;
			this.total.set(Math.max(1, lines) * 2);
		}

		public UUID getId() {
			return id;
		}

		public Phase getPhase() {
			return phase;
		}

		public boolean isRunning() {
			return phase == Phase.CHECKING || phase == Phase.SAVING;
		}

		/** Checking is the first half of the bar, saving the second. */
		public int getPercent() {
			return switch (phase) {
				case DONE, REJECTED, FAILED -> 100;
				default -> Math.min(99, done.get() * 100 / Math.max(1, total.get()));
			};
		}

		public List<AnswerImport.Problem> getProblems() {
			return problems;
		}

		/** The problems one line per row of the file, in row order (a row's several problems together). */
		public List<ProblemRow> getProblemRows() {
			java.util.Map<Long, List<AnswerImport.Problem>> byRow = new java.util.TreeMap<>();
			problems.forEach(p -> byRow.computeIfAbsent(p.row(), r -> new java.util.ArrayList<>()).add(p));
			return byRow.entrySet().stream().map(e -> new ProblemRow(e.getKey(), e.getValue().stream()
				.map(AnswerImport.Problem::column).filter(c -> !c.isEmpty()).distinct()
				.collect(java.util.stream.Collectors.joining(", ")), e.getValue())).toList();
		}

		public int getStored() {
			return stored;
		}

		public String getFileName() {
			return fileName;
		}
	}

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
	private final AnswerImport answerImport;
	/** The module's own workers (at most two imports at a time), so that it depends on no other module's executor. */
	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("outcomes-import-");

	ImportJobs(AnswerImport answerImport) {
		this.answerImport = answerImport;
		this.executor.setConcurrencyLimit(2);
		this.executor.setVirtualThreads(true);
	}

	@Override
	public void destroy() {
		executor.close();
	}

	Job start(String owner, ProjectId project, String fileName, byte[] file) {
		int lines = (int) new String(file, java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
		Job job = new Job(owner, project, fileName, lines);
		jobs.put(job.id, job);
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(job, file)));
		return job;
	}

	private void run(Job job, byte[] file) {
		try {
			AnswerImport.Result result = answerImport.check(job.project, file, job.done::set);
			if (!result.problems().isEmpty()) {
				job.problems = result.problems();
				job.phase = Phase.REJECTED;
				return;
			}
			int checked = result.rows().size();
			job.total.set(checked * 2);
			job.done.set(checked);
			job.phase = Phase.SAVING;
			job.stored = answerImport.store(job.project, result.rows(), job.fileName, n -> job.done.set(checked + n));
			job.phase = Phase.DONE;
		}
		catch (RuntimeException e) {
			job.problems = List.of(new AnswerImport.Problem(0, "", "outcomes.import.error.failed"));
			job.phase = Phase.FAILED;
		}
	}

	/** The job, for the user who started it and only for its project. */
	Optional<Job> find(UUID id, String owner, ProjectId project) {
		return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner) && j.project.equals(project));
	}
}

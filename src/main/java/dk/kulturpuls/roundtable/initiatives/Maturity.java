package dk.kulturpuls.roundtable.initiatives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The maturity ranking of a process's initiatives. An initiative is ranked once all five criteria are scored:
 * by its total (5–25), then by its weakest criterion (an initiative with no weak spot first), then by name; equal
 * totals and weakest scores share a rank. It is <em>ready to scale</em> when every criterion scores at least
 * {@value #READY_MINIMUM} and the total is at least {@value #READY_TOTAL}; the shortlist is the ready initiatives
 * in rank order, at most {@value #SHORTLIST_SIZE}.
 */
public final class Maturity {

	public static final int READY_MINIMUM = 3;
	public static final int READY_TOTAL = 18;
	public static final int SHORTLIST_SIZE = 5;

	private Maturity() {
	}

	/** An initiative with whatever assessment it has. */
	public record Candidate(UUID id, UUID roundtableId, String name, String description, String lead,
			Map<Criterion, Assessment> assessments) {

		public boolean complete() {
			return assessments.size() == Criterion.values().length;
		}

		public Integer total() {
			return complete() ? assessments.values().stream().mapToInt(Assessment::score).sum() : null;
		}

		public Integer weakest() {
			return complete() ? assessments.values().stream().mapToInt(Assessment::score).min().orElse(0) : null;
		}

		public boolean readyToScale() {
			return complete() && weakest() >= READY_MINIMUM && total() >= READY_TOTAL;
		}

		public Assessment of(Criterion criterion) {
			return assessments.get(criterion);
		}
	}

	/** A candidate's place: rank is null until the candidate is fully assessed. */
	public record Ranked(Integer rank, Candidate candidate, boolean shortlisted) {
	}

	/** The ranking (assessed candidates first, in rank order, then the others by name) and the shortlist. */
	public record Ranking(List<Ranked> ranked, List<Ranked> shortlist) {
	}

	public static Ranking rank(List<Candidate> candidates) {
		List<Candidate> assessed = candidates.stream().filter(Candidate::complete)
			.sorted(Comparator.comparing(Candidate::total).reversed()
				.thenComparing(Comparator.comparing(Candidate::weakest).reversed())
				.thenComparing(Candidate::name))
			.toList();
		List<Ranked> ranked = new ArrayList<>();
		int shortlisted = 0;
		for (int i = 0; i < assessed.size(); i++) {
			Candidate c = assessed.get(i);
			Ranked previous = i == 0 ? null : ranked.get(i - 1);
			int rank = previous != null && previous.candidate().total().equals(c.total())
					&& previous.candidate().weakest().equals(c.weakest()) ? previous.rank() : i + 1;
			boolean onShortlist = c.readyToScale() && shortlisted < SHORTLIST_SIZE;
			if (onShortlist) {
				shortlisted++;
			}
			ranked.add(new Ranked(rank, c, onShortlist));
		}
		candidates.stream().filter(c -> !c.complete()).sorted(Comparator.comparing(Candidate::name))
			.forEach(c -> ranked.add(new Ranked(null, c, false)));
		return new Ranking(List.copyOf(ranked), ranked.stream().filter(Ranked::shortlisted).toList());
	}
}

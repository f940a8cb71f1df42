package dk.kulturpuls.roundtable.recommendations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Dot voting at a workshop: each invited participant spreads up to {@code dotsPerParticipant} dots over the
 * process's recommendations (several on one if they like) while the voting is open. The result ranks the
 * recommendations by dots, then by the number of participants who gave them any.
 */
@Entity
@Table(name = "roundtable_dot_vote")
class DotVote {

	static final int MAX_DOTS = 50;

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(name = "workshop_id", nullable = false)
	private UUID workshopId;

	@Column(name = "dots_per_participant", nullable = false)
	private int dotsPerParticipant;

	@Column(nullable = false)
	private boolean open;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@ElementCollection
	@CollectionTable(name = "roundtable_dot", joinColumns = @JoinColumn(name = "vote_id"))
	private Set<Dot> dots = new LinkedHashSet<>();

	/** The dots one participant (a contact person) put on one recommendation. */
	@Embeddable
	record Dot(@Column(name = "contact_id", nullable = false) UUID contact,
			@Column(name = "recommendation_id", nullable = false) UUID recommendation,
			@Column(name = "dots", nullable = false) int count) {
	}

	/** Why a ballot was refused: the message key and its arguments. */
	static class BallotRefused extends RuntimeException {

		private final transient Object[] arguments;

		BallotRefused(String messageKey, Object... arguments) {
			super(messageKey);
			this.arguments = arguments;
		}

		Object[] arguments() {
			return arguments;
		}
	}

	protected DotVote() {
	}

	DotVote(UUID roundtableId, UUID workshopId, int dotsPerParticipant, Instant openedAt) {
		if (dotsPerParticipant < 1 || dotsPerParticipant > MAX_DOTS) {
			throw new IllegalArgumentException("between 1 and " + MAX_DOTS + " dots per participant");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.workshopId = workshopId;
		this.dotsPerParticipant = dotsPerParticipant;
		this.open = true;
		this.openedAt = openedAt;
	}

	/**
	 * Replaces a participant's dots. Refused when the voting is closed, a count is negative, a recommendation is
	 * not on the ballot, or more dots are spread than the participant has.
	 */
	void cast(UUID contact, Map<UUID, Integer> allocation, Set<UUID> ballot) {
		if (!open) {
			throw new BallotRefused("rt.vote.closed");
		}
		int total = 0;
		for (Map.Entry<UUID, Integer> entry : allocation.entrySet()) {
			if (!ballot.contains(entry.getKey())) {
				throw new BallotRefused("rt.vote.unknownRecommendation");
			}
			if (entry.getValue() == null || entry.getValue() < 0) {
				throw new BallotRefused("rt.vote.negative");
			}
			total += entry.getValue();
		}
		if (total > dotsPerParticipant) {
			throw new BallotRefused("rt.vote.tooMany", total, dotsPerParticipant);
		}
		dots.removeIf(d -> d.contact().equals(contact));
		allocation.forEach((recommendation, count) -> {
			if (count > 0) {
				dots.add(new Dot(contact, recommendation, count));
			}
		});
	}

	void close(Instant at) {
		open = false;
		closedAt = at;
	}

	void reopen() {
		open = true;
		closedAt = null;
	}

	/** A participant's dots per recommendation. */
	Map<UUID, Integer> ballotOf(UUID contact) {
		Map<UUID, Integer> mine = new HashMap<>();
		dots.stream().filter(d -> d.contact().equals(contact)).forEach(d -> mine.put(d.recommendation(), d.count()));
		return mine;
	}

	int voters() {
		return (int) dots.stream().map(Dot::contact).distinct().count();
	}

	/**
	 * The recommendations ranked by dots, then by voters (ties in both share a rank: 1, 2, 2, 4); the
	 * candidates are given as id → title so that recommendations without dots are shown too.
	 */
	List<Tally> result(Map<UUID, String> candidates) {
		List<Tally> tallies = new ArrayList<>();
		candidates.forEach((recommendation, title) -> {
			Collection<Dot> on = dots.stream().filter(d -> d.recommendation().equals(recommendation)).toList();
			Set<UUID> voters = new HashSet<>();
			on.forEach(d -> voters.add(d.contact()));
			tallies.add(new Tally(0, recommendation, title, on.stream().mapToInt(Dot::count).sum(), voters.size()));
		});
		tallies.sort(Comparator.comparingInt(Tally::dots).reversed().thenComparing(Comparator.comparingInt(Tally::voters).reversed())
			.thenComparing(Tally::title));
		List<Tally> ranked = new ArrayList<>();
		for (int i = 0; i < tallies.size(); i++) {
			Tally t = tallies.get(i);
			Tally previous = i == 0 ? null : ranked.get(i - 1);
			int rank = previous != null && previous.dots() == t.dots() && previous.voters() == t.voters()
					? previous.rank() : i + 1;
			ranked.add(new Tally(rank, t.recommendation(), t.title(), t.dots(), t.voters()));
		}
		return ranked;
	}

	/** A recommendation's place in the result. */
	record Tally(int rank, UUID recommendation, String title, int dots, int voters) {
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	UUID workshopId() {
		return workshopId;
	}

	int dotsPerParticipant() {
		return dotsPerParticipant;
	}

	boolean isOpen() {
		return open;
	}

	Instant openedAt() {
		return openedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DotVote v && Objects.equals(id, v.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}
}

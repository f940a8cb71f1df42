package dk.kulturpuls.roundtable.recommendations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.knowledge.Audience;
import dk.kulturpuls.knowledge.KnowledgeBase;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;
import dk.kulturpuls.roundtable.WorkshopView;

/**
 * The recommendations of a process and their prioritisation by dot voting at workshops. The secretariat writes
 * the recommendations and opens and closes the voting; participants invited to the workshop vote. Every change is
 * audited ({@code roundtable-recommendation}, {@code roundtable-vote}).
 */
@Service
@Transactional
public class Recommendations {

	private final RecommendationRepository recommendations;
	private final DotVoteRepository votes;
	private final Roundtables roundtables;
	private final Organisations organisations;
	private final KnowledgeBase knowledge;
	private final AuditTrail audit;
	private final Clock clock;

	Recommendations(RecommendationRepository recommendations, DotVoteRepository votes, Roundtables roundtables,
			Organisations organisations, KnowledgeBase knowledge, AuditTrail audit, Clock clock) {
		this.recommendations = recommendations;
		this.votes = votes;
		this.roundtables = roundtables;
		this.organisations = organisations;
		this.knowledge = knowledge;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the secretariat writes about a recommendation. */
	public record Details(String title, RecommendationType type, SystemLevel level, String addressee,
			String rationale, RecommendationStatus status, Set<UUID> publications) {
	}

	/** A publication of the knowledge base a recommendation rests on; href is its public page if it is public. */
	public record KnowledgeLink(UUID id, String title, String href) {
	}

	public record RecommendationView(UUID id, UUID roundtableId, String title, RecommendationType type,
			SystemLevel level, String addressee, String rationale, RecommendationStatus status,
			List<KnowledgeLink> knowledge) {
	}

	public record VoteView(UUID id, UUID roundtableId, UUID workshopId, String workshopTitle, LocalDate workshopDate,
			int dotsPerParticipant, boolean open, Instant openedAt, Instant closedAt, int voters) {
	}

	/** A recommendation's place in a vote's result. */
	public record Ranked(int rank, UUID recommendation, String title, int dots, int voters) {
	}

	public record Result(VoteView vote, List<Ranked> ranking, int dotsGiven) {
	}

	/** What a participant sees of a vote: the ballot with their dots so far and, when closed, the result. */
	public record Ballot(VoteView vote, UUID contact, List<RecommendationView> recommendations,
			Map<UUID, Integer> mine) {
	}

	// recommendations

	public UUID propose(UUID roundtable, Details details) {
		requireProcess(roundtable);
		checkPublications(details.publications());
		Recommendation recommendation = recommendations.save(new Recommendation(roundtable, details,
				Instant.now(clock)));
		audit.record("roundtable-recommendation", recommendation.id().toString(), "proposed",
				details.title() + " (" + details.type() + ", " + details.level() + ", " + details.status() + ")");
		return recommendation.id();
	}

	public void change(UUID recommendation, Details details) {
		Recommendation r = recommendations.findById(recommendation)
			.orElseThrow(() -> new IllegalArgumentException("no such recommendation"));
		checkPublications(details.publications());
		RecommendationStatus before = r.status();
		r.change(details);
		audit.record("roundtable-recommendation", recommendation.toString(), "changed",
				details.title() + (before != details.status() ? " status " + before + " -> " + details.status() : ""));
	}

	@Transactional(readOnly = true)
	public List<RecommendationView> all(UUID roundtable) {
		return recommendations.findByRoundtableIdOrderByCreatedAtAsc(roundtable).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<RecommendationView> find(UUID recommendation) {
		return recommendations.findById(recommendation).map(this::view);
	}

	/** The knowledge base's publications that can be linked: every publication staff may see. */
	@Transactional(readOnly = true)
	public List<KnowledgeLink> publications() {
		return knowledge.all().stream().sorted(Comparator.comparing(KnowledgeBase.PublicationView::title))
			.map(p -> new KnowledgeLink(p.id(), p.title(), p.publiclyVisible() ? "/public/knowledge/" + p.id() : null))
			.toList();
	}

	private void checkPublications(Set<UUID> publications) {
		for (UUID publication : publications) {
			if (knowledge.find(publication, Audience.STAFF).isEmpty()) {
				throw new IllegalArgumentException("rt.recommendation.publication.unknown");
			}
		}
	}

	private RecommendationView view(Recommendation r) {
		List<KnowledgeLink> links = r.publications().stream()
			.flatMap(id -> knowledge.find(id, Audience.STAFF).stream())
			.map(p -> new KnowledgeLink(p.id(), p.title(), p.publiclyVisible() ? "/public/knowledge/" + p.id() : null))
			.toList();
		return new RecommendationView(r.id(), r.roundtableId(), r.title(), r.type(), r.level(), r.addressee(),
				r.rationale(), r.status(), links);
	}

	// dot voting

	/** Opens dot voting at a workshop of the process (one vote per workshop). */
	public UUID openVote(UUID roundtable, UUID workshop, int dotsPerParticipant) {
		WorkshopView w = roundtables.workshop(workshop).filter(x -> x.roundtableId().equals(roundtable))
			.orElseThrow(() -> new IllegalArgumentException("rt.vote.workshop.unknown"));
		if (votes.findByWorkshopId(workshop).isPresent()) {
			throw new IllegalStateException("rt.vote.workshop.exists");
		}
		DotVote vote = votes.save(new DotVote(roundtable, w.id(), dotsPerParticipant, Instant.now(clock)));
		audit.record("roundtable-vote", vote.id().toString(), "opened",
				w.title() + ", " + dotsPerParticipant + " dots per participant");
		return vote.id();
	}

	public void close(UUID vote) {
		loadVote(vote).close(Instant.now(clock));
		audit.record("roundtable-vote", vote.toString(), "closed", "");
	}

	public void reopen(UUID vote) {
		loadVote(vote).reopen();
		audit.record("roundtable-vote", vote.toString(), "reopened", "");
	}

	@Transactional(readOnly = true)
	public List<VoteView> votes(UUID roundtable) {
		return votes.findByRoundtableIdOrderByOpenedAtAsc(roundtable).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<VoteView> vote(UUID vote) {
		return votes.findById(vote).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<Result> result(UUID vote) {
		return votes.findById(vote).map(v -> {
			Map<UUID, String> candidates = new LinkedHashMap<>();
			recommendations.findByRoundtableIdOrderByCreatedAtAsc(v.roundtableId())
				.forEach(r -> candidates.put(r.id(), r.title()));
			List<Ranked> ranking = v.result(candidates).stream()
				.map(t -> new Ranked(t.rank(), t.recommendation(), t.title(), t.dots(), t.voters())).toList();
			return new Result(view(v), ranking, ranking.stream().mapToInt(Ranked::dots).sum());
		});
	}

	/** The votes of the workshops a user is invited to (through their contact people), newest first. */
	@Transactional(readOnly = true)
	public List<VoteView> votesFor(String username) {
		Set<UUID> contacts = contactsOf(username);
		Set<UUID> workshops = roundtables.forParticipant(username).workshops().stream()
			.filter(w -> w.invited().stream().anyMatch(contacts::contains)).map(WorkshopView::id)
			.collect(Collectors.toSet());
		return votes.findByWorkshopIdIn(workshops).stream().map(this::view)
			.sorted(Comparator.comparing(VoteView::openedAt).reversed()).toList();
	}

	/** The user's ballot, if they are invited to the vote's workshop. */
	@Transactional(readOnly = true)
	public Optional<Ballot> ballot(UUID vote, String username) {
		DotVote v = votes.findById(vote).orElse(null);
		if (v == null) {
			return Optional.empty();
		}
		return voterOf(v, username).map(contact -> new Ballot(view(v), contact, all(v.roundtableId()),
				v.ballotOf(contact)));
	}

	/**
	 * Replaces the user's dots. Refused ({@link DotVote.BallotRefused}) when closed or too many dots are spread;
	 * {@link SecurityException} when the user is not invited to the workshop.
	 */
	public void cast(UUID vote, String username, Map<UUID, Integer> allocation) {
		DotVote v = loadVote(vote);
		UUID contact = voterOf(v, username).orElseThrow(() -> new SecurityException("not invited"));
		Set<UUID> ballot = recommendations.findByRoundtableIdOrderByCreatedAtAsc(v.roundtableId()).stream()
			.map(Recommendation::id).collect(Collectors.toSet());
		v.cast(contact, allocation, ballot);
		audit.record("roundtable-vote", vote.toString(), "dots cast",
				allocation.values().stream().mapToInt(Integer::intValue).sum() + " dots by contact " + contact);
	}

	private Optional<UUID> voterOf(DotVote vote, String username) {
		Set<UUID> invited = roundtables.workshop(vote.workshopId()).map(WorkshopView::invited).orElse(Set.of());
		return organisations.contactsOfUser(username).stream().map(Organisations.Contact::id)
			.filter(invited::contains).sorted().findFirst();
	}

	private Set<UUID> contactsOf(String username) {
		return organisations.contactsOfUser(username).stream().map(Organisations.Contact::id)
			.collect(Collectors.toSet());
	}

	private VoteView view(DotVote v) {
		WorkshopView w = roundtables.workshop(v.workshopId()).orElseThrow();
		return new VoteView(v.id(), v.roundtableId(), w.id(), w.title(), w.date(), v.dotsPerParticipant(),
				v.isOpen(), v.openedAt(), v.closedAt(), v.voters());
	}

	private DotVote loadVote(UUID vote) {
		return votes.findById(vote).orElseThrow(() -> new IllegalArgumentException("no such vote"));
	}

	private void requireProcess(UUID roundtable) {
		if (roundtables.find(roundtable).isEmpty()) {
			throw new IllegalArgumentException("no such roundtable");
		}
	}
}

package dk.kulturpuls.roundtable.recommendations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.knowledge.KnowledgeBase;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;
import dk.kulturpuls.roundtable.WorkshopView;

/**
 * Eight demo recommendations of the demo process (the wording is a demo, not the real process's decisions), linked
 * to the demo knowledge base, with a closed dot vote at workshop 3 and an open one at workshop 6 in which the demo
 * participant can vote. Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(33)
class DemoRecommendations implements ApplicationRunner {

	static final String PROCESS = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	private final Roundtables roundtables;
	private final Recommendations service;
	private final RecommendationRepository recommendations;
	private final DotVoteRepository votes;
	private final KnowledgeBase knowledge;

	DemoRecommendations(Roundtables roundtables, Recommendations service, RecommendationRepository recommendations,
			DotVoteRepository votes, KnowledgeBase knowledge) {
		this.roundtables = roundtables;
		this.service = service;
		this.recommendations = recommendations;
		this.votes = votes;
		this.knowledge = knowledge;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UUID process = roundtables.findByName(PROCESS).map(r -> r.id()).orElse(null);
		if (process == null || !recommendations.findByRoundtableIdOrderByCreatedAtAsc(process).isEmpty()) {
			return;
		}
		Set<UUID> kulturvitaminer = publication("Kulturvitaminer");
		Set<UUID> kunstPaaAfdelingen = publication("Kunst på afdelingen");
		List<UUID> ids = new ArrayList<>();
		ids.add(add(process, "Kultur på recept som en del af sundhedsaftalerne", RecommendationType.POLITICAL_ACTION,
				SystemLevel.MACRO, "Sundhedsudvalget",
				"Kulturtilbud til borgere med lette til moderate psykiske udfordringer bør kunne henvises til på lige fod med andre tilbud, så indsatsen ikke afhænger af projektmidler.",
				RecommendationStatus.ADOPTED, kulturvitaminer, 1));
		ids.add(add(process, "En national pulje til skalering af dokumenterede initiativer",
				RecommendationType.POLITICAL_ACTION, SystemLevel.MACRO, "Folketinget",
				"Initiativer med vist effekt mangler midler til at blive udbredt; en pulje med krav om medfinansiering fra regioner og kommuner skaber fælles ejerskab.",
				RecommendationStatus.PROPOSED, Set.of(), 2));
		ids.add(add(process, "Kultur- og sundhedsområdet måles med fælles redskaber",
				RecommendationType.FRAME_CONDITION, SystemLevel.MESO, "KL og Danske Regioner",
				"Uden fælles måleredskaber kan virkningen ikke sammenlignes mellem kommuner; WHO-5 og SWEMWBS anbefales som fælles minimum.",
				RecommendationStatus.ADOPTED, kunstPaaAfdelingen, 3));
		ids.add(add(process, "Flerårige kulturaftaler med et sundhedsmål", RecommendationType.FRAME_CONDITION,
				SystemLevel.MESO, "Kulturministeriet og kulturregionerne",
				"Etårige projektbevillinger giver ikke tid til at forankre samarbejdet mellem kultur og sundhed.",
				RecommendationStatus.PROPOSED, Set.of(), 4));
		ids.add(add(process, "Kultur- og sundhedskoordinator i hver kommune", RecommendationType.STRUCTURAL_CHANGE,
				SystemLevel.MESO, "Kommunerne",
				"En fast koordinator bygger bro mellem jobcenter, sundhedsforvaltning og kulturinstitutioner og gør henvisning let.",
				RecommendationStatus.ADOPTED, kulturvitaminer, 5));
		ids.add(add(process, "Et nationalt videnscenter som sekretariat for alliancen",
				RecommendationType.STRUCTURAL_CHANGE, SystemLevel.MACRO, "Sundhedsudvalget",
				"Alliancen har brug for en backbone-organisation, der samler viden, følger op og holder processen i gang efter konferencen.",
				RecommendationStatus.PROPOSED, Set.of(), 6));
		ids.add(add(process, "Kunstnere og sundhedspersonale uddannes sammen", RecommendationType.CULTURAL_CHANGE,
				SystemLevel.MICRO, "Uddannelsesinstitutionerne",
				"Fælles forløb giver et fælles sprog og respekt for hinandens faglighed.",
				RecommendationStatus.DRAFT, kunstPaaAfdelingen, 7));
		ids.add(add(process, "Borgernes egne fortællinger i formidlingen", RecommendationType.CULTURAL_CHANGE,
				SystemLevel.MICRO, "Kulturinstitutionerne",
				"Deltagernes erfaringer gør tilbuddene synlige og mindsker stigma omkring mental sundhed.",
				RecommendationStatus.SET_ASIDE, Set.of(), 8));

		List<WorkshopView> workshops = roundtables.workshops(process);
		if (workshops.size() < 6) {
			return;
		}
		List<UUID> voters = new ArrayList<>(workshops.get(2).invited()).stream().sorted().toList();
		DotVote closed = new DotVote(process, workshops.get(2).id(), 5,
				LocalDateTime.of(2025, 12, 3, 13, 0).atZone(Formats.ZONE).toInstant());
		int[][] ballots = { { 2, 1, 0, 2, 0 }, { 1, 0, 2, 1, 1 }, { 2, 2, 0, 0, 1 }, { 0, 1, 1, 3, 0 },
				{ 3, 0, 1, 1, 0 }, { 1, 2, 0, 0, 2 }, { 2, 0, 2, 1, 0 } };
		// each row: one participant's dots on recommendations 1, 3, 5, 2 and 6 (in that order), 5 at most in all
		int[] order = { 0, 2, 4, 1, 5 };
		Set<UUID> ballot = Set.copyOf(ids);
		for (int p = 0; p < Math.min(voters.size(), ballots.length); p++) {
			Map<UUID, Integer> dots = new LinkedHashMap<>();
			for (int i = 0; i < order.length; i++) {
				int count = Math.min(ballots[p][i], 5);
				if (count > 0) {
					dots.put(ids.get(order[i]), count);
				}
			}
			trim(dots, 5);
			closed.cast(voters.get(p), dots, ballot);
		}
		closed.close(LocalDateTime.of(2025, 12, 3, 15, 30).atZone(Formats.ZONE).toInstant());
		votes.save(closed);
		service.openVote(process, workshops.get(5).id(), 5);
	}

	private static void trim(Map<UUID, Integer> dots, int max) {
		int total = dots.values().stream().mapToInt(Integer::intValue).sum();
		for (Map.Entry<UUID, Integer> e : dots.entrySet()) {
			while (total > max && e.getValue() > 0) {
				e.setValue(e.getValue() - 1);
				total--;
			}
		}
		dots.values().removeIf(v -> v == 0);
	}

	private UUID add(UUID process, String title, RecommendationType type, SystemLevel level, String addressee,
			String rationale, RecommendationStatus status, Set<UUID> publications, int day) {
		Recommendation r = new Recommendation(process, new Recommendations.Details(title, type, level, addressee,
				rationale, status, publications),
				LocalDateTime.of(2025, 10, 22, 12, day).atZone(Formats.ZONE).toInstant());
		return recommendations.save(r).id();
	}

	private Set<UUID> publication(String titleStart) {
		return knowledge.all().stream().filter(p -> p.title().startsWith(titleStart)).map(p -> p.id()).limit(1)
			.collect(java.util.stream.Collectors.toSet());
	}
}

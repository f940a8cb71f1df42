package dk.kulturpuls.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.organisations.OrganisationType;
import dk.kulturpuls.organisations.Sector;

/** The actor map's metrics on small networks whose answers are known by hand. */
class ActorMapTests {

	static ActorMap.Node node(String name, Sector sector, SystemLevel level, boolean invited) {
		return new ActorMap.Node(UUID.randomUUID(), UUID.randomUUID(), name, OrganisationType.REGION, sector, level, 3,
				3, null, null, invited);
	}

	@Test
	void theMiddleOfAPathIsTheBrokerAndALoneActorIsIsolated() {
		var a = node("A", Sector.HEALTH, SystemLevel.MACRO, true);
		var b = node("B", Sector.CULTURE, SystemLevel.MESO, true);
		var c = node("C", Sector.SOCIAL, SystemLevel.MESO, true);
		var d = node("D", Sector.RESEARCH, SystemLevel.MICRO, false);
		ActorMap map = ActorMap.compute(List.of(a, b, c, d), List.of(
				new ActorMap.Edge(a.id(), b.id(), RelationKind.COLLABORATES_WITH, 3),
				new ActorMap.Edge(b.id(), c.id(), RelationKind.FUNDS, 5),
				// a second relation between the same two actors counts once
				new ActorMap.Edge(c.id(), b.id(), RelationKind.REPORTS_TO, 2)));

		ActorMap.ActorView first = map.actors().get(0);
		assertThat(first.name()).isEqualTo("B");
		assertThat(first.degree()).isEqualTo(2);
		assertThat(first.degreeCentrality()).isCloseTo(2.0 / 3, within(1e-9));
		// B is on the only shortest path A–C: 1 of the 3 pairs of the other actors, normalised
		assertThat(first.betweenness()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(map.brokers()).extracting(ActorMap.ActorView::name).containsExactly("B");
		assertThat(map.isolated()).extracting(ActorMap.ActorView::name).containsExactly("D");
		assertThat(map.actors()).filteredOn(x -> x.name().equals("A")).first()
			.satisfies(x -> assertThat(x.betweenness()).isZero());
	}

	@Test
	void theEcosystemCheckCountsOnlyInvitedActors() {
		var a = node("A", Sector.HEALTH, SystemLevel.MACRO, true);
		var d = node("D", Sector.RESEARCH, SystemLevel.MICRO, false);
		ActorMap map = ActorMap.compute(List.of(a, d), List.of());

		assertThat(map.missingLevels()).containsExactlyInAnyOrder(SystemLevel.MESO, SystemLevel.MICRO);
		assertThat(map.missingSectors()).contains(Sector.RESEARCH, Sector.CULTURE).doesNotContain(Sector.HEALTH);
		assertThat(map.wholeEcosystem()).isFalse();
		assertThat(map.brokers()).isEmpty();
	}

	@Test
	void thePowerInterestGridSplitsAtThree() {
		var high = new ActorMap.Node(UUID.randomUUID(), UUID.randomUUID(), "Høj", OrganisationType.KL, Sector.HEALTH,
				SystemLevel.MACRO, 5, 3, null, null, true);
		var low = new ActorMap.Node(UUID.randomUUID(), UUID.randomUUID(), "Lav", OrganisationType.KL, Sector.HEALTH,
				SystemLevel.MACRO, 2, 1, null, null, true);
		ActorMap map = ActorMap.compute(List.of(high, low), List.of());
		assertThat(map.quadrant(true, true)).extracting(ActorMap.ActorView::name).containsExactly("Høj");
		assertThat(map.quadrant(false, false)).extracting(ActorMap.ActorView::name).containsExactly("Lav");
		assertThat(map.quadrant(true, false)).isEmpty();
	}

	@Test
	void minutesKeepFormattingAndLoseScriptsAndHandlers() {
		String clean = Roundtables.sanitise(
				"<h2>Beslutninger</h2><p onclick=\"x()\">Godt <strong>møde</strong></p><script>alert(1)</script>"
						+ "<a href=\"javascript:alert(1)\">x</a><ul><li>Punkt</li></ul>");
		assertThat(clean).contains("<h2>Beslutninger</h2>", "<strong>møde</strong>", "<li>Punkt</li>")
			.doesNotContain("script", "onclick", "javascript");
		assertThat(Roundtables.sanitise("  ")).isNull();
	}
}

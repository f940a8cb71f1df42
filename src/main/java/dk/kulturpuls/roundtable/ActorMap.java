package dk.kulturpuls.roundtable;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import dk.kulturpuls.organisations.OrganisationType;
import dk.kulturpuls.organisations.Sector;

/**
 * A process's actor map with its network metrics, computed with JGraphT on the undirected graph of relations
 * (parallel relations between two actors count once, with the strongest strength).
 *
 * @param actors every actor with its metrics, most central first
 * @param relations every relation
 * @param brokers actors whose removal would split the network (cut points): the key bridges
 * @param isolated actors without any relation
 * @param missingSectors sectors not represented among the invited actors
 * @param missingLevels system levels not represented among the invited actors
 * @param missingTypes organisation types not represented among the invited actors
 */
public record ActorMap(List<ActorView> actors, List<RelationView> relations, List<ActorView> brokers,
		List<ActorView> isolated, Set<Sector> missingSectors, Set<SystemLevel> missingLevels,
		Set<OrganisationType> missingTypes) {

	/** An actor with its organisation and metrics (degree and betweenness centrality normalised to 0–1). */
	public record ActorView(UUID id, UUID organisationId, String name, OrganisationType type, Sector sector,
			SystemLevel level, int influence, int interest, String incentives, String frameConditions,
			boolean invited, int degree, double degreeCentrality, double betweenness, boolean broker) {
	}

	public record RelationView(UUID from, String fromName, UUID to, String toName, RelationKind kind, int strength) {
	}

	/** An actor before its metrics are computed. */
	record Node(UUID id, UUID organisationId, String name, OrganisationType type, Sector sector, SystemLevel level,
			int influence, int interest, String incentives, String frameConditions, boolean invited) {
	}

	record Edge(UUID from, UUID to, RelationKind kind, int strength) {
	}

	static ActorMap compute(List<Node> nodes, List<Edge> edges) {
		Graph<UUID, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		nodes.forEach(n -> graph.addVertex(n.id()));
		for (Edge edge : edges) {
			if (!graph.containsVertex(edge.from()) || !graph.containsVertex(edge.to())) {
				continue;
			}
			DefaultWeightedEdge existing = graph.getEdge(edge.from(), edge.to());
			if (existing == null) {
				DefaultWeightedEdge added = graph.addEdge(edge.from(), edge.to());
				graph.setEdgeWeight(added, edge.strength());
			}
			else if (graph.getEdgeWeight(existing) < edge.strength()) {
				graph.setEdgeWeight(existing, edge.strength());
			}
		}
		int n = nodes.size();
		// betweenness on the unweighted structure: who sits on the shortest paths between others, normalised for an
		// undirected graph by the number of pairs of other actors, (n-1)(n-2)/2, so that it lies between 0 and 1
		Map<UUID, Double> raw = new BetweennessCentrality<>(graph, false).getScores();
		double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1.0;
		Map<UUID, Double> betweenness = new java.util.HashMap<>();
		raw.forEach((id, score) -> betweenness.put(id, score / pairs));
		Set<UUID> cutpoints = n < 3 ? Set.of() : new BiconnectivityInspector<>(graph).getCutpoints();
		Map<UUID, String> names = nodes.stream().collect(Collectors.toMap(Node::id, Node::name));
		List<ActorView> actors = nodes.stream().map(node -> {
			int degree = graph.degreeOf(node.id());
			return new ActorView(node.id(), node.organisationId(), node.name(), node.type(), node.sector(),
					node.level(), node.influence(), node.interest(), node.incentives(), node.frameConditions(),
					node.invited(), degree, n > 1 ? (double) degree / (n - 1) : 0.0,
					betweenness.getOrDefault(node.id(), 0.0), cutpoints.contains(node.id()));
		})
			.sorted(Comparator.comparingDouble(ActorView::betweenness).reversed()
				.thenComparing(Comparator.comparingInt(ActorView::degree).reversed())
				.thenComparing(ActorView::name))
			.toList();
		List<RelationView> relations = edges.stream()
			.filter(e -> names.containsKey(e.from()) && names.containsKey(e.to()))
			.map(e -> new RelationView(e.from(), names.get(e.from()), e.to(), names.get(e.to()), e.kind(),
					e.strength()))
			.toList();
		List<ActorView> invited = actors.stream().filter(ActorView::invited).toList();
		Set<Sector> missingSectors = EnumSet.allOf(Sector.class);
		Set<SystemLevel> missingLevels = EnumSet.allOf(SystemLevel.class);
		Set<OrganisationType> missingTypes = EnumSet.allOf(OrganisationType.class);
		invited.forEach(a -> {
			missingSectors.remove(a.sector());
			missingLevels.remove(a.level());
			missingTypes.remove(a.type());
		});
		return new ActorMap(actors, relations, actors.stream().filter(ActorView::broker).toList(),
				actors.stream().filter(a -> a.degree() == 0).sorted(Comparator.comparing(ActorView::name)).toList(),
				missingSectors, missingLevels, missingTypes);
	}

	/** Whether every sector and level is represented among the invited: the "whole ecosystem" check. */
	public boolean wholeEcosystem() {
		return missingSectors.isEmpty() && missingLevels.isEmpty();
	}

	/** The actors in a cell of the power-interest grid (influence high/low × interest high/low, split at 3). */
	public List<ActorView> quadrant(boolean highInfluence, boolean highInterest) {
		return actors.stream().filter(a -> (a.influence() >= 3) == highInfluence && (a.interest() >= 3) == highInterest)
			.sorted(Comparator.comparing(ActorView::name)).toList();
	}

}

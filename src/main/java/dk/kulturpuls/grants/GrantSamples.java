package dk.kulturpuls.grants;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.AuditTrail;

/**
 * The random sample of sworn statements (Danish practice): of a pool's running grants whose accounts are a sworn
 * statement and that have not been in a draw, the pool's share (per pool kind, default 10 %; at least one grant when
 * any) is drawn to submit full accounts with a document. A draw is reproducible: its population is the grant ids in
 * ascending order as text, shuffled by {@link Collections#shuffle(List, Random)} with {@code new Random(seed)}, and the first
 * ⌈population × share⌉ are selected; seed, population and selection are kept and audited, so anyone can draw it again
 * with {@link #draw(List, long, int)} and check the result. Two officers drawing at once draw once after the other.
 */
@Service
@Transactional
public class GrantSamples {

	/** A kept draw with its grants in population order. */
	public record Sample(UUID id, UUID poolId, Instant drawnAt, String drawnBy, long seed, int sharePercent,
			int population, List<Member> members) {

		public List<Member> selected() {
			return members.stream().filter(Member::selected).toList();
		}
	}

	/** A grant of a draw's population. */
	public record Member(UUID grantId, String title, String organisation, boolean selected) {
	}

	/** A pool with the share it draws and the grants that could be drawn now. */
	public record PoolSample(UUID poolId, String poolName, int sharePercent, int candidates) {
	}

	private final JdbcClient jdbc;
	private final GrantDecisions funding;
	private final AuditTrail audit;
	private final Clock clock;
	private final PoolKinds kinds;
	private final SecureRandom random = new SecureRandom();

	GrantSamples(JdbcClient jdbc, GrantDecisions funding, AuditTrail audit, Clock clock, PoolKinds kinds) {
		this.jdbc = jdbc;
		this.funding = funding;
		this.audit = audit;
		this.clock = clock;
		this.kinds = kinds;
	}

	/** The selection of a draw: reproducible from the population (ids ascending), the seed and the share. */
	public static List<UUID> draw(List<UUID> population, long seed, int sharePercent) {
		List<UUID> ordered = new ArrayList<>(population);
		// as text, the order PostgreSQL gives (Java's own UUID order compares signed halves)
		ordered.sort(java.util.Comparator.comparing(UUID::toString));
		Collections.shuffle(ordered, new Random(seed));
		int count = sharePercent == 0 || ordered.isEmpty() ? 0
				: Math.max(1, (int) Math.ceil(ordered.size() * sharePercent / 100.0));
		return List.copyOf(ordered.subList(0, count));
	}

	/** The share of the pool's sworn statements that is drawn, in per cent. */
	@Transactional(readOnly = true)
	int sharePercent(UUID poolId) {
		Optional<Integer> own = jdbc.sql("""
				select sample_percent from grants_pool_setting where pool_id = :p and sample_percent is not null""")
			.param("p", poolId).query(Integer.class).optional();
		return own.orElseGet(() -> jdbc.sql("select sample_percent from grants_pool_kind where kind = :k")
			.param("k", kinds.rulesFor(poolId).kind()).query(Integer.class).single());
	}

	/** The grants that a draw in the pool would choose from now, ids ascending. */
	@Transactional(readOnly = true)
	List<UUID> candidates(UUID poolId) {
		return jdbc.sql("""
				select g.id from grants_grant g
				join grants_obligation o on o.grant_id = g.id and o.kind = 'ACCOUNTS'
				  and o.accounts_tier = 'SWORN_STATEMENT'
				where g.pool_id = :p and g.status in ('ACCEPTED', 'ACTIVE')
				  and not exists (select 1 from grants_sample_grant s where s.grant_id = g.id)
				order by g.id""")
			.param("p", poolId).query(UUID.class).list();
	}

	@Transactional(readOnly = true)
	List<PoolSample> pools(java.util.Locale locale) {
		return funding.pools().stream()
			.map(p -> new PoolSample(p.id(), p.name().in(locale), sharePercent(p.id()), candidates(p.id()).size()))
			.toList();
	}

	/** Draws the pool's sample now; refused when there is nothing to draw from. */
	Sample drawNow(UUID poolId, String officer) {
		// one draw at a time per pool: the second waits and then draws from what the first left
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(:k)) locked")
			.param("k", poolId.getMostSignificantBits() ^ poolId.getLeastSignificantBits()).query(Integer.class)
			.single();
		List<UUID> population = candidates(poolId);
		if (population.isEmpty()) {
			throw new GrantException("grant.sample.error.none");
		}
		int share = sharePercent(poolId);
		long seed = random.nextLong();
		List<UUID> selected = draw(population, seed, share);
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into grants_sample (id, pool_id, drawn_at, drawn_by, seed, share_percent, population, selected)
				values (:id, :p, :at, :by, :seed, :share, :n, :s)""")
			.param("id", id).param("p", poolId).param("at", Timestamp.from(now)).param("by", officer)
			.param("seed", seed).param("share", share).param("n", population.size()).param("s", selected.size())
			.update();
		for (int i = 0; i < population.size(); i++) {
			jdbc.sql("""
					insert into grants_sample_grant (sample_id, position, grant_id, selected)
					values (:s, :i, :g, :sel)""")
				.param("s", id).param("i", i).param("g", population.get(i))
				.param("sel", selected.contains(population.get(i))).update();
		}
		audit.record("grant sample", id.toString(), "drawn", "pool " + poolId + ", seed " + seed + ", " + share
				+ " % of " + population.size() + ": " + selected);
		selected.forEach(g -> audit.record("grant", g.toString(), "drawn for full accounts", "sample " + id));
		return samples(poolId).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	/** The pool's draws, newest first. */
	@Transactional(readOnly = true)
	List<Sample> samples(UUID poolId) {
		return jdbc.sql("""
				select id, pool_id, drawn_at, drawn_by, seed, share_percent, population from grants_sample
				where pool_id = :p order by drawn_at desc""")
			.param("p", poolId)
			.query((rs, n) -> new Sample(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getLong(5), rs.getInt(6), rs.getInt(7),
					members(rs.getObject(1, UUID.class))))
			.list();
	}

	/** Whether the grant was drawn to submit full accounts. */
	@Transactional(readOnly = true)
	boolean drawn(UUID grantId) {
		return jdbc.sql("select count(*) from grants_sample_grant where grant_id = :g and selected")
			.param("g", grantId).query(Long.class).single() > 0;
	}

	private List<Member> members(UUID sampleId) {
		return jdbc.sql("""
				select s.grant_id, g.title, g.organisation, s.selected from grants_sample_grant s
				join grants_grant g on g.id = s.grant_id where s.sample_id = :s order by s.position""")
			.param("s", sampleId)
			.query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBoolean(4)))
			.list();
	}
}

package dk.kulturpuls.outcomes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/**
 * Participants and their scored responses: registering a participant with consent, recording a response typed
 * from paper or answered through a one-time link, withdrawing consent (which deletes the answers), and reading
 * a project's data for analysis. Every read of individual answers is recorded in the audit trail.
 */
@Service
class Measurements {

	static final String CONSENT_VERSION = "2026-1";

	private final ParticipantRepository participants;
	private final InstrumentCatalogue instruments;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Measurements(ParticipantRepository participants, InstrumentCatalogue instruments, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.participants = participants;
		this.instruments = instruments;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Participant register(UUID projectId, String ageBand, String gender) {
		Participant participant = participants.save(new Participant(projectId, ageBand, gender, CONSENT_VERSION,
				Instant.now(clock)));
		audit.record("participant", participant.id().toString(), "registered with consent " + CONSENT_VERSION,
				"project " + projectId);
		return participant;
	}

	@Transactional(readOnly = true)
	List<Participant> participantsOf(UUID projectId) {
		return participants.findByProjectIdOrderByCreatedAt(projectId);
	}

	@Transactional(readOnly = true)
	Optional<Participant> participant(UUID id) {
		return participants.findById(id);
	}

	/** Scores and stores a response; a second response for the same instrument and time point replaces none. */
	@Transactional
	Instrument.Score record(UUID participantId, String instrumentCode, TimePoint timePoint, List<Integer> answers,
			String source) {
		Participant participant = participants.findById(participantId)
			.orElseThrow(() -> new InvalidResponseException("outcomes.error.noParticipant"));
		if (participant.hasWithdrawn()) {
			throw new InvalidResponseException("outcomes.error.withdrawn");
		}
		Instrument instrument = instruments.current(instrumentCode)
			.orElseThrow(() -> new InvalidResponseException("outcomes.error.noInstrument"));
		Instrument.Score score = instrument.score(answers);
		boolean exists = jdbc.sql("""
				select count(*) > 0 from outcomes_response
				where participant_id = :p and instrument = :i and time_point = :t""")
			.param("p", participantId).param("i", instrumentCode).param("t", timePoint.name())
			.query(Boolean.class).single();
		if (exists) {
			throw new InvalidResponseException("outcomes.error.alreadyAnswered");
		}
		jdbc.sql("""
				insert into outcomes_response (id, participant_id, project_id, instrument, instrument_version, time_point,
				    answers, raw_score, score, source, answered_at)
				values (:id, :p, :project, :i, :v, :t, :answers, :raw, :score, :source, :at)""")
			.param("id", UUID.randomUUID()).param("p", participantId).param("project", participant.projectId())
			.param("i", instrumentCode).param("v", score.version()).param("t", timePoint.name())
			.param("answers", answers.toArray(Integer[]::new)).param("raw", score.raw()).param("score", score.value())
			.param("source", source).param("at", Timestamp.from(Instant.now(clock)))
			.update();
		audit.record("participant", participantId.toString(), "response recorded",
				instrument.key() + " " + timePoint + " via " + source);
		return score;
	}

	/** Withdraws consent: the participant's answers and links are deleted, the code is kept as withdrawn. */
	@Transactional
	void withdraw(UUID participantId) {
		Participant participant = participants.findById(participantId)
			.orElseThrow(() -> new InvalidResponseException("outcomes.error.noParticipant"));
		int deleted = jdbc.sql("delete from outcomes_response where participant_id = :p").param("p", participantId).update();
		jdbc.sql("delete from outcomes_link where participant_id = :p").param("p", participantId).update();
		participant.withdraw(Instant.now(clock));
		audit.record("participant", participantId.toString(), "consent withdrawn", deleted + " responses deleted");
	}

	/** Creates a one-time link; only the token's hash is stored, so the token is shown once. */
	@Transactional
	String createLink(UUID participantId, String instrumentCode, TimePoint timePoint, Duration validFor) {
		Participant participant = participants.findById(participantId)
			.orElseThrow(() -> new InvalidResponseException("outcomes.error.noParticipant"));
		if (participant.hasWithdrawn()) {
			throw new InvalidResponseException("outcomes.error.withdrawn");
		}
		instruments.current(instrumentCode).orElseThrow(() -> new InvalidResponseException("outcomes.error.noInstrument"));
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into outcomes_link (token_hash, participant_id, instrument, time_point, expires_at, created_at)
				values (:h, :p, :i, :t, :e, :c)""")
			.param("h", hash(token)).param("p", participantId).param("i", instrumentCode).param("t", timePoint.name())
			.param("e", Timestamp.from(now.plus(validFor))).param("c", Timestamp.from(now))
			.update();
		audit.record("participant", participantId.toString(), "link created", instrumentCode + " " + timePoint);
		return token;
	}

	/** What an open, unused, unexpired link asks for. */
	record OpenLink(UUID participantId, String instrument, TimePoint timePoint) {
	}

	@Transactional(readOnly = true)
	Optional<OpenLink> openLink(String token) {
		return jdbc.sql("""
				select participant_id, instrument, time_point from outcomes_link
				where token_hash = :h and used_at is null and expires_at > :now""")
			.param("h", hash(token)).param("now", Timestamp.from(Instant.now(clock)))
			.query((rs, n) -> new OpenLink(rs.getObject(1, UUID.class), rs.getString(2), TimePoint.valueOf(rs.getString(3))))
			.optional();
	}

	/** Answers through a link: the link is used up in the same transaction, so a second submission fails. */
	@Transactional
	Instrument.Score answerByLink(String token, List<Integer> answers) {
		Instant now = Instant.now(clock);
		OpenLink link = jdbc.sql("""
				update outcomes_link set used_at = :now
				where token_hash = :h and used_at is null and expires_at > :now
				returning participant_id, instrument, time_point""")
			.param("h", hash(token)).param("now", Timestamp.from(now))
			.query((rs, n) -> new OpenLink(rs.getObject(1, UUID.class), rs.getString(2), TimePoint.valueOf(rs.getString(3))))
			.optional()
			.orElseThrow(() -> new InvalidResponseException("outcomes.error.linkUsed"));
		// an invalid response throws and rolls the transaction back, so the link stays usable
		return record(link.participantId(), link.instrument(), link.timePoint(), answers, "LINK");
	}

	/** One scored response of a participant, as the project's staff see it. */
	record ResponseView(UUID participantId, String code, String instrument, int version, TimePoint timePoint,
			List<Integer> answers, int raw, double score, String source, Instant answeredAt) {
	}

	/** Every individual response of a project, for its staff; the read itself is audited. */
	@Transactional
	List<ResponseView> individualResponses(UUID projectId, String reader) {
		List<ResponseView> responses = jdbc.sql("""
				select r.participant_id, p.code, r.instrument, r.instrument_version, r.time_point, r.answers, r.raw_score,
				       r.score, r.source, r.answered_at
				from outcomes_response r join outcomes_participant p on p.id = r.participant_id
				where r.project_id = :project order by p.code, r.instrument, r.time_point""")
			.param("project", projectId)
			.query((rs, n) -> {
				Array array = rs.getArray(6);
				List<Integer> answers = new ArrayList<>(List.of((Integer[]) array.getArray()));
				return new ResponseView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
						TimePoint.valueOf(rs.getString(5)), answers, rs.getInt(7), rs.getDouble(8), rs.getString(9),
						rs.getTimestamp(10).toInstant());
			})
			.list();
		audit.record("project", projectId.toString(), "individual answers read", reader + ": " + responses.size());
		return responses;
	}

	/** Scores per participant at two time points, for the paired analysis. */
	record Paired(Map<UUID, Double> before, Map<UUID, Double> after, int enrolled) {
	}

	@Transactional(readOnly = true)
	Paired scores(List<UUID> projectIds, String instrument, TimePoint from, TimePoint to) {
		Map<UUID, Double> before = new LinkedHashMap<>();
		Map<UUID, Double> after = new LinkedHashMap<>();
		jdbc.sql("""
				select participant_id, time_point, score from outcomes_response
				where project_id = any(:projects) and instrument = :i and time_point in (:from, :to)""")
			.param("projects", projectIds.toArray(UUID[]::new)).param("i", instrument)
			.param("from", from.name()).param("to", to.name())
			.query(rs -> {
				(TimePoint.valueOf(rs.getString(2)) == from ? before : after)
					.put(rs.getObject(1, UUID.class), rs.getDouble(3));
			});
		int enrolled = jdbc.sql("""
				select count(*) from outcomes_participant where project_id = any(:projects) and withdrawn_at is null""")
			.param("projects", projectIds.toArray(UUID[]::new)).query(Integer.class).single();
		return new Paired(before, after, enrolled);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

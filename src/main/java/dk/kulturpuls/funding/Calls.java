package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/** Calls for every page that shows them: the public list, the officer's management, the applicant's form. */
@Service
@Transactional(readOnly = true)
class Calls {

	/** A call with its pool's limits and its classifications resolved to names. */
	record CallView(CallId id, PoolId poolId, LocalizedText poolName, LocalizedText title, LocalizedText text,
			Instant opensAt, Instant deadline, CallStatus status, boolean open, List<ProgrammeCatalogue.CategoryView> offerTypes,
			List<ProgrammeCatalogue.CategoryView> targetGroups, List<Criterion> criteria,
			List<EligibilityQuestion> questions, List<RequiredAttachment> requiredAttachments, Money minGrant,
			Money maxGrant, Integer minDurationMonths, Integer maxDurationMonths, int coFundingPercent,
			Set<ApplicantKind> eligibleApplicants, LocalizedText documentationDuty) {

		public boolean admits(ApplicantKind kind) {
			return eligibleApplicants.contains(kind);
		}

		public String offerTypeName(String code, Locale locale) {
			return offerTypes.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name().in(locale))
				.orElse(code);
		}
	}

	private final CallRepository calls;
	private final PoolRepository pools;
	private final ProgrammeCatalogue catalogue;
	private final AuditTrail audit;
	private final Clock clock;

	Calls(CallRepository calls, PoolRepository pools, ProgrammeCatalogue catalogue, AuditTrail audit, Clock clock) {
		this.calls = calls;
		this.pools = pools;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	/** Published calls whose deadline has not passed, the nearest deadline first. */
	List<CallView> open() {
		Instant now = Instant.now(clock);
		return calls.findByStatusAndDeadlineAfterOrderByDeadline(CallStatus.PUBLISHED, now).stream()
			.map(this::view).toList();
	}

	List<CallView> all() {
		return calls.findAllByOrderByDeadlineDesc().stream().map(this::view).toList();
	}

	Optional<CallView> find(CallId id) {
		return calls.findById(id.value()).map(this::view);
	}

	/** A call that the public may see: published or closed, never a draft. */
	Optional<CallView> findPublic(CallId id) {
		return find(id).filter(c -> c.status() != CallStatus.DRAFT);
	}

	/** Drafts a call; it accepts applications only once published. */
	@Transactional
	CallId create(PoolId pool, LocalizedText title, LocalizedText text, Instant opensAt, Instant deadline,
			Set<String> offerTypes, Set<String> targetGroups, List<Criterion> criteria,
			List<EligibilityQuestion> questions, List<RequiredAttachment> attachments) {
		Call call = new Call(pool, title, text, opensAt, deadline, offerTypes, targetGroups);
		criteria.forEach(call::addCriterion);
		questions.forEach(call::addQuestion);
		attachments.forEach(call::requireAttachment);
		calls.save(call);
		audit.record("call", call.id().value().toString(), "drafted", title.da());
		return call.id();
	}

	@Transactional
	void publish(CallId id) {
		Call call = load(id);
		call.publish();
		audit.record("call", id.value().toString(), "published", call.title().da());
	}

	@Transactional
	void close(CallId id) {
		Call call = load(id);
		call.close();
		audit.record("call", id.value().toString(), "closed", call.title().da());
	}

	private Call load(CallId id) {
		return calls.findById(id.value()).orElseThrow(() -> new NotFoundException("call"));
	}

	CallView view(Call call) {
		Pool pool = pools.findById(call.pool().value()).orElseThrow();
		List<ProgrammeCatalogue.CategoryView> offerTypes = catalogue.offerTypes().stream()
			.filter(c -> call.offerTypes().contains(c.code())).toList();
		List<ProgrammeCatalogue.CategoryView> targetGroups = catalogue.targetGroups().stream()
			.filter(c -> call.targetGroups().contains(c.code())).toList();
		return new CallView(call.id(), pool.id(), pool.name(), call.title(), call.text(), call.opensAt(),
				call.deadline(), call.status(), call.acceptsSubmissionsAt(Instant.now(clock)), offerTypes,
				targetGroups, call.criteria(), call.questions(), call.requiredAttachments(), pool.minGrant(),
				pool.maxGrant(), pool.minDurationMonths(), pool.maxDurationMonths(), pool.coFundingPercent(),
				pool.eligibleApplicants(), pool.documentationDuty());
	}

	static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("id");
		}
	}
}

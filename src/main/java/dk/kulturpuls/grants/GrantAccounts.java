package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.UploadException;
import dk.kulturpuls.platform.Uploads;

/**
 * The grantee's accounts (regnskab), entered against the lines of the grant's budget — the application's budget, in
 * the budget module, whose actual amounts the accounts fill in; totals and deviations are computed, never typed. A
 * line whose actual deviates from its budget by more than the threshold (default 10 %) needs an explanation. The
 * declaration follows the grant's size (Danish practice): a sworn statement up to 100.000 kr., the name of a person
 * qualified in accounting up to 500.000 kr., the auditor's name above. Saved as a draft at any time; submitted,
 * approved or sent back like a report. The last instalment is due once both the final report and the accounts are
 * approved.
 */
@Service
@Transactional
public class GrantAccounts {

	/** An amount field's name: {@code a-<line id>-<year>}. */
	static final Pattern AMOUNT_FIELD = Pattern.compile("a-([0-9a-f-]{36})-(\\d{4})");

	/** An explanation field's name: {@code e-<line id>}. */
	static final Pattern EXPLANATION_FIELD = Pattern.compile("e-([0-9a-f-]{36})");

	/** What the grantee typed, as typed, so that a wrong amount is shown back unchanged. */
	public record AccountsForm(Map<String, String> amounts, Map<String, String> explanations, String signer,
			boolean sworn) {

		/** The form's fields from request parameters ({@code a-…}, {@code e-…}, {@code signer}, {@code sworn}). */
		static AccountsForm of(Map<String, String> parameters) {
			Map<String, String> amounts = new LinkedHashMap<>();
			Map<String, String> explanations = new LinkedHashMap<>();
			parameters.forEach((name, value) -> {
				if (name.startsWith("a-")) {
					amounts.put(name, value == null ? "" : value);
				}
				else if (name.startsWith("e-")) {
					explanations.put(name, value == null ? "" : value);
				}
			});
			return new AccountsForm(amounts, explanations, parameters.getOrDefault("signer", ""),
					"true".equals(parameters.get("sworn")));
		}
	}

	/** The uploaded signed accounts or auditor's statement. */
	public record Document(String key, String name, String contentType, long size) {
	}

	/** A file the grantee sends with the accounts. */
	record Upload(String filename, java.io.InputStream content) {
	}

	/** A budget line with its budget and actual per year, the computed deviation and whether it must be explained. */
	public record Line(UUID id, String category, String text, List<Money> planned, List<String> actual,
			Money plannedTotal, Money actualTotal, Money deviation, Integer deviationPercent, boolean mustExplain,
			String explanation) {
	}

	/** The accounts of one grant as the grantee and the officer see them. */
	public record Accounts(Grants.GrantView grant, Grants.ObligationView obligation, List<Integer> years,
			List<Line> lines, Money plannedTotal, Money actualTotal, Money deviationTotal, String tier, String signer,
			boolean sworn, String officerMessage, Instant savedAt, Instant submittedAt, String reviewedBy,
			Instant reviewedAt, int thresholdPercent, Document document, boolean sampled) {

		/**
		 * Whether a document is asked for: the signed accounts or the auditor's statement the grant's size calls
		 * for, or the full accounts of a sworn statement drawn in the sample.
		 */
		public boolean needsDocument() {
			return !"SWORN_STATEMENT".equals(tier) || sampled;
		}

		public boolean editable() {
			return grant.status().running() && obligation.status().awaitsGrantee();
		}

		public boolean hasBudget() {
			return !lines.isEmpty();
		}
	}

	private final Grants grants;
	private final GrantSteps steps;
	private final GrantDecisions funding;
	private final Budgets budgets;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final int thresholdPercent;
	private final Uploads uploads;
	private final GrantSamples samples;
	private final GrantClosing closing;
	private final GrantSettlement settlement;

	GrantAccounts(Grants grants, GrantSteps steps, GrantDecisions funding, Budgets budgets, JdbcClient jdbc,
			AuditTrail audit, Clock clock, Uploads uploads, GrantSamples samples, GrantClosing closing,
			GrantSettlement settlement,
			@Value("${kulturpuls.grants.accounts.deviation-percent:10}") int thresholdPercent) {
		this.settlement = settlement;
		this.uploads = uploads;
		this.samples = samples;
		this.closing = closing;
		this.grants = grants;
		this.steps = steps;
		this.funding = funding;
		this.budgets = budgets;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.thresholdPercent = thresholdPercent;
	}

	/** The grantee's accounts; another's grant, or an obligation that is not the accounts, does not exist. */
	@Transactional(readOnly = true)
	Accounts forGrantee(String grantee, UUID grantId, UUID obligationId) {
		Grants.GrantView grant = grants.find(grantId).filter(g -> grantee.equals(g.grantee()))
			.orElseThrow(GrantNotFoundException::new);
		return accounts(grant, obligationId, null);
	}

	@Transactional(readOnly = true)
	Accounts forOfficer(UUID grantId, UUID obligationId) {
		return accounts(grants.find(grantId).orElseThrow(GrantNotFoundException::new), obligationId, null);
	}

	/** The accounts with what the grantee typed laid over the stored figures (for a page with errors). */
	@Transactional(readOnly = true)
	Accounts asTyped(String grantee, UUID grantId, UUID obligationId, AccountsForm form) {
		Grants.GrantView grant = grants.find(grantId).filter(g -> grantee.equals(g.grantee()))
			.orElseThrow(GrantNotFoundException::new);
		return accounts(grant, obligationId, form);
	}

	private Accounts accounts(Grants.GrantView grant, UUID obligationId, AccountsForm typed) {
		LocalDate today = LocalDate.now(clock);
		Grants.ObligationView obligation = jdbc.sql("""
				select id, grant_id, kind, number, due_date, status, accounts_tier, done_at from grants_obligation
				where id = :o and grant_id = :g and kind = 'ACCOUNTS'""")
			.param("o", obligationId).param("g", grant.id()).query((rs, n) -> Grants.obligation(rs, today))
			.optional().orElseThrow(GrantNotFoundException::new);
		record Stored(String signer, boolean sworn, String message, Instant savedAt, Instant submittedAt,
				String reviewedBy, Instant reviewedAt, Document document) {
		}
		Stored stored = jdbc.sql("""
				select signer, sworn, officer_message, saved_at, submitted_at, reviewed_by, reviewed_at,
				  document_key, document_name, document_type, document_size
				from grants_accounts where obligation_id = :o""")
			.param("o", obligationId)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getBoolean(2), rs.getString(3),
					Grants.instant(rs.getTimestamp(4)), Grants.instant(rs.getTimestamp(5)), rs.getString(6),
					Grants.instant(rs.getTimestamp(7)), rs.getString(8) == null ? null
							: new Document(rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11))))
			.optional().orElse(new Stored(null, false, null, null, null, null, null, null));
		Map<UUID, String> explanations = new HashMap<>();
		jdbc.sql("select line_id, explanation from grants_accounts_explanation where obligation_id = :o")
			.param("o", obligationId)
			.query((rs, n) -> explanations.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
		BudgetView budget = funding.budget(grant.applicationId()).orElse(null);
		List<Integer> years = budget == null ? List.of() : budget.years();
		List<Line> lines = new ArrayList<>();
		Money plannedTotal = Money.ZERO;
		Money actualTotal = Money.ZERO;
		if (budget != null) {
			for (BudgetView.Line line : budget.lines()) {
				List<String> actual = new ArrayList<>();
				Money lineActual = Money.ZERO;
				for (int i = 0; i < years.size(); i++) {
					Money kept = line.actual().get(i);
					String field = "a-" + line.id() + "-" + years.get(i);
					String text = typed != null && typed.amounts().containsKey(field) ? typed.amounts().get(field)
							: kept.ore() == 0 ? "" : Formats.number(kept.ore() / 100.0, kept.hasOre() ? 2 : 0);
					actual.add(text);
					lineActual = lineActual.plus(parsed(text, kept));
				}
				Money deviation = lineActual.minus(line.plannedTotal());
				String explanation = typed != null ? typed.explanations().getOrDefault("e-" + line.id(), "")
						: explanations.getOrDefault(line.id(), "");
				lines.add(new Line(line.id(), line.category(), line.text(), line.planned(), actual,
						line.plannedTotal(), lineActual, deviation, percent(deviation, line.plannedTotal()),
						mustExplain(deviation, line.plannedTotal()), explanation));
				plannedTotal = plannedTotal.plus(line.plannedTotal());
				actualTotal = actualTotal.plus(lineActual);
			}
		}
		String signer = typed != null ? typed.signer() : stored.signer() == null ? "" : stored.signer();
		boolean sworn = typed != null ? typed.sworn() : stored.sworn();
		return new Accounts(grant, obligation, years, lines, plannedTotal, actualTotal, actualTotal.minus(plannedTotal),
				obligation.accountsTier(), signer, sworn, stored.message(), stored.savedAt(), stored.submittedAt(),
				stored.reviewedBy(), stored.reviewedAt(), thresholdPercent, stored.document(), samples.drawn(grant.id()));
	}

	/**
	 * Saves the accounts and, when asked, submits them. Returns what is still missing or wrong (field to message
	 * key), in the order of the page; when there is anything, the valid figures are kept as a draft and nothing is
	 * submitted. An amount for a line or year outside the grant's budget, or a sworn statement for a grant that
	 * needs signed accounts, is refused outright.
	 */
	Map<String, String> save(String grantee, UUID grantId, UUID obligationId, AccountsForm form, Upload document,
			boolean submit) {
		Accounts accounts = forGrantee(grantee, grantId, obligationId);
		if (!accounts.grant().status().running()) {
			throw new GrantException("grant.report.error.notRunning");
		}
		if (!accounts.obligation().status().awaitsGrantee()) {
			throw new GrantException("grant.report.error.submitted");
		}
		if (!accounts.hasBudget()) {
			throw new GrantException("grant.accounts.error.noBudget");
		}
		if (form.sworn() && !"SWORN_STATEMENT".equals(accounts.tier())) {
			throw new GrantException("grant.accounts.error.swornNotAllowed");
		}
		Map<UUID, Line> lines = new LinkedHashMap<>();
		accounts.lines().forEach(l -> lines.put(l.id(), l));
		Map<UUID, Map<Integer, Money>> actuals = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : form.amounts().entrySet()) {
			Matcher m = AMOUNT_FIELD.matcher(field.getKey());
			UUID line = m.matches() ? uuid(m.group(1)) : null;
			if (line == null || !lines.containsKey(line) || !accounts.years().contains(Integer.valueOf(m.group(2)))) {
				throw new GrantException("grant.accounts.error.unknownLine");
			}
			String text = field.getValue().strip();
			if (text.isEmpty()) {
				actuals.computeIfAbsent(line, k -> new HashMap<>()).put(Integer.valueOf(m.group(2)), Money.ZERO);
				continue;
			}
			try {
				Money amount = Money.parse(text);
				if (amount.isNegative()) {
					errors.put(field.getKey(), "grant.accounts.error.negative");
				}
				else {
					actuals.computeIfAbsent(line, k -> new HashMap<>()).put(Integer.valueOf(m.group(2)), amount);
				}
			}
			catch (IllegalArgumentException e) {
				errors.put(field.getKey(), "grant.accounts.error.amount");
			}
		}
		for (String name : form.explanations().keySet()) {
			Matcher m = EXPLANATION_FIELD.matcher(name);
			if (!m.matches() || !lines.containsKey(uuid(m.group(1)))) {
				throw new GrantException("grant.accounts.error.unknownLine");
			}
		}
		budgets.recordActuals(funding.budget(accounts.grant().applicationId()).orElseThrow().id(), actuals);
		Timestamp now = Timestamp.from(Instant.now(clock));
		Uploads.Stored file = null;
		if (document != null) {
			if (!accounts.needsDocument()) {
				throw new GrantException("grant.accounts.error.documentNotAsked");
			}
			try {
				file = uploads.store("grants", document.content(), document.filename());
			}
			catch (UploadException e) {
				throw new GrantException(e.messageKey(), e.arguments());
			}
		}
		jdbc.sql("""
				insert into grants_accounts (obligation_id, signer, sworn, saved_at, saved_by)
				values (:o, :signer, :sworn, :at, :by)
				on conflict (obligation_id) do update set signer = excluded.signer, sworn = excluded.sworn,
				  saved_at = excluded.saved_at, saved_by = excluded.saved_by""")
			.param("o", obligationId).param("signer", trim(form.signer())).param("sworn", form.sworn())
			.param("at", now).param("by", grantee).update();
		if (file != null) {
			String name = document.filename() == null || document.filename().isBlank() ? file.key()
					: document.filename().replaceAll(".*[/\\\\]", "");
			jdbc.sql("""
					update grants_accounts set document_key = :k, document_name = :n, document_type = :t,
					  document_size = :s, document_sha256 = :h where obligation_id = :o""")
				.param("k", file.key()).param("n", name).param("t", file.contentType()).param("s", file.size())
				.param("h", file.sha256()).param("o", obligationId).update();
			audit.record("grant", grantId.toString(), "accounts document uploaded",
					name + " " + file.contentType() + " " + file.size() + " B sha256 " + file.sha256());
		}
		jdbc.sql("delete from grants_accounts_explanation where obligation_id = :o").param("o", obligationId).update();
		form.explanations().forEach((name, text) -> {
			if (!text.isBlank()) {
				jdbc.sql("""
						insert into grants_accounts_explanation (obligation_id, line_id, explanation)
						values (:o, :l, :e)""")
					.param("o", obligationId).param("l", uuid(name.substring(2))).param("e", text.strip()).update();
			}
		});
		if (submit) {
			for (Line line : asTyped(grantee, grantId, obligationId, form).lines()) {
				boolean amountWrong = errors.keySet().stream().anyMatch(f -> f.startsWith("a-" + line.id()));
				// a line whose amount is wrong is fixed first; its deviation is not known yet
				if (line.mustExplain() && line.explanation().isBlank() && !amountWrong) {
					errors.putIfAbsent("e-" + line.id(), "grant.accounts.error.explanation");
				}
			}
			if (blank(form.signer())) {
				errors.put("signer", "grant.accounts.error.signer." + accounts.tier());
			}
			if ("SWORN_STATEMENT".equals(accounts.tier()) && !form.sworn()) {
				errors.put("sworn", "grant.accounts.error.sworn");
			}
			if (accounts.needsDocument() && file == null && accounts.document() == null) {
				errors.put("document", "grant.accounts.error.document." + accounts.tier());
			}
		}
		audit.record("grant", grantId.toString(), "accounts saved", "by " + grantee);
		if (!submit || !errors.isEmpty()) {
			return errors;
		}
		steps.submitObligation(grantId, obligationId);
		jdbc.sql("update grants_accounts set submitted_at = :at where obligation_id = :o").param("at", now)
			.param("o", obligationId).update();
		audit.record("grant", grantId.toString(), "accounts submitted", "by " + grantee + "; actual "
				+ Formats.dkk(asTyped(grantee, grantId, obligationId, form).actualTotal()));
		return errors;
	}

	/** The uploaded document of the accounts, for the grantee (own grant only) or, with a null grantee, the officer. */
	@Transactional(readOnly = true)
	Document document(String grantee, UUID grantId, UUID obligationId) {
		Accounts accounts = grantee == null ? forOfficer(grantId, obligationId)
				: forGrantee(grantee, grantId, obligationId);
		if (accounts.document() == null) {
			throw new GrantNotFoundException();
		}
		return accounts.document();
	}

	java.io.InputStream open(Document document) throws java.io.IOException {
		return uploads.open("grants", document.key());
	}

	/** The officer approves submitted accounts; with the final report approved too, the last instalment is due. */
	void approve(String officer, UUID grantId, UUID obligationId) {
		Accounts accounts = forOfficer(grantId, obligationId);
		Timestamp now = Timestamp.from(Instant.now(clock));
		steps.approveObligation(grantId, obligationId);
		jdbc.sql("update grants_accounts set reviewed_at = :at, reviewed_by = :me where obligation_id = :o")
			.param("at", now).param("me", officer).param("o", obligationId).update();
		audit.record("grant", grantId.toString(), "accounts approved", "by " + officer);
		settlement.settleAccounts(grantId, accounts.plannedTotal(), accounts.actualTotal(), officer);
		steps.makeFinalDueWhenComplete(grantId);
		closing.closeIfComplete(grantId, officer);
	}

	/** The officer sends submitted accounts back with a message that says what to change. */
	void requestChanges(String officer, UUID grantId, UUID obligationId, String message) {
		forOfficer(grantId, obligationId);
		if (blank(message)) {
			throw new GrantException("grant.report.error.message");
		}
		if (message != null && message.length() > dk.kulturpuls.platform.TextLimits.SHORT) {
			throw new GrantException("grant.error.tooLong.short");
		}
		steps.sendBackObligation(grantId, obligationId);
		jdbc.sql("""
				update grants_accounts set officer_message = :m, reviewed_at = :at, reviewed_by = :me
				where obligation_id = :o""")
			.param("m", message.strip()).param("at", Timestamp.from(Instant.now(clock))).param("me", officer)
			.param("o", obligationId).update();
		audit.record("grant", grantId.toString(), "accounts changes requested", "by " + officer + ": " + message.strip());
	}

	private boolean mustExplain(Money deviation, Money planned) {
		if (deviation.ore() == 0) {
			return false;
		}
		if (planned.ore() == 0) {
			return true;
		}
		// |deviation| / planned > threshold, in whole øre
		return Math.abs(deviation.ore()) * 100 > (long) thresholdPercent * planned.ore();
	}

	private static Integer percent(Money deviation, Money planned) {
		return planned.ore() == 0 ? null : (int) Math.round(deviation.ore() * 100.0 / planned.ore());
	}

	private static Money parsed(String text, Money fallback) {
		if (text == null || text.isBlank()) {
			return Money.ZERO;
		}
		try {
			Money amount = Money.parse(text);
			return amount.isNegative() ? Money.ZERO : amount;
		}
		catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}
}

package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;

/**
 * Submits a draft: checks it is complete, checks the deadline with the platform clock inside the transaction
 * that commits the submission, gives it a receipt number; the receipt mail with a PDF copy follows after the commit
 * ({@link ReceiptMails}). The row is
 * locked for the submission, so two clicks or two tabs produce exactly one submission and the same receipt. An
 * application changed after its submission is submitted again the same way, with a new receipt number and mail.
 */
@Service
class Submission {

	private final GrantApplicationRepository repository;
	private final CallRepository calls;
	private final Applications applications;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	private final dk.kulturpuls.organisations.OrganisationClaims claims;

	Submission(GrantApplicationRepository repository, CallRepository calls, Applications applications,
			JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
			dk.kulturpuls.organisations.OrganisationClaims claims) {
		this.claims = claims;
		this.repository = repository;
		this.calls = calls;
		this.applications = applications;
		this.events = events;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Submits and returns the receipt number; an application already submitted returns its receipt unchanged. */
	@Transactional
	String submit(String username, UUID id, Locale locale) {
		// lock first, then check ownership on the locked row: loading it before the lock would hold a stale copy
		UUID organisation = applications.organisationOf(username);
		GrantApplication application = repository.findForUpdate(id).filter(a -> a.organisationId().equals(organisation))
			.orElseThrow(() -> new NotFoundException("application"));
		if (application.status().isSubmitted() && !application.changedAfterSubmission()) {
			return application.receiptNumber();
		}
		if (application.changedAfterSubmission() && applications.view(application).decided()) {
			throw new FundingException("application.error.notDraft");
		}
		String previous = application.receiptNumber();
		Call call = calls.findById(application.call().value()).orElseThrow();
		Instant now = Instant.now(clock);
		if (!call.acceptsSubmissionsAt(now)) {
			throw new FundingException("application.error.deadlinePassed");
		}
		if (!claims.mayAct(organisation)) {
			// drafting is open to a pending claimant; acting for the organisation waits for the officer's confirmation
			throw new FundingException("application.error.organisationUnconfirmed");
		}
		Applications.ApplicationView view = applications.view(application);
		if (!view.complete()) {
			throw new FundingException("application.error.incomplete");
		}
		String receipt = "KP-" + now.atZone(Formats.ZONE).getYear() + "-"
				+ String.format("%06d", jdbc.sql("select nextval('funding_receipt_seq')").query(Long.class).single());
		application.submit(call, receipt, now);
		repository.flush();
		audit.record("application", id.toString(), previous == null ? "submitted" : "submitted again",
				previous == null ? receipt : receipt + " (" + previous + ")");
		events.publishEvent(new ReceiptMails.Submitted(id, username, receipt, now, locale));
		return receipt;
	}
}

package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.PdfDocuments;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;

/**
 * Submits a draft: checks it is complete, checks the deadline with the platform clock inside the transaction
 * that commits the submission, gives it a receipt number, and mails the receipt with a PDF copy. The row is
 * locked for the submission, so two clicks or two tabs produce exactly one submission and the same receipt.
 */
@Service
class Submission {

	private final GrantApplicationRepository repository;
	private final CallRepository calls;
	private final Applications applications;
	private final PdfDocuments pdf;
	private final Mailer mailer;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Submission(GrantApplicationRepository repository, CallRepository calls, Applications applications,
			PdfDocuments pdf, Mailer mailer, MessageSource messages, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.calls = calls;
		this.applications = applications;
		this.pdf = pdf;
		this.mailer = mailer;
		this.messages = messages;
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
		if (application.status().isSubmitted()) {
			return application.receiptNumber();
		}
		Call call = calls.findById(application.call().value()).orElseThrow();
		Instant now = Instant.now(clock);
		if (!call.acceptsSubmissionsAt(now)) {
			throw new FundingException("application.error.deadlinePassed");
		}
		Applications.ApplicationView view = applications.view(application);
		if (!view.complete()) {
			throw new FundingException("application.error.incomplete");
		}
		String receipt = "KP-" + now.atZone(Formats.ZONE).getYear() + "-"
				+ String.format("%06d", jdbc.sql("select nextval('funding_receipt_seq')").query(Long.class).single());
		application.submit(call, receipt, now);
		repository.flush();
		audit.record("application", id.toString(), "submitted", receipt);
		byte[] copy = pdf.render("funding/pdf", Map.of("view", applications.view(application)), locale);
		String title = application.title();
		mailer.send(username,
				messages.getMessage("receipt.mail.subject", new Object[] { receipt }, locale),
				messages.getMessage("receipt.mail.body", new Object[] { title, receipt, Formats.dateTime(now),
						call.title().in(locale) }, locale),
				"ansoegning-" + receipt + ".pdf", copy);
		return receipt;
	}
}

package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.PdfDocuments;

/**
 * The receipt mail with the PDF copy of a submitted application. It is made after the submission has committed, on
 * a worker thread of its own, so that rendering PDFs never holds the application's row lock or a request's
 * database connection: at a deadline rush every submission is acknowledged at once (receipt number and receipt
 * page) and the mails follow, one at a time in the order of submission.
 */
@Component
class ReceiptMails implements DisposableBean {

	/** Published in the submitting transaction. */
	record Submitted(UUID applicationId, String username, String receipt, Instant at, Locale locale) {
	}

	private static final Logger log = LoggerFactory.getLogger(ReceiptMails.class);

	private final ExecutorService workers = Executors.newFixedThreadPool(1, Thread.ofPlatform()
		.name("receipt-mail-", 1).daemon(true).factory());

	private final GrantApplicationRepository repository;
	private final CallRepository calls;
	private final Applications applications;
	private final PdfDocuments pdf;
	private final Mailer mailer;
	private final MessageSource messages;
	private final TransactionTemplate transactions;

	ReceiptMails(GrantApplicationRepository repository, CallRepository calls, Applications applications,
			PdfDocuments pdf, Mailer mailer, MessageSource messages, TransactionTemplate transactions) {
		this.repository = repository;
		this.calls = calls;
		this.applications = applications;
		this.pdf = pdf;
		this.mailer = mailer;
		this.messages = messages;
		this.transactions = transactions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(Submitted submitted) {
		workers.execute(() -> {
			try {
				send(submitted);
			}
			catch (RuntimeException e) {
				log.error("Receipt mail for {} could not be made", submitted.receipt(), e);
			}
		});
	}

	void send(Submitted submitted) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
		readOnly.setReadOnly(true);
		Mail mail = readOnly.execute(status -> {
			GrantApplication application = repository.findById(submitted.applicationId()).orElseThrow();
			Call call = calls.findById(application.call().value()).orElseThrow();
			Locale locale = submitted.locale();
			byte[] copy = pdf.render("funding/pdf", Map.of("view", applications.view(application)), locale);
			return new Mail(messages.getMessage("receipt.mail.subject", new Object[] { submitted.receipt() }, locale),
					messages.getMessage("receipt.mail.body", new Object[] { application.title(), submitted.receipt(),
							Formats.dateTime(submitted.at()), call.title().in(locale) }, locale),
					copy);
		});
		mailer.send(submitted.username(), mail.subject(), mail.body(), "ansoegning-" + submitted.receipt() + ".pdf",
				mail.copy());
	}

	private record Mail(String subject, String body, byte[] copy) {
	}

	/** Lets the mails already queued be made before the application stops. */
	@Override
	public void destroy() throws InterruptedException {
		workers.shutdown();
		workers.awaitTermination(30, TimeUnit.SECONDS);
	}
}

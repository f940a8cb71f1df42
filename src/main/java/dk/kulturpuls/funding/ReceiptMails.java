package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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
 * <p>
 * The event is kept in Spring Modulith's event publication registry (table {@code event_publication}) until the
 * mail is in the outbox: when the application stops, or fails, before a mail is made, the mail is made when it
 * starts again ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class ReceiptMails {

	static final String EXECUTOR = "receiptMailExecutor";

	/** Published in the submitting transaction. */
	record Submitted(UUID applicationId, String username, String receipt, Instant at, Locale locale) {
	}

	private static final Logger log = LoggerFactory.getLogger(ReceiptMails.class);

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

	@Async(EXECUTOR)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(Submitted submitted) {
		try {
			send(submitted);
		}
		catch (RuntimeException e) {
			log.error("Receipt mail for {} could not be made; it is made again at the next start",
					submitted.receipt(), e);
			throw e;
		}
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

	/**
	 * One worker: the mails follow in the order of submission and rendering never takes more than one database
	 * connection from the requests. At shutdown the worker finishes the queued mails for up to 30 s; what is left
	 * is made at the next start.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Worker {

		@Bean(name = EXECUTOR)
		ThreadPoolTaskExecutor receiptMailExecutor() {
			ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
			executor.setCorePoolSize(1);
			executor.setMaxPoolSize(1);
			executor.setThreadNamePrefix("receipt-mail-");
			executor.setWaitForTasksToCompleteOnShutdown(true);
			executor.setAwaitTerminationSeconds(30);
			return executor;
		}
	}
}

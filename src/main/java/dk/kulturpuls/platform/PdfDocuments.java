package dk.kulturpuls.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;


/**
 * The platform's one way to make a PDF: a Thymeleaf template rendered with the application's beans (so
 * {@code @formats} and the message files work as in web pages), parsed by jsoup into a W3C DOM and laid out by
 * openhtmltopdf as tagged PDF/UA with IBM Plex Sans embedded. Templates should set {@code lang}, a
 * {@code <title>} and real headings, and give images an {@code alt}, so that the PDF is accessible.
 */
@Component
public class PdfDocuments {

	static final String FONT_DIRECTORY = "static/vendor/dkfds/fonts/IBMPlexSans/complete/ttf/";

	private final ITemplateEngine templates;
	private final ApplicationContext applicationContext;

	PdfDocuments(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * Renders a template as tagged PDF/UA with IBM Plex Sans embedded, the variables given and the beans
	 * available as in the web pages.
	 */
	public byte[] render(String template, java.util.Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		var document = new W3CDom().fromJsoup(Jsoup.parse(templates.process(template, context)));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("IBMPlexSans-Regular.ttf"), "IBM Plex Sans", 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("IBMPlexSans-Bold.ttf"), "IBM Plex Sans", 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withW3cDocument(document, "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static java.io.InputStream font(String name) {
		try {
			return new ClassPathResource(FONT_DIRECTORY + name).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException("font " + name + " missing: run the Maven build, which copies DKFDS", e);
		}
	}
}

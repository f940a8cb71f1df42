package dk.kulturpuls.funding;

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
 * The PDF copy of a submitted application: the template funding/pdf rendered by Thymeleaf, parsed by jsoup into
 * a W3C DOM and laid out by openhtmltopdf as tagged PDF/UA with IBM Plex Sans embedded.
 */
@Component
class ApplicationPdf {

	static final String FONT_DIRECTORY = "static/vendor/dkfds/fonts/IBMPlexSans/complete/ttf/";

	private final ITemplateEngine templates;
	private final ApplicationContext applicationContext;

	ApplicationPdf(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	byte[] render(Applications.ApplicationView application, Locale locale) {
		return render("funding/pdf", java.util.Map.of("view", application), locale);
	}

	/**
	 * Renders another template (a decision letter, for instance) the same way: tagged PDF/UA with IBM Plex Sans
	 * embedded, the variables given and the beans available as in the web pages.
	 */
	byte[] render(String template, java.util.Map<String, Object> variables, Locale locale) {
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

package dk.kulturpuls.platform.web;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * Open data: the public page that describes the API (every {@code /api/**} operation the application serves, read
 * from its own request mappings and OpenAPI annotations, so the page cannot drift from the API), and the OpenAPI
 * document's title, version and description. An HTML page rather than Swagger UI: it is in Danish, in the design
 * system and accessible, and needs no third-party script.
 */
@Controller
class OpenDataController {

	/** One operation of the API as listed: method, path, summary, its tag, and whether it takes path variables. */
	public record ApiOperation(String method, String path, String summary, String tag, boolean linkable,
			List<String> parameters) {
	}

	private final RequestMappingHandlerMapping mappings;

	OpenDataController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@Bean
	static OpenAPI kulturpulsOpenApi() {
		return new OpenAPI().info(new Info().title("Kulturpuls open data API").version("v1")
			.description("Open data of the Kulturpuls platform for culture and health programmes: published calls, "
					+ "awarded grants, public projects, released wellbeing figures (disclosure-controlled: no figure "
					+ "below the threshold can be recovered) and the roundtable's budget. Read-only, no login, JSON "
					+ "(and CSV where stated); amounts in whole Danish kroner. Described for people at /public/open-data."));
	}

	@GetMapping("/public/open-data")
	String openData(Model model) {
		List<ApiOperation> operations = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> paths(info).stream()
			.filter(path -> path.startsWith("/api/"))
			.forEach(path -> operations.add(operation(info, method, path))));
		operations.sort(Comparator.comparing(ApiOperation::tag).thenComparing(ApiOperation::path));
		model.addAttribute("operations", operations);
		return "platform/open-data";
	}

	/** Swagger UI is not served; whoever looks for it finds the API described here. */
	@GetMapping({ "/swagger-ui.html", "/swagger-ui", "/swagger-ui/**" })
	String swaggerUi() {
		return "redirect:/public/open-data";
	}

	private static List<String> paths(RequestMappingInfo info) {
		return info.getPathPatternsCondition() == null ? List.of()
				: info.getPathPatternsCondition().getPatternValues().stream().sorted().toList();
	}

	private static ApiOperation operation(RequestMappingInfo info, HandlerMethod method, String path) {
		Operation operation = method.getMethodAnnotation(Operation.class);
		Tag tag = method.getBeanType().getAnnotation(Tag.class);
		String verb = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).sorted()
			.findFirst().orElse("GET");
		List<String> parameters = new ArrayList<>();
		boolean linkable = true;
		for (Parameter parameter : method.getMethod().getParameters()) {
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				String name = param.name().isEmpty() ? param.value() : param.name();
				parameters.add(name.isEmpty() ? parameter.getName() : name);
			}
			if (parameter.getAnnotation(PathVariable.class) != null) {
				linkable = false;
			}
		}
		return new ApiOperation(verb, path, operation == null ? "" : operation.summary(),
				tag == null ? "" : tag.name(), linkable && "GET".equals(verb), parameters);
	}
}

package dk.kulturpuls.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import dk.kulturpuls.platform.TextLimits;

/**
 * The backstop behind the per-field limits ({@link TextLimits}): a request with any parameter longer than
 * {@link TextLimits#REQUEST_PARAMETER} characters reaches no controller, so nothing of it is stored, and the
 * browser is sent to {@code /error/text-too-long}, a page in the user's language that says so. The platform's own
 * forms never send that much (each field has a lower limit, checked with a message beside the field); this catches
 * what is sent around them, including the fields read as raw parameters.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 9)
class ParameterLengthFilter extends OncePerRequestFilter {

	static final String PAGE = "/error/text-too-long";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (tooLong(request)) {
			response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + PAGE)
				.queryParam("from", UploadLimitFilter.formPage(request))
				.encode().build().toUriString());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLong(HttpServletRequest request) {
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (value != null && value.length() > TextLimits.REQUEST_PARAMETER) {
					return true;
				}
			}
		}
		return false;
	}
}

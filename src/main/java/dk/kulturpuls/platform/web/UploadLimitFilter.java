package dk.kulturpuls.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An upload larger than the platform accepts gets a page that says so and what to do, in the user's language.
 * <p>
 * The servlet container refuses to read such a request's body. Left alone, the first one to ask for a form field
 * is Spring Security's CSRF check, which then finds no token, and the user sees the container's bare English "413"
 * page. This filter runs before security, reads the parts of every multipart request, and when the container
 * refuses them sends the browser to {@code /error/upload-too-large} with the page it came from.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String PAGE = "/error/upload-too-large";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipartPost(request)) {
			try {
				request.getParts();
			}
			catch (IllegalStateException | IOException | ServletException e) {
				if (!tooLarge(e)) {
					throw e;
				}
				response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + PAGE)
					.queryParam("from", formPage(request))
					.encode().build().toUriString());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The page the form was on (the referrer, when it is this site), or else the address posted to. */
	static String formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI from = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null) {
					String path = from.getRawPath().substring(Math.min(request.getContextPath().length(),
							from.getRawPath().length()));
					return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
				}
			}
			catch (IllegalArgumentException e) {
				// not an address: fall back to the address posted to
			}
		}
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean isMultipartPost(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equalsIgnoreCase(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	/** The container's size limits: a file or a whole request over its maximum. */
	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.endsWith("SizeLimitExceededException") || name.equals("SizeException")) {
				return true;
			}
		}
		return false;
	}
}

package dk.kulturpuls.projects;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Measures the server time of the public spread map page, from the request's arrival to the last byte of the
 * rendered page, as the Micrometer timer {@code kulturpuls.projects.map} (p50 and p95 in /actuator/prometheus).
 */
@Component
class MapTiming extends OncePerRequestFilter {

	private final Timer timer;

	MapTiming(MeterRegistry registry) {
		this.timer = Timer.builder("kulturpuls.projects.map")
			.description("Server time of the public spread map page, rendering included")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(registry);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/public/projects/map".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
			response.flushBuffer();
		}
		finally {
			timer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}
}

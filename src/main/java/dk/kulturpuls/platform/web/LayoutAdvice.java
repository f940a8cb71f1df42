package dk.kulturpuls.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.kulturpuls.platform.NavigationEntry;

import jakarta.servlet.http.HttpServletRequest;

/** What the shared layout needs on every page: the menu, the signed-in user and the language links. */
@ControllerAdvice
class LayoutAdvice {

	private final Navigation navigation;

	LayoutAdvice(Navigation navigation) {
		this.navigation = navigation;
	}

	record LanguageLink(String code, String href, boolean current) {
	}

	/** @param currentPath the href of the current menu entry (or the page's path when no entry covers it) */
	record Layout(List<NavigationEntry> navigation, String currentPath, String username, List<LanguageLink> languages) {
		public boolean signedIn() {
			return username != null;
		}
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request, Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		Authentication effective = signedIn ? authentication : null;
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		String path = uri.isEmpty() ? "/" : uri;
		String current = WebConfiguration.supported(locale).getLanguage();
		List<LanguageLink> languages = WebConfiguration.SUPPORTED.stream()
				.map(l -> new LanguageLink(l.getLanguage(), path + "?lang=" + l.getLanguage(),
						l.getLanguage().equals(current)))
				.toList();
		List<NavigationEntry> entries = navigation.entriesFor(effective);
		return new Layout(entries, NavigationEntry.current(entries, path),
				effective == null ? null : effective.getName(), languages);
	}
}

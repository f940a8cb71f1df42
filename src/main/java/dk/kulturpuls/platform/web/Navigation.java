package dk.kulturpuls.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

/**
 * The main menu: the front page, the entries modules declare as {@link NavigationEntry} beans, and one start
 * page per role the user has.
 */
@Component
class Navigation {

	private final List<NavigationEntry> declared;

	Navigation(List<NavigationEntry> declared) {
		this.declared = declared;
	}

	List<NavigationEntry> entriesFor(Authentication authentication) {
		Set<Role> roles = rolesOf(authentication);
		List<NavigationEntry> entries = new ArrayList<>();
		entries.add(NavigationEntry.forEveryone("nav.home", "/", 0));
		for (NavigationEntry entry : declared) {
			if (entry.role() == null || roles.contains(entry.role())) {
				entries.add(entry);
			}
		}
		List<String> startPages = new ArrayList<>();
		for (Role role : roles) {
			entries.add(NavigationEntry.forRole(role, "nav.start." + role.name(), role.startPath(),
					100 + role.ordinal()));
			startPages.add(role.startPath());
		}
		// The front page, then the user's own work (start pages first), then the public pages: when the menu is
		// wider than the screen, DKFDS folds the last entries into its "Mere" menu, and those should be the
		// public pages, not the ones a user works with every day.
		entries.sort(Comparator.comparingInt((NavigationEntry entry) -> "/".equals(entry.href()) ? 0
				: entry.role() == null ? 3 : startPages.contains(entry.href()) ? 1 : 2)
			.thenComparingInt(NavigationEntry::order));
		return entries;
	}

	static Set<Role> rolesOf(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (authentication == null || !authentication.isAuthenticated()) {
			return roles;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		for (Role role : Role.values()) {
			if (authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
				roles.add(role);
			}
		}
		return roles;
	}
}

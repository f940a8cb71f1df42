package dk.kulturpuls.platform;

/**
 * An entry of the main menu. Modules declare their entries as beans; the layout shows the public ones to
 * everybody and the others to users with the role.
 *
 * @param messageKey the entry's text
 * @param href the path it links to
 * @param order position in the menu (lower first; role start pages use 100 + the role's ordinal)
 * @param role the role that sees the entry, or null for everybody
 */
public record NavigationEntry(String messageKey, String href, int order, Role role) {

	public static NavigationEntry forEveryone(String messageKey, String href, int order) {
		return new NavigationEntry(messageKey, href, order, null);
	}

	public static NavigationEntry forRole(Role role, String messageKey, String href, int order) {
		return new NavigationEntry(messageKey, href, order, role);
	}

	/** Whether the page at the path belongs to this entry: its own page or one below it. */
	public boolean covers(String path) {
		return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
	}

	/**
	 * Whether this is the current entry, given the menu's current path: the href of the most specific entry that
	 * covers the page (see {@link #current}), so that only one entry is marked.
	 */
	public boolean isCurrent(String menuPath) {
		return href.equals(menuPath);
	}

	/** The href of the most specific entry covering the path (the map, not the catalogue above it), or the path. */
	public static String current(java.util.List<NavigationEntry> entries, String path) {
		return entries.stream().filter(e -> e.covers(path))
			.max(java.util.Comparator.comparingInt(e -> e.href().length()))
			.map(NavigationEntry::href).orElse(path);
	}
}

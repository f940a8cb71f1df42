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

	public boolean isCurrent(String path) {
		return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
	}
}

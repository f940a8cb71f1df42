package dk.kulturpuls.roundtable;

/** How two actors are related. */
public enum RelationKind {
	COLLABORATES_WITH, FUNDS, MEMBER_OF, REPORTS_TO;

	public String messageKey() {
		return "roundtable.relation." + name();
	}
}

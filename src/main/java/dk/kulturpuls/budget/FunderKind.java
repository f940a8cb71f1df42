package dk.kulturpuls.budget;

/** What kind of body a funding source is. */
public enum FunderKind {
	/** A public body: region, municipality, state. */
	PUBLIC,
	/**
	 * A political committee that funds by a decision of its own, such as the health committee that the roundtable's
	 * co-funding rule is anchored on.
	 */
	COMMITTEE,
	/** A private foundation (fond). */
	FOUNDATION,
	/** The applicant's or partners' own contribution. */
	OWN,
	/** Sponsors, ticket income and other private sources. */
	PRIVATE;

	public String messageKey() {
		return "budget.funderKind." + name();
	}

	/** The kind in the plural, as a rule names it ("provided that foundations fund the rest"). */
	public String pluralMessageKey() {
		return "budget.funderKind.plural." + name();
	}
}

package dk.kulturpuls.budget;

/** What kind of body a funding source is. */
public enum FunderKind {
	/** A public body: region, municipality, state, health committee. */
	PUBLIC,
	/** A private foundation (fond). */
	FOUNDATION,
	/** The applicant's or partners' own contribution. */
	OWN,
	/** Sponsors, ticket income and other private sources. */
	PRIVATE;

	public String messageKey() {
		return "budget.funderKind." + name();
	}
}

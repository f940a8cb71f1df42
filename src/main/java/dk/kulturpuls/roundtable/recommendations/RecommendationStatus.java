package dk.kulturpuls.roundtable.recommendations;

/** Where a recommendation stands: drafted, put to the roundtable, adopted for the report, or set aside. */
public enum RecommendationStatus {

	DRAFT, PROPOSED, ADOPTED, SET_ASIDE;

	public String messageKey() {
		return "rt.recommendation.status." + name();
	}
}

package dk.kulturpuls.roundtable.recommendations;

/** The kinds of recommendation the process gives (PRODUCT.md §4). */
public enum RecommendationType {

	POLITICAL_ACTION, FRAME_CONDITION, STRUCTURAL_CHANGE, CULTURAL_CHANGE;

	public String messageKey() {
		return "rt.recommendation.type." + name();
	}
}

package dk.kulturpuls.funding;

/**
 * The grounds of disqualification (inhabilitet) in forvaltningsloven § 3, stk. 1, as a reviewer declares them.
 */
enum ConflictGround {
	/**
	 * § 3, stk. 1, nr. 1: a special personal or financial interest in the outcome, or representing someone who has
	 * one.
	 */
	PERSONAL_OR_FAMILY_INTEREST,
	/**
	 * § 3, stk. 1, nr. 2: married to, or related by blood or marriage (in-laws) to, someone with such an interest or
	 * that person's representative.
	 */
	CLOSE_RELATION,
	/**
	 * § 3, stk. 1, nr. 3: taking part in the management of, or otherwise closely tied to, a company, association or
	 * other private legal person with a special interest in the outcome.
	 */
	MANAGEMENT_OR_BOARD,
	/** § 3, stk. 1, nr. 3: employed by such a company or association (a close tie to it). */
	EMPLOYMENT,
	/**
	 * § 3, stk. 1, nr. 4: a complaint about, or supervision of, another authority's decision or act in which the
	 * reviewer took part.
	 */
	SUPERVISION,
	/**
	 * § 3, stk. 1, nr. 5: other circumstances that may cast doubt on impartiality, such as close friendship or
	 * enmity with a party.
	 */
	OTHER;

	public String messageKey() {
		return "review.ground." + name();
	}
}

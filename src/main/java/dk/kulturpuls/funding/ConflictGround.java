package dk.kulturpuls.funding;

/**
 * The grounds of disqualification (inhabilitet) in forvaltningsloven § 3, stk. 1, as a reviewer declares them.
 */
enum ConflictGround {
	/** § 3, stk. 1, nr. 1: a special personal or financial interest of the reviewer or the reviewer's family. */
	PERSONAL_OR_FAMILY_INTEREST,
	/** § 3, stk. 1, nr. 2: related by blood or marriage to, or otherwise closely connected with, a party. */
	CLOSE_RELATION,
	/** § 3, stk. 1, nr. 3: a member of the management or board of a party. */
	MANAGEMENT_OR_BOARD,
	/** § 3, stk. 1, nr. 1 and 5: employed by, or otherwise in a dependent relation to, a party. */
	EMPLOYMENT,
	/** § 3, stk. 1, nr. 5: other special circumstances that may cast doubt on impartiality. */
	OTHER;

	public String messageKey() {
		return "review.ground." + name();
	}
}

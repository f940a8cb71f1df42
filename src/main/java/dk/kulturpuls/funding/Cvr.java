package dk.kulturpuls.funding;

/**
 * A Danish CVR number: 8 digits, the first not 0, whose weighted sum (weights 2, 7, 6, 5, 4, 3, 2, 1) is
 * divisible by 11.
 */
record Cvr(String value) {

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

	Cvr {
		if (!isValid(value)) {
			throw new IllegalArgumentException("invalid CVR number: " + value);
		}
	}

	/** Accepts "12 34 56 78" and "DK12345678" as typed; returns the 8 digits. */
	static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String cleaned = typed.replaceAll("[\\s-]", "");
		return cleaned.regionMatches(true, 0, "DK", 0, 2) ? cleaned.substring(2) : cleaned;
	}

	static boolean isValid(String digits) {
		if (digits == null || !digits.matches("[1-9]\\d{7}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}
}

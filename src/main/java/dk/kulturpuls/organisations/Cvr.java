package dk.kulturpuls.organisations;

/** The Danish CVR number: eight digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is divisible by 11. */
public final class Cvr {

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

	private Cvr() {
	}

	/** The number without spaces, or null when blank. */
	public static String normalise(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.replaceAll("\\s", "");
	}

	public static boolean isValid(String text) {
		String cvr = normalise(text);
		if (cvr == null || !cvr.matches("\\d{8}") || cvr.charAt(0) == '0') {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (cvr.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}
}

package dk.kulturpuls.platform;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What the user's authenticator app would show: the RFC 6238 code of a secret for a 30-second time step. */
final class TotpCodes {

	private TotpCodes() {
	}

	static long now() {
		return Instant.now().getEpochSecond() / 30;
	}

	/** The code for the current time step plus {@code offset} (the platform accepts -1, 0 and +1). */
	static String code(String secret, int offset) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, now() + offset);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Six digits that are none of the codes the platform would accept now. */
	static String wrong(String secret) {
		List<String> valid = List.of(code(secret, -2), code(secret, -1), code(secret, 0), code(secret, 1),
				code(secret, 2));
		for (int n = 0;; n++) {
			String candidate = String.format("%06d", (Integer.parseInt(valid.get(2)) + 1 + n) % 1_000_000);
			if (!valid.contains(candidate)) {
				return candidate;
			}
		}
	}

	/** The secret as the enrolment page shows it for typing (grouped by four). */
	static String secretOf(Document enrolmentPage) {
		return enrolmentPage.selectFirst("#secret").text().replace(" ", "");
	}
}

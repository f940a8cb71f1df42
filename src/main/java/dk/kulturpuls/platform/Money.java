package dk.kulturpuls.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Danish kroner, held exactly in øre. Never a floating-point number.
 *
 * @param ore the amount in øre (1 kr. = 100 øre)
 */
public record Money(long ore) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	public static Money ofKroner(long kroner) {
		return new Money(Math.multiplyExact(kroner, 100L));
	}

	/** Parses an amount typed in kroner, Danish style ("1.173.040", "1.173.040,50", "1173040 kr."). */
	public static Money parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty amount");
		}
		String cleaned = text.trim().toLowerCase()
				.replace("kr.", "").replace("kr", "").replace("dkk", "")
				.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(',', '.');
		if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
			throw new IllegalArgumentException("not an amount: " + text);
		}
		BigDecimal kroner = new BigDecimal(cleaned);
		return new Money(kroner.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(ore, other.ore));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(ore, other.ore));
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(ore, factor));
	}

	/** This amount times a share given in basis points (1 % = 100 bp), rounded half up to whole øre. */
	public Money percentOf(long basisPoints) {
		return new Money(BigDecimal.valueOf(ore).multiply(BigDecimal.valueOf(basisPoints))
				.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact());
	}

	public boolean isNegative() {
		return ore < 0;
	}

	public boolean hasOre() {
		return ore % 100 != 0;
	}

	public BigDecimal kroner() {
		return BigDecimal.valueOf(ore, 2);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(ore, other.ore);
	}

	public boolean isGreaterThan(Money other) {
		return ore > other.ore;
	}

	public boolean isLessThan(Money other) {
		return ore < other.ore;
	}

	@Override
	public String toString() {
		return Formats.dkk(this);
	}
}

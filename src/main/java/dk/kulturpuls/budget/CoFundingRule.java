package dk.kulturpuls.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A co-funding rule of a budget.
 * <ul>
 * <li>{@link Type#ANCHOR_SHARE}: the anchor funder (every funding source of the anchor kind) pledges at least the
 * share, provided that funders of the rest kind fund the rest (the roundtable: "the health committee supports at
 * least 30 % provided that foundations fund the rest"). The anchor is recognised by its kind, never by how its name
 * is typed; the name is what the rule says.</li>
 * <li>{@link Type#MIN_COFUNDING}: sources other than the named funder (the pool applied to) cover at least the
 * share of the total (a pool's required co-funding).</li>
 * </ul>
 *
 * @param funder the anchor funder's name as the rule names it, or the pool's name for a co-funding requirement
 * @param shareBasisPoints the share in basis points (30 % = 3000)
 * @param restKind for ANCHOR_SHARE, the kind of funder that must fund the rest (null: any)
 * @param anchorKind for ANCHOR_SHARE, the kind of the anchor funder's funding sources
 */
@Embeddable
public record CoFundingRule(
		@Enumerated(EnumType.STRING) @Column(name = "rule_type", nullable = false) Type type,
		@Column(name = "funder", nullable = false) String funder,
		@Column(name = "share_basis_points", nullable = false) int shareBasisPoints,
		@Enumerated(EnumType.STRING) @Column(name = "rest_kind") FunderKind restKind,
		@Enumerated(EnumType.STRING) @Column(name = "anchor_kind") FunderKind anchorKind) {

	public enum Type {
		ANCHOR_SHARE, MIN_COFUNDING
	}

	public CoFundingRule {
		if (type == null || funder == null || funder.isBlank()) {
			throw new IllegalArgumentException("a rule needs a type and a funder");
		}
		if (shareBasisPoints < 0 || shareBasisPoints > 10_000) {
			throw new IllegalArgumentException("a share is between 0 and 100 %");
		}
		if (type == Type.ANCHOR_SHARE && (anchorKind == null || anchorKind == restKind)) {
			throw new IllegalArgumentException("an anchor rule needs an anchor kind other than the rest's");
		}
	}

	/** The named anchor funder, recognised by the anchor kind, pays at least the share; the rest kind the rest. */
	public static CoFundingRule anchorShare(String funder, FunderKind anchorKind, int percent, FunderKind restKind) {
		return new CoFundingRule(Type.ANCHOR_SHARE, funder, percent * 100, restKind, anchorKind);
	}

	/** A committee anchors the rule (the roundtable's health committee). */
	public static CoFundingRule anchorShare(String funder, int percent, FunderKind restKind) {
		return anchorShare(funder, FunderKind.COMMITTEE, percent, restKind);
	}

	public static CoFundingRule minimumCoFunding(String pool, int percent) {
		return new CoFundingRule(Type.MIN_COFUNDING, pool, percent * 100, null, null);
	}
}

package dk.kulturpuls.roundtable.initiatives;

/** The explicit criteria of an initiative's maturity, each scored 1–5 with a justification. */
public enum Criterion {

	EVIDENCE_OF_EFFECT, SCALABILITY, ORGANISATIONAL_ANCHORING, FUNDING_SECURED, PARTNER_READINESS;

	public String messageKey() {
		return "rt.initiative.criterion." + name();
	}

	public String justificationKey() {
		return "rt.initiative.criterion." + name() + ".why";
	}

	public String helpKey() {
		return "rt.initiative.criterion." + name() + ".help";
	}
}

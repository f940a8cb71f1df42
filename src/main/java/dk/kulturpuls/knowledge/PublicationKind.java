package dk.kulturpuls.knowledge;

/** What kind of publication it is. */
public enum PublicationKind {
	PROJECT_REPORT, EVALUATION, RESEARCH, GUIDE
}

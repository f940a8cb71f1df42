package dk.kulturpuls.projects;

/** What a documentation item is. Reports and evaluations can go into the knowledge base. */
public enum DocumentKind {
	REPORT, EVALUATION, IMAGE, VIDEO, ARTICLE;

	public boolean publishable() {
		return this == REPORT || this == EVALUATION;
	}

	public String messageKey() {
		return "project.document.kind." + name();
	}
}

package dk.kulturpuls.roundtable.mission;

/** What a visual artefact of the mission is. */
public enum ArtefactKind {

	IMAGE, VIDEO, AUDIO, LINK;

	/** The kind of an uploaded file from its detected media type. */
	static ArtefactKind of(String contentType) {
		if (contentType.startsWith("image/")) {
			return IMAGE;
		}
		if (contentType.startsWith("video/")) {
			return VIDEO;
		}
		if (contentType.startsWith("audio/")) {
			return AUDIO;
		}
		throw new IllegalArgumentException("not an image, video or audio type: " + contentType);
	}

	public String messageKey() {
		return "rt.mission.artefact.kind." + name();
	}
}

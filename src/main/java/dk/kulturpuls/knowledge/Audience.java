package dk.kulturpuls.knowledge;

/** Who is searching: the public sees public publications only; programme staff see internal ones too. */
public enum Audience {
	PUBLIC, STAFF
}

package dk.kulturpuls.knowledge;

/** The art forms a publication can be about. */
enum ArtForm {
	MUSIC, VISUAL_ART, LITERATURE, PERFORMING_ARTS, FILM, CRAFTS, HERITAGE, NATURE_CULTURE, SEVERAL
}

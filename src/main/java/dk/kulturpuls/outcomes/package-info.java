/**
 * Wellbeing outcomes: validated instruments (WHO-5, WEMWBS, SWEMWBS, UCLA-3) as versioned data, their exact
 * scoring, the paired before/after analysis and small-cell suppression. Participants' answers are health data
 * (GDPR art. 9) and never leave this module; other modules get suppressed aggregates only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package dk.kulturpuls.outcomes;

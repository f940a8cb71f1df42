/**
 * Programmes, pools and open calls, grant applications, reviews with conflicts of interest, and decisions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package dk.kulturpuls.funding;

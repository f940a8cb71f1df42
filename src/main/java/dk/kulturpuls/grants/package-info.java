/**
 * Grants: what the funding module's decisions awarded (amount, conditions, period), published for transparency as
 * Danish grant-giving bodies publish theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grants")
package dk.kulturpuls.grants;

/**
 * Organisations and their contact people, used across the platform: name, type, sector, CVR (checked with
 * modulus 11), municipality. Other modules refer to an organisation by its
 * {@link dk.kulturpuls.organisations.OrganisationId} and read it through
 * {@link dk.kulturpuls.organisations.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package dk.kulturpuls.organisations;

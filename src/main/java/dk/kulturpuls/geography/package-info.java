/**
 * Denmark's 98 municipalities and five regions, with population where known and the boundaries (Geodatastyrelsen,
 * DAGI/FOT, 2014-02-13, 1:500,000) used by every map of the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package dk.kulturpuls.geography;

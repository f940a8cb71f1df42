/**
 * Infrastructure shared by every capability: security and accounts, layout, languages, formatting of money
 * and dates, the embedded database and the audit trail. Its public API is the types in this package; the
 * sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dk.kulturpuls.platform;

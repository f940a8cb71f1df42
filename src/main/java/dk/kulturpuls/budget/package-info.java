/**
 * One budget model for applications, grants and the roundtable: years × lines with planned and actual amounts,
 * funding sources with their status, and co-funding rules. Totals are always computed, never typed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget")
package dk.kulturpuls.budget;

# Reference values for PairedAnalysisTests, computed independently with R's t.test and wilcox.test.
# Regenerate: Rscript make-fixtures.R   (R 4.2.2, Debian r-base-core; run in this folder)
write_case <- function(name, before, after) {
  write.csv(data.frame(before = before, after = after), paste0(name, ".csv"), row.names = FALSE)
  d <- after - before
  tt <- t.test(after, before, paired = TRUE)
  wt <- suppressWarnings(wilcox.test(after, before, paired = TRUE, correct = TRUE))
  n <- length(d)
  dz <- mean(d) / sd(d)
  dav <- mean(d) / ((sd(before) + sd(after)) / 2)
  out <- c(
    n = n,
    mean_change = mean(d),
    sd_change = sd(d),
    ci_low = tt$conf.int[1],
    ci_high = tt$conf.int[2],
    t = unname(tt$statistic),
    df = unname(tt$parameter),
    p_t = tt$p.value,
    wilcoxon_v = unname(wt$statistic),
    p_wilcoxon = wt$p.value,
    dz = dz,
    d_av = dav
  )
  writeLines(paste0(names(out), "=", formatC(out, digits = 15, format = "g")), paste0(name, ".expected"))
}

set.seed(20261123)
# WHO-5 percentage scores (steps of 4, many ties): about 38 before, 58 after, like Kultur paa Recept
before <- pmin(100, pmax(0, 4 * round(rnorm(30, 38, 14) / 4)))
after <- pmin(100, pmax(0, 4 * round((before + rnorm(30, 20, 16)) / 4)))
write_case("who5-ties", before, after)

# continuous, small and without ties (exact Wilcoxon p)
before <- round(rnorm(15, 45, 8), 3)
after <- round(before + rnorm(15, 3, 5), 3)
write_case("continuous-small", before, after)

# continuous, larger (normal approximation)
before <- round(rnorm(80, 49.4, 8.96), 3)
after <- round(before + rnorm(80, 2.5, 7), 3)
write_case("continuous-large", before, after)

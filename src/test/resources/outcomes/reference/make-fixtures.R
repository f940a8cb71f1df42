# Reference values for PairedAnalysisTests, computed independently with R's t.test and wilcox.test.
# Regenerate: Rscript make-fixtures.R   (R 4.2.2, Debian r-base-core; run in this folder)
write_case <- function(name, before, after) {
  write.csv(data.frame(before = before, after = after), paste0(name, ".csv"), row.names = FALSE)
  d <- after - before
  tt <- t.test(after, before, paired = TRUE)
  wt <- suppressWarnings(wilcox.test(after, before, paired = TRUE, correct = TRUE))
  n <- length(d)
  # R drops zero differences before ranking; exact p only for n < 50 non-zero differences without ties or zeros
  nonzero <- d[d != 0]
  exact <- length(nonzero) < 50 && !any(d == 0) && length(unique(rank(abs(nonzero)))) == length(nonzero)
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
    wilcoxon_n = length(nonzero),
    zeros = sum(d == 0),
    wilcoxon_exact = as.numeric(exact),
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

# WHO-5 with many unchanged scores (zero differences) and ties: zeros are dropped before ranking, normal approximation
set.seed(20261202)
before <- pmin(100, pmax(0, 4 * round(rnorm(30, 44, 12) / 4)))
step <- sample(c(-8, -4, 0, 0, 0, 4, 8, 12), 30, replace = TRUE)
after <- pmin(100, pmax(0, before + step))
write_case("who5-zeros", before, after)

# small UCLA-3 totals (3-9): zeros and ties with only 12 pairs (still the normal approximation, as R does)
before <- c(7, 8, 6, 9, 7, 5, 8, 6, 7, 9, 4, 6)
after <- c(5, 8, 5, 7, 7, 4, 6, 6, 5, 8, 4, 7)
write_case("ucla3-small-zeros", before, after)

# small, no zeros but tied differences: normal approximation with tie correction
before <- c(40, 44, 36, 52, 48, 28, 60, 32, 44, 56)
after <- c(48, 52, 40, 48, 60, 36, 64, 44, 52, 52)
write_case("who5-small-ties", before, after)

# one zero among otherwise distinct differences: the zero alone rules out the exact p
before <- c(10.5, 12.25, 9.75, 14, 11.5, 13.125, 8.5, 10)
after <- c(12, 12.25, 9, 17.5, 13.25, 16.25, 8.25, 15.5)
write_case("one-zero", before, after)

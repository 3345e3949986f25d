// The plan's score under another policy: results may count up to 120% of the target.
show(achievement(report, AchievementPolicy.defaults().withCap(Percentage.of(120))).summary(IT).lines().findFirst().get());

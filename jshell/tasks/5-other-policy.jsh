// The plan's score under another policy: results may count up to 120% of the target.
show(render(IT).summary(achievement(report, AchievementPolicy.defaults().withCap(Percentage.of(120)))).lines().findFirst().get());

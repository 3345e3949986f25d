// Indicators that improved or worsened from 2016 to 2017, judged with their polarity.
for (LocatedIndicator li : report.indicators()) {
    IndicatorChange c = ChangeOverTime.between(li.indicator(), 2016, 2017);
    if (c.trend() == Trend.IMPROVED || c.trend() == Trend.WORSENED) show(render(IT).trend(c.trend()) + ": " + li.indicator().name());
}

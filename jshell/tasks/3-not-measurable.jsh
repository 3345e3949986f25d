// Indicators that cannot be measured, with the reason in Italian.
for (Row r : achievement(report).indicators().notMeasurable()) show(r.objectiveCode() + " " + r.name() + ": " + render(IT).explanation(r.node().explanation()));

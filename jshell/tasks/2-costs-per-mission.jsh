// Costs (oneri correnti): budget against actual, per mission.
show(variance(report).table(NodeKind.MISSION, ResourceLine.COSTS, IT));

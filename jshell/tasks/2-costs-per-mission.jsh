// Costs (oneri correnti): budget against actual, per mission.
show(render(IT).table(variance(report), NodeKind.MISSION, ResourceLine.COSTS));

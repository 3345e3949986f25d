// Objectives from worst to best, with score and band.
show(achievement(report).objectives().worstFirst().table(IT));

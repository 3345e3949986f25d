// Objectives from worst to best, with score and band.
show(render(IT).table(achievement(report).objectives().worstFirst()));

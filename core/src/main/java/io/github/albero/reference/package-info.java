/**
 * Reference data: the classification schemes a plan may follow ({@link io.github.albero.reference.Scheme}),
 * the chambers' missions and programs ({@link io.github.albero.reference.ReferenceProgram}, DM 27 March 2013)
 * and those of regions and local authorities ({@link io.github.albero.reference.LocalAuthorityProgram},
 * D.Lgs. 118/2011).
 */
package io.github.albero.reference;

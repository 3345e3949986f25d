/** Reference data: the missions and programs of the spending classification ({@link io.github.albero.reference.ReferenceProgram}). */
package io.github.albero.reference;

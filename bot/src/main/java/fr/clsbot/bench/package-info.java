/** The benchmark: a synthetic national knowledge base, a realistic question mix, and the measurements. */
package fr.clsbot.bench;

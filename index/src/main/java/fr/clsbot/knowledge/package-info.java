/** The knowledge model of a CLS (contract, territory, typed facts, sources) and its YAML loading and validation. */
package fr.clsbot.knowledge;

/**
 * France's administrative map (communes, EPCI, départements, régions) from Etalab's découpage administratif,
 * looked up by name or postal code, and the link between contracts and the territories they cover.
 */
package fr.clsbot.territory;

/** The console channel: a French chat in the terminal. */
package fr.clsbot.console;

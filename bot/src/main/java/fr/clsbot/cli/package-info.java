/** The {@code clsbot} command line: one small picocli class per command, all registered in {@link fr.clsbot.cli.ClsBot}. */
package fr.clsbot.cli;

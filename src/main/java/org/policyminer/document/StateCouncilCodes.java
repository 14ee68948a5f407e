package org.policyminer.document;

import java.util.List;

/**
 * The issuer a State Council number names by its code, for a page that shows the number but neither a table, a
 * signature nor an issuer in its title (a decree reposted as text: 国令第722号). The codes are the State Council's
 * and its General Office's own (国发, 国函, 国令, 国办发, 国办函, and their 明电 forms): what the code says, not a guess.
 */
final class StateCouncilCodes {
    private StateCouncilCodes() {}

    static List<String> issuerOf(String number) {
        if (number == null) return List.of();
        if (number.startsWith("国办")) return List.of("国务院办公厅");
        if (number.startsWith("国发") || number.startsWith("国函") || number.startsWith("国令") || number.startsWith("国务院令")) {
            return List.of("国务院");
        }
        return List.of();
    }
}

package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private static boolean internal(String literal) throws Exception {
        return AddressGuard.isInternal(InetAddress.getByName(literal));
    }

    @Test
    void classifiesPrivateLoopbackAndLinkLocalAddressesAsInternal() throws Exception {
        for (String a : new String[] {"127.0.0.1", "127.0.0.2", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
                "::ffff:10.0.0.1", "224.0.0.1"}) {
            assertTrue(internal(a), a);
        }
    }

    @Test
    void classifiesPublicAddressesAsExternal() throws Exception {
        for (String a : new String[] {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"}) {
            assertFalse(internal(a), a);
        }
    }
}

package org.policyminer.watch;

/**
 * One firing of a saved search for one article version. {@code deliveryKey} is (alert id, article key, content
 * hash): the same article version never fires the same alert twice on a channel, even when an event is replayed
 * after a crash.
 */
public record Alert(String alertId, String deliveryKey, WatchEvent event) {
    public static String key(String alertId, String articleKey, String hash) {
        return alertId + "|" + articleKey + "|" + hash;
    }
}

package org.policyminer.entities;

import java.util.List;

/**
 * The place hits of a text (in text order), for "the last place of some kind found before a position" in log time:
 * a scan of the hits from the start for every cluster and figure made the entity stage grow with the square of a
 * page's size. Each answer is what that scan gave: the last qualifying hit before the first hit ending after the
 * position.
 */
final class PlacesBefore {
    private final List<PlaceHit> hits;
    /** maxEnd[i]: the furthest end among hits 0..i, so the first hit ending after a position is a binary search. */
    private final int[] maxEnd;
    /** The last hit up to i that is a city group or whose first place is a city (a cluster's context), or -1. */
    private final int[] lastContext;
    /** The last single-place hit up to i naming a city (全市, 我市 …), or -1. */
    private final int[] lastCity;
    /** The last single-place hit up to i naming a province or municipality (全省, 我省 …), or -1. */
    private final int[] lastProvince;

    PlacesBefore(List<PlaceHit> hits) {
        this.hits = hits;
        int n = hits.size();
        maxEnd = new int[n];
        lastContext = new int[n];
        lastCity = new int[n];
        lastProvince = new int[n];
        int end = Integer.MIN_VALUE, context = -1, city = -1, province = -1;
        for (int i = 0; i < n; i++) {
            PlaceHit h = hits.get(i);
            Place p = h.places().get(0);
            end = Math.max(end, h.end());
            if (h.group() || p.isCity()) context = i;
            if (!h.group() && p.isCity()) city = i;
            if (!h.group() && p.isProvinceLevel()) province = i;
            maxEnd[i] = end;
            lastContext[i] = context;
            lastCity[i] = city;
            lastProvince[i] = province;
        }
    }

    /** The context of a cluster named at {@code before} without a place of its own: the last city or group before it. */
    PlaceHit context(int before) {
        int k = scanEnd(before);
        return k == 0 || lastContext[k - 1] < 0 ? null : hits.get(lastContext[k - 1]);
    }

    /** The city (or, with {@code province}, the province) that 全市 (全省) at {@code at} refers to, or null. */
    Place local(int at, boolean province) {
        int k = scanEnd(at);
        int i = k == 0 ? -1 : (province ? lastProvince : lastCity)[k - 1];
        return i < 0 ? null : hits.get(i).places().get(0);
    }

    /** How many hits a scan from the start reads before meeting one that ends after {@code pos}. */
    private int scanEnd(int pos) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] > pos) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}

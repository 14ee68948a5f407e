package org.policyminer.entities;

import java.util.List;

/** A place name found in simplified text: [start, end) and the places it names (several for 广深佛莞). */
record PlaceHit(int start, int end, List<Place> places, boolean group) {}

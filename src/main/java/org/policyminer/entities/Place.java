package org.policyminer.entities;

/** One entry of the gazetteer: a province, prefecture-level division or county-level city. */
public record Place(String code, String name, String level, String parentCode, String shortName) {
    public boolean isProvinceLevel() {
        return level.equals("province") || level.equals("municipality");
    }

    /** A city that can own a cluster (municipality, prefecture, county-level city), not a province. */
    public boolean isCity() {
        return !level.equals("province");
    }
}

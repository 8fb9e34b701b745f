package io.yudex.organisation;

public enum RegionLevel {
    PROVINCE, CITY, COUNTY
}

package io.yudex.catalog;

/**
 * 信息项: one field of a resource.
 *
 * @param name        machine name, e.g. {@code sfzhm}
 * @param label       Chinese label, e.g. 公民身份号码
 * @param dataType    national data type
 * @param length      maximum length, null when the type has none
 * @param required    must be present in every record
 * @param key         part of the record's key
 * @param sensitivity sensitivity class; drives masking and open-data rules
 */
public record DataItem(String name, String label, DataType dataType, Integer length, boolean required, boolean key,
        Sensitivity sensitivity) {}

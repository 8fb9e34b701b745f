package io.yudex.synth;

/** 市场主体登记: row {@code i} is entity {@code i} of the enterprise space. */
final class EnterpriseRenderer implements RowRenderer {

    private final World world;

    EnterpriseRenderer(World world) {
        this.world = world;
    }

    @Override
    public void append(long i, DefectKind kind, StringBuilder sb) {
        Enterprise e = world.enterpriseSpace().get(i);
        sb.append(e.uscc()).append(',').append(e.name()).append(',').append(e.typeCode()).append(',')
                .append(e.legalRep()).append(',').append(e.capital()).append(',');
        Days.appendIso(sb, e.founded());
        sb.append(',').append(e.address()).append(',').append(e.authority());
    }
}

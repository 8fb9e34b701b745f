package io.yudex.synth;

/**
 * One market entity of the enterprise space.
 *
 * @param index     position in the enterprise space
 * @param uscc      valid 18-character unified social credit code (registration department 9)
 * @param name      registered name
 * @param typeCode  four-digit entity type (qylx)
 * @param legalRep  legal representative or operator, a working-age person of the population space
 * @param capital   registered capital in 10,000 yuan with two decimals
 * @param founded   day index (see {@link Days}) of establishment
 * @param address   registered address (住所)
 * @param authority registering authority, e.g. 郑州市金水区市场监督管理局
 * @param county    county index in {@link Henan}
 * @param cityLevel whether registered by the city bureau rather than the county one
 * @param food      whether the entity sells or serves food (and so holds a food licence)
 */
record Enterprise(long index, String uscc, String name, String typeCode, String legalRep, String capital,
                  int founded, String address, String authority, int county, boolean cityLevel, boolean food) {

    /** Entity type digit of the USCC: 1 company, 2 individual business, 3 farmers' cooperative. */
    char entityType() {
        return uscc.charAt(1);
    }
}

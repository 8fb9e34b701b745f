package io.yudex.catalog.census;

import io.yudex.identity.Caller;
import org.springframework.stereotype.Service;

/**
 * Census registration: hands out the template and imports a filled one. Not transactional itself, so that a
 * refusal from the catalog rolls back {@link CensusWriter}'s transaction before it is reported here.
 */
@Service
public class CensusService {

    /** The workbook is read in memory; a catalog census is small, data itself goes through the data-load API. */
    public static final long MAX_BYTES = 20L << 20;


    private final CensusWriter writer;

    CensusService(CensusWriter writer) {
        this.writer = writer;
    }

    /** The XLSX template departments fill in. */
    public byte[] template() {
        return CensusTemplate.bytes();
    }

    /**
     * Checks the whole file and, only when nothing is wrong, registers every resource in it as a draft of
     * {@code caller}. Never throws for a bad file: every problem is in the result.
     *
     * @param xlsx   the uploaded workbook, any bytes
     * @param caller who registers; blank provider codes mean the caller's department
     */
    public CensusResult importFile(byte[] xlsx, Caller caller) {
        CensusImporter.Plan plan = CensusImporter.read(xlsx);
        if (!plan.problems().isEmpty()) {
            return CensusResult.rejected(plan.problems());
        }
        try {
            return CensusResult.applied(writer.write(plan.entries(), caller));
        } catch (CensusRejectedException e) {
            return CensusResult.rejected(e.problems());
        }
    }
}

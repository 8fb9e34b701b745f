package io.yudex.catalog.census;

import io.yudex.catalog.CatalogService;
import io.yudex.identity.Caller;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers the resources of a checked census file in one transaction: all of them or none. */
@Component
class CensusWriter {

    private final CatalogService catalog;

    CensusWriter(CatalogService catalog) {
        this.catalog = catalog;
    }

    /**
     * Registers every entry as a draft and returns the codes in file order.
     *
     * @throws CensusRejectedException when the catalog refuses any entry (unknown provider or related code, another
     *                                 department's provider, a name already taken); nothing is then kept
     */
    @Transactional
    public List<String> write(List<CensusEntry> entries, Caller caller) {
        List<String> codes = new ArrayList<>();
        List<CensusProblem> problems = new ArrayList<>();
        for (CensusEntry entry : entries) {
            // Keep going after a refusal so the user sees every row the catalog refuses, not only the first; the
            // refusals are checks made before any write, so the transaction is still usable.
            try {
                codes.add(catalog.create(entry.command(), caller).code());
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    problems.add(CensusImporter.locate(entry, error.field(), error.message()));
                }
            } catch (ConflictException e) {
                problems.add(CensusImporter.locate(entry, "name", e.getMessage()));
            } catch (ForbiddenException e) {
                problems.add(CensusImporter.locate(entry, "providerCode", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CensusRejectedException(problems);
        }
        return codes;
    }
}

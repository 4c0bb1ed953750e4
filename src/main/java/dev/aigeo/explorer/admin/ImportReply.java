package dev.aigeo.explorer.admin;

import dev.aigeo.explorer.dataset.Fault;
import dev.aigeo.explorer.dataset.ImportProgress;
import dev.aigeo.explorer.http.Problem;
import java.util.List;

/** How an admin import answers: one JSON body at the end, or a stream of server-sent events as it goes. */
interface ImportReply {

    /** Hears the phases of the import as they come. */
    ImportProgress progress();

    void imported(AdminImportRoutes.ImportAnswer answer);

    void failed(Problem problem);

    /** An unexpected failure: the plain answer leaves it to the server's error mapping, a stream reports it. */
    void crashed(RuntimeException e);

    /** The 422 problem for a dataset with faults: every {@code file:line: reason}, and nothing changed. */
    static Problem faults(List<Fault> faults) {
        return new Problem("about:blank", "Unprocessable Content", 422,
                "the dataset has " + faults.size() + (faults.size() == 1 ? " fault" : " faults")
                        + "; nothing was changed", faults.stream().map(Fault::toString).toList());
    }
}

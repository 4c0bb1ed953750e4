package dev.aigeo.explorer.dataset;

import dev.aigeo.explorer.graph.ClasspathFolder;
import dev.aigeo.explorer.graph.Graph;
import java.nio.file.Path;
import java.util.List;

/** The entry points for the CLI and the server: validate a folder, import it, find the bundled default. */
public final class Datasets {

    /** The outcome of an import: the faults (nothing written) or the report. */
    public record ImportResult(List<Fault> faults, DatasetImporter.Report report) {
        public boolean imported() {
            return report != null;
        }
    }

    private Datasets() {
    }

    /** The default dataset shipped inside the app. */
    public static Path bundled() {
        return ClasspathFolder.of("/dataset");
    }

    /** Checks a folder on its own: every relationship endpoint must be in the folder. */
    public static ParsedDataset validate(Path folder) {
        return DatasetValidator.validate(DatasetReader.read(folder, folderName(folder)),
                DatasetValidator.ExistingEntities.NONE);
    }

    /** Checks a folder on its own, as {@link #validate} does, holding ids only: every fault, or what it holds. */
    public static FolderSource.Checked check(Path folder) {
        return FolderSource.check(folder, folderName(folder), name -> DatasetValidator.ExistingEntities.NONE);
    }

    /** Validates against the database (endpoints may already exist there) and, if there is no fault, imports. */
    public static ImportResult importInto(Graph graph, Path folder) {
        return importInto(graph, folder, ImportProgress.SILENT);
    }

    /**
     * The same, telling {@code progress} how the writing goes. The folder is read twice — to check it whole, then
     * to write it — so that memory holds ids and a few batches, never all the rows.
     */
    public static ImportResult importInto(Graph graph, Path folder, ImportProgress progress) {
        FolderSource.Checked checked = checkAgainst(graph, folder);
        return checked.faults().isEmpty()
                ? new ImportResult(List.of(), new DatasetImporter(graph).write(checked.source(), progress))
                : new ImportResult(checked.faults(), null);
    }

    /**
     * Validates a folder against the database (endpoints may already exist there) without writing anything and
     * without holding its rows: every fault, or the source that {@link DatasetImporter#write(ImportSource,
     * ImportProgress)} reads again to import it.
     */
    public static FolderSource.Checked checkAgainst(Graph graph, Path folder) {
        return FolderSource.check(folder, folderName(folder), new DatasetImporter(graph)::existingEntities);
    }

    /** True when the database already holds exactly this dataset, as imported from the same files. */
    public static boolean isCurrent(Graph graph, ImportSource dataset) {
        return new DatasetImporter(graph).holds(dataset);
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "dataset" : name.toString();
    }
}

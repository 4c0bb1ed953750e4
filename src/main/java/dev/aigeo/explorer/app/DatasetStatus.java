package dev.aigeo.explorer.app;

/** Where the start-up dataset load stands; /api/health answers STARTING until it has committed. */
public final class DatasetStatus {

    private volatile String name;
    private volatile String version;
    private volatile boolean ready;
    private volatile String failure;

    public void loading(String datasetName) {
        this.name = datasetName;
        this.ready = false;
        this.failure = null;
    }

    public void ready(String datasetName, String datasetVersion) {
        this.name = datasetName;
        this.version = datasetVersion;
        this.ready = true;
    }

    /** The load gave up; {@code reason} is safe to show (no driver text). */
    public void failed(String reason) {
        this.failure = reason;
        this.ready = false;
    }

    public String failure() {
        return failure;
    }

    public boolean isReady() {
        return ready;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }
}

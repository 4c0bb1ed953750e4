package dev.aigeo.explorer.http;

/** A request the API refuses with a status and a reason a person understands (becomes problem details). */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    public int status() {
        return status;
    }
}

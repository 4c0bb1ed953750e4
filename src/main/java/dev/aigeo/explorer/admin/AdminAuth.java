package dev.aigeo.explorer.admin;

import dev.aigeo.explorer.http.ApiException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin token check of every write route (security.md): {@code Authorization: Bearer <ADMIN_TOKEN>}, compared
 * in constant time, checked before the body is read. No token configured = writes are refused (403); a missing or
 * wrong token is 401. The token is never taken from the query string and never logged.
 */
public final class AdminAuth {

    private final byte[] token;

    /** {@code token} null or blank disables every admin route. */
    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public void require(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "admin routes are disabled: the server has no ADMIN_TOKEN");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "this route needs the header Authorization: Bearer <admin token>");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "the admin token is not valid");
        }
    }
}

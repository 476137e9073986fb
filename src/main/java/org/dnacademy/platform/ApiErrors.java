package org.dnacademy.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every refusal of the JSON API is JSON with a message, with the status JAX-RS chose: a body of the
 * wrong type (415), a missing or malformed parameter (400 or 404), a wrong method (405). Nothing a
 * client sends reaches the error page of the HTML site.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            LOG.log(Level.WARNING, "API request failed", exception);
        }
        String message = switch (status) {
            case 400 -> "The request is not valid.";
            case 404 -> "Not found.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "Ask for JSON or text.";
            case 415 -> "Send the form as application/x-www-form-urlencoded.";
            default -> status >= 500 ? "The server could not complete the request." : "The request was refused.";
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("status", status).add("message", message).build().toString()).build();
    }
}

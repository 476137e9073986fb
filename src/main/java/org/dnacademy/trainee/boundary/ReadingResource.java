package org.dnacademy.trainee.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.progress.control.LearningHours;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.Lesson;

/**
 * {@code POST /api/lessons/{module}/{lesson}/reading}: the open, visible lesson page says it is
 * still there ({@code reading.js}, every 15 seconds); the server adds the time since the last such
 * signal to the trainee's engaged reading of the lesson (see {@code ReadingTime}). Answers 204;
 * 404 for a lesson that does not exist or is locked for the trainee; 403 without the page's header
 * or for someone who is not a trainee.
 */
@Path("lessons/{module}/{lesson}/reading")
public class ReadingResource {

    static final String HEADER = "X-DNA-Reading";

    @Inject
    CurriculumCatalog catalog;

    @Inject
    Progress progress;

    @Inject
    LearningHours learningHours;

    @Inject
    CurrentUser currentUser;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response signal(@PathParam("module") String module, @PathParam("lesson") String slug, @HeaderParam(HEADER) String header) {
        if (!"1".equals(header) || !currentUser.isTrainee()) {
            return answer(Response.Status.FORBIDDEN, "Reading time is recorded from the lesson page only.");
        }
        long trainee = currentUser.get().getId();
        Lesson lesson = catalog.findCurrent(module).flatMap(m -> m.getLessons().stream().filter(l -> l.getSlug().equals(slug)).findFirst())
                .orElse(null);
        if (lesson == null || progress.of(trainee, lesson.getModuleVersion().getModuleKey()).isLocked()) {
            return answer(Response.Status.NOT_FOUND, "There is no such lesson open to you.");
        }
        try {
            learningHours.signal(trainee, lesson);
        } catch (EJBException raced) {
            // Two tabs sent the first signal of a lesson at once and one row won: the other signal
            // adds nothing, which is what it would have added anyway.
            return Response.noContent().build();
        }
        return Response.noContent().build();
    }

    private static Response answer(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("status", status.getStatusCode()).add("message", message).build().toString()).build();
    }
}

package org.dnacademy.training.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.training.control.CurriculumCatalog;

/**
 * Serves lesson diagrams at {@code /training/images/<module>/<file>} from the current module
 * version. SVG is served with a policy that lets it run nothing, even when opened on its own.
 */
@WebServlet("/training/images/*")
public class ModuleImageServlet extends HttpServlet {

    @Inject
    CurriculumCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String[] parts = path == null ? new String[0] : path.substring(1).split("/");
        if (parts.length != 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var image = catalog.currentImage(parts[0], parts[1]);
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = image.get().getContent();
        response.setContentType(image.get().getMediaType());
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

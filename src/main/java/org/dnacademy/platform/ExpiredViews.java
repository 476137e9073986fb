package org.dnacademy.platform;

import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A post from a page whose server-side state is gone (the session ended, the page was open too
 * long, or the view state was tampered with) is answered with the "page expired" page and status
 * 400: nothing from the form was saved, and the person is told so. Without this the exception
 * reaches the container wrapped in a FacesException, which no error-page mapping unwraps, and the
 * person sees "something went wrong" instead.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (isExpiredView(thrown)) {
                    events.remove();
                    showExpiredPage(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void showExpiredPage(FacesContext faces) {
            UIViewRoot expired = faces.getApplication().getViewHandler().createView(faces, EXPIRED_PAGE);
            faces.setViewRoot(expired);
            faces.getExternalContext().setResponseStatus(400);
            faces.renderResponse();
        }
    }
}

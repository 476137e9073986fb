package org.dnacademy.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when the site is reached over HTTPS ({@code DNA_PUBLIC_URL}
 * starts with {@code https://}), also behind a proxy that ends TLS and talks plain HTTP to this
 * server, where the server cannot tell from the request itself.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Settings.current().servedOverHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

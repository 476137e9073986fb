package org.dnacademy.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client that behaves like a browser towards Faces pages: it keeps cookies, can
 * follow redirects or not, and submits a page's form with its hidden fields (including the view
 * state token), the way a person pressing the form's button would.
 */
public class WebClient {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        // HTTP/1.1, as browsers speak to an http:// address; Java's default (HTTP/2) would upgrade to h2c.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** GET without following redirects. */
    public Page getRaw(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /** GET, following redirects like a browser. */
    public Page get(String path) {
        return follow(getRaw(path));
    }

    /** Fills the fields (ids relative to the form, e.g. "email") and presses the button with the given id. */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        return follow(submitRaw(page, formId, fields, buttonId));
    }

    public Page submitRaw(Page page, String formId, Map<String, String> fields, String buttonId) {
        return submitRaw(page, formId, fields, buttonId, Map.of());
    }

    /**
     * As {@link #submitRaw(Page, String, Map, String)}, with some parameters sent under their own
     * names instead of what the page holds: a tampered hidden field, as an attacker would send it.
     */
    public Page submitRaw(Page page, String formId, Map<String, String> fields, String buttonId, Map<String, String> tampered) {
        Matcher form = findForm(page, formId);
        String body = form.group(2);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(body);
        while (hidden.find()) {
            String input = hidden.group();
            Matcher name = NAME.matcher(input);
            Matcher value = VALUE.matcher(input);
            if (name.find()) {
                values.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        String prefix = fullId(form.group(0), formId);
        fields.forEach((field, value) -> values.put(prefix + ":" + field, value));
        values.put(prefix + ":" + buttonId, "pressed");
        values.putAll(tampered);
        Matcher action = ACTION.matcher(form.group(0));
        String target = action.find() ? unescape(action.group(1)) : page.path();
        String encoded = values.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build());
    }

    /**
     * Submits a {@code multipart/form-data} form (a file upload) as a browser does: its hidden
     * fields, the given fields, one file, and the pressed button.
     */
    public Page submitMultipart(Page page, String formId, Map<String, String> fields, String fileField, String fileName,
            byte[] content, String buttonId) {
        Matcher form = findForm(page, formId);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.group(2));
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                values.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        String prefix = fullId(form.group(0), formId);
        fields.forEach((field, value) -> values.put(prefix + ":" + field, value));
        values.put(prefix + ":" + buttonId, "pressed");
        String boundary = "----dnacademy" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        values.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + prefix + ":" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write.accept("\r\n--" + boundary + "--\r\n");
        Matcher action = ACTION.matcher(form.group(0));
        String target = action.find() ? unescape(action.group(1)) : page.path();
        return follow(send(HttpRequest.newBuilder(resolve(target))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build()));
    }

    /**
     * The row index, in a table rendered by {@code <ui:repeat id="rows">}, of the row whose label
     * for the field {@code field} reads {@code labelText}.
     */
    public static int rowWithLabel(Page page, String field, String labelText) {
        Matcher label = Pattern.compile("<label for=\"[^\"]*:rows:(\\d+):" + Pattern.quote(field) + "\"[^>]*>"
                + Pattern.quote(labelText) + "</label>").matcher(page.body());
        if (!label.find()) {
            throw new AssertionError("no row labelled '" + labelText + "' on " + page.path());
        }
        return Integer.parseInt(label.group(1));
    }

    /** GET of a download (a PDF or ZIP): status and bytes. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of any body with any content type, as an attacker's tool sends it. */
    public Page postBody(String path, String contentType, byte[] body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A GET of an address written exactly as given (percent-encoding included). */
    public Page getExact(String rawPathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + rawPathAndQuery)).GET().build());
    }

    /** A form-encoded POST outside any page, as a script on the page would send it. */
    public HttpResponse<String> post(String path, String form, Map<String, String> headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::setHeader); // a Content-Type given replaces the default, never a second header
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.isRedirect() && hops < 10; hops++) {
            current = getRaw(current.location());
        }
        return current;
    }

    private Matcher findForm(Page page, String formId) {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            String id = form.group(1);
            if (id.equals(formId) || id.endsWith(":" + formId)) {
                return form;
            }
        }
        throw new AssertionError("no form '" + formId + "' on " + page.path() + ":\n" + page.body());
    }

    private static String fullId(String formTag, String formId) {
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(formTag);
        return id.find() ? id.group(1) : formId;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.uri().getPath(), response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null), response.headers().map());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root).resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
    }

    /** One response. */
    public record Page(String path, int status, String body, String location, Map<String, java.util.List<String>> headers) {

        public boolean isRedirect() {
            return status >= 300 && status < 400 && location != null;
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        /** The visible text, tags removed and blanks folded, for assertions on what a person reads. */
        public String text() {
            return body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                    .replaceAll("\\s+", " ").trim();
        }
    }
}

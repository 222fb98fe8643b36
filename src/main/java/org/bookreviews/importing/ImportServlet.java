package org.bookreviews.importing;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.importing.CatalogueFile.Parsed;
import org.bookreviews.importing.Imports.Status;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

/**
 * Librarians import catalogues. {@code GET /books/import}: the form (one CSV file, field
 * {@value #FILE}) and the latest imports; {@code POST /books/import} (multipart): the file is
 * checked as a whole (UTF-8 CSV with known columns, at most {@value CatalogueFile#MAX_ROWS} rows,
 * {@value CatalogueFile#MAX_BYTES} bytes), the import starts in the background, 303 to its page;
 * {@code GET /books/import/{id}}: its progress, then its report; {@code .../progress}: the
 * figures as JSON for the page's progress bar.
 */
public class ImportServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/books/import";
    public static final String FILE = "file";
    /** The largest request: the file and the form's other fields. */
    public static final int MAX_REQUEST_BYTES = CatalogueFile.MAX_BYTES + 64 * 1024;
    private static final Pattern IMPORT = Pattern.compile("/([1-9][0-9]{0,17})(/progress)?");

    private final transient Imports imports;
    private final transient FormPostGuard formPosts;

    public ImportServlet(Imports imports, FormPostGuard formPosts) {
        this.imports = imports;
        this.formPosts = formPosts;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return request.getPathInfo() == null ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : IMPORT.matcher(path);
        if (path != null && !m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (withRole(Role.LIBRARIAN, request.getServletPath() + (path == null ? "" : path), request, response).isEmpty()) {
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        if (path == null) {
            showForm(null, request, response);
            return;
        }
        Optional<Status> status = imports.find(Long.parseLong(m.group(1)));
        if (status.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (m.group(2) != null) {
            sendProgress(status.get(), response);
        } else {
            request.setAttribute("job", status.get());
            if (!status.get().isRunning()) {
                request.setAttribute("rejections", imports.rejections(status.get().getId()));
            }
            Views.render("import", request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getPathInfo() != null) {
            methodNotAllowed(request, response);
            return;
        }
        Optional<UploadedFile> file = upload(formPosts, Role.LIBRARIAN, PATH, FILE, CatalogueFile.MAX_BYTES,
                new Problem("import.tooLarge", CatalogueFile.MAX_BYTES / (1024 * 1024)), request, response);
        if (file.isEmpty()) {
            return;
        }
        if (file.get().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showForm(new Problem(file.get().submittedName() == null ? "import.noFile" : "import.empty"), request, response);
            return;
        }
        Parsed parsed;
        try {
            parsed = CatalogueFile.parse(file.get().bytes());
        } catch (CatalogueFile.Refused refused) {
            response.setStatus(refused.problem().key().equals("import.tooManyRows")
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
            showForm(refused.problem(), request, response);
            return;
        }
        long id = imports.start(SignedInReader.of(request).orElseThrow().username(), fileName(file.get().submittedName()),
                parsed);
        seeOther(PATH + "/" + id, request, response);
    }

    private void showForm(Problem problem, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("problem", problem);
        request.setAttribute("recent", imports.recent());
        response.setHeader("Cache-Control", "private, no-store");
        Views.render("importForm", request, response);
    }

    /** The figures as the page's script reads them. */
    private static void sendProgress(Status status, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"state\":\"" + status.getState() + "\",\"total\":" + status.getRowCount()
                + ",\"done\":" + status.getRowsDone() + ",\"percent\":" + status.getPercent() + ",\"added\":" + status.getAdded()
                + ",\"updated\":" + status.getUpdated() + ",\"unchanged\":" + status.getUnchanged()
                + ",\"rejected\":" + status.getRejected() + "}");
    }

    /** The name the browser gave the file, for the pages and the log only (never a path): its last part, printable, at most 255 characters. */
    static String fileName(String submitted) {
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        if (result.isEmpty()) {
            return "catalogue.csv";
        }
        return result.length() <= 255 ? result : result.substring(0, 255);
    }
}

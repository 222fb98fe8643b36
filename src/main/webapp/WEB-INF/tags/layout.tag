<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="scriptless"
        description="The page every view is wrapped in: head, navbar, main content, footer." %>
<%@ attribute name="title" required="true" description="Page title (plain text; escaped here)" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:url var="homeUrl" value="/"/>
<c:url var="bootstrapCss" value="/webjars/bootstrap/${initParam.bootstrapVersion}/css/bootstrap.min.css"/>
<c:url var="appCss" value="/static/css/app.css"/>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><c:out value="${title}"/> · BookReviews</title>
  <link rel="stylesheet" href="${fn:escapeXml(bootstrapCss)}">
  <link rel="stylesheet" href="${fn:escapeXml(appCss)}">
</head>
<body class="d-flex flex-column min-vh-100">
  <header>
    <nav class="navbar navbar-dark bg-dark mb-4">
      <div class="container">
        <a class="navbar-brand fw-semibold" href="${fn:escapeXml(homeUrl)}">BookReviews</a>
        <span class="navbar-text small d-none d-sm-inline">Read what readers think. Say what you think.</span>
      </div>
    </nav>
  </header>
  <main class="container flex-grow-1">
    <jsp:doBody/>
  </main>
  <footer class="container py-4 mt-4 border-top text-body-secondary small">
    BookReviews · reviews are the opinions of their writers
  </footer>
</body>
</html>

<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="scriptless"
        description="The page every view is wrapped in: head, navbar with the search box and the reader part, main content, footer." %>
<%@ attribute name="title" required="true" description="Page title (plain text; escaped here)" %>
<%@ attribute name="script" required="false" description="A script of the site to run on this page, e.g. /static/js/import-progress.js" %>
<%@ attribute name="refreshSeconds" required="false" type="java.lang.Integer"
              description="Without JavaScript, reload the page this often (a page that follows work in progress)" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:url var="homeUrl" value="/"/>
<c:url var="bootstrapCss" value="/webjars/bootstrap/${initParam.bootstrapVersion}/css/bootstrap.min.css"/>
<c:url var="appCss" value="/static/css/app.css?${br:param('v', applicationScope.staticVersion)}"/>
<fmt:message key="app.name" var="appName"/>
<fmt:message key="search.label" var="searchLabel"/>
<fmt:message key="search.placeholder" var="searchPlaceholder"/>
<!DOCTYPE html>
<html lang="${fn:escapeXml(empty language ? 'en' : language)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><c:out value="${title}"/> · <c:out value="${appName}"/></title>
  <link rel="stylesheet" href="${fn:escapeXml(bootstrapCss)}">
  <link rel="stylesheet" href="${fn:escapeXml(appCss)}">
  <c:if test="${not empty refreshSeconds}"><noscript><meta http-equiv="refresh" content="${fn:escapeXml(refreshSeconds)}"></noscript></c:if>
  <c:if test="${not empty script}">
    <c:url var="scriptUrl" value="${script}?${br:param('v', applicationScope.staticVersion)}"/>
    <script src="${fn:escapeXml(scriptUrl)}" defer></script>
  </c:if>
</head>
<body class="d-flex flex-column min-vh-100">
  <header>
    <nav class="navbar navbar-dark bg-dark mb-4">
      <div class="container flex-wrap gap-2">
        <a class="navbar-brand fw-semibold" href="${fn:escapeXml(homeUrl)}"><c:out value="${appName}"/></a>
        <span class="navbar-text small d-none d-lg-inline"><fmt:message key="app.tagline"/></span>
        <form class="d-flex search-form" role="search" method="get" action="${fn:escapeXml(homeUrl)}">
          <input class="form-control form-control-sm me-2" type="search" name="${fn:escapeXml(field.search)}" id="search"
                 value="${fn:escapeXml(query)}" maxlength="${fn:escapeXml(limit.searchMax)}"
                 placeholder="${fn:escapeXml(searchPlaceholder)}" aria-label="${fn:escapeXml(searchLabel)}">
          <button class="btn btn-sm btn-outline-light" type="submit"><fmt:message key="search.button"/></button>
        </form>
        <%-- A kept page has a hole here for a signed-in reader's part (ReaderNav), filled per response. --%>
        <c:choose>
          <c:when test="${not empty readerNavMarker}"><c:out value="${readerNavMarker}"/></c:when>
          <c:otherwise><t:readerNav/></c:otherwise>
        </c:choose>
      </div>
    </nav>
  </header>
  <main class="container flex-grow-1">
    <jsp:doBody/>
  </main>
  <footer class="container py-4 mt-4 border-top text-body-secondary small d-flex flex-wrap justify-content-between gap-2">
    <span><fmt:message key="app.footer"/></span>
    <%-- The language switch: the other languages, each named in itself; back to this page after. --%>
    <nav class="language-switch" aria-label="<fmt:message key="language.switch"/>">
      <c:forEach items="${['en', 'de']}" var="other">
        <c:if test="${other ne (empty language ? 'en' : language)}">
          <c:url var="switchUrl" value="/language?${br:param('lang', other)}&${br:param('next', here)}"/>
          <fmt:message key="language.name.${other}" var="otherName"/>
          <a class="link-secondary" href="${fn:escapeXml(switchUrl)}" hreflang="${fn:escapeXml(other)}" lang="${fn:escapeXml(other)}"><c:out value="${otherName}"/></a>
        </c:if>
      </c:forEach>
    </nav>
  </footer>
</body>
</html>

<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="Previous / Next links and 'Page X of Y' for a org.bookreviews.service.Page." %>
<%@ attribute name="page" required="true" type="org.bookreviews.service.Page" %>
<%@ attribute name="path" required="true" description="Context-relative path of the list, e.g. /books/7" %>
<%@ attribute name="label" required="true" description="What is paged, for screen readers, e.g. Review pages" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:if test="${page.totalPages gt 1}">
  <c:url var="previousUrl" value="${path}"><c:param name="page" value="${page.number - 1}"/></c:url>
  <c:url var="nextUrl" value="${path}"><c:param name="page" value="${page.number + 1}"/></c:url>
  <nav aria-label="${fn:escapeXml(label)}">
    <ul class="pagination justify-content-center align-items-center">
      <li class="page-item${page.first ? ' disabled' : ''}">
        <c:choose>
          <c:when test="${not page.first}"><a class="page-link" href="${fn:escapeXml(previousUrl)}" rel="prev">&laquo; Previous</a></c:when>
          <c:otherwise><span class="page-link">&laquo; Previous</span></c:otherwise>
        </c:choose>
      </li>
      <li class="page-item disabled" aria-current="page">
        <span class="page-link text-body">Page <c:out value="${page.number}"/> of <c:out value="${page.totalPages}"/></span>
      </li>
      <li class="page-item${page.last ? ' disabled' : ''}">
        <c:choose>
          <c:when test="${not page.last}"><a class="page-link" href="${fn:escapeXml(nextUrl)}" rel="next">Next &raquo;</a></c:when>
          <c:otherwise><span class="page-link">Next &raquo;</span></c:otherwise>
        </c:choose>
      </li>
    </ul>
  </nav>
</c:if>

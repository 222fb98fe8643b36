<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="Previous / Next links and 'Page X of Y' for an org.bookreviews.persistence.Page, keeping search and sort." %>
<%@ attribute name="page" required="true" type="org.bookreviews.persistence.Page" %>
<%@ attribute name="path" required="true" description="Context-relative path of the list, e.g. /books/7" %>
<%@ attribute name="label" required="true" description="What is paged, for screen readers, e.g. Review pages" %>
<%@ attribute name="query" required="false" description="The search text to keep, if any" %>
<%@ attribute name="sort" required="false" description="The sort parameter to keep, if any" %>
<%@ attribute name="rating" required="false" type="java.lang.Integer" description="The rating filter to keep, if any" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:if test="${page.totalPages gt 1}">
  <%-- The search, sort and rating filter kept, then the page number. --%>
  <c:set var="kept" value="${empty query ? '' : br:param(field.search, query) += '&'}${empty sort ? '' : br:param(field.sort, sort) += '&'}${empty rating ? '' : br:param(field.rating, rating) += '&'}"/>
  <c:url var="previousUrl" value="${path}?${kept}${br:param(field.page, page.number - 1)}"/>
  <c:url var="nextUrl" value="${path}?${kept}${br:param(field.page, page.number + 1)}"/>
  <nav aria-label="${fn:escapeXml(label)}">
    <ul class="pagination justify-content-center align-items-center">
      <li class="page-item${page.first ? ' disabled' : ''}">
        <c:choose>
          <c:when test="${not page.first}"><a class="page-link" href="${fn:escapeXml(previousUrl)}" rel="prev"><fmt:message key="pagination.previous"/></a></c:when>
          <c:otherwise><span class="page-link"><fmt:message key="pagination.previous"/></span></c:otherwise>
        </c:choose>
      </li>
      <li class="page-item disabled" aria-current="page">
        <fmt:message key="pagination.position" var="position"><fmt:param value="${page.number}"/><fmt:param value="${page.totalPages}"/></fmt:message>
        <span class="page-link text-body"><c:out value="${position}"/></span>
      </li>
      <li class="page-item${page.last ? ' disabled' : ''}">
        <c:choose>
          <c:when test="${not page.last}"><a class="page-link" href="${fn:escapeXml(nextUrl)}" rel="next"><fmt:message key="pagination.next"/></a></c:when>
          <c:otherwise><span class="page-link"><fmt:message key="pagination.next"/></span></c:otherwise>
        </c:choose>
      </li>
    </ul>
  </nav>
</c:if>

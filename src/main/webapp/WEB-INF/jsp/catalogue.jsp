<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The catalogue: ${books} is a Page<Book>; ${query} the search text (may be empty), ${sort} the
     chosen order, one of ${orders} (SortParameter choices). --%>
<fmt:message key="catalogue.title" var="pageTitle"/>
<fmt:message key="catalogue.pages" var="pagesLabel"/>
<c:url var="homeUrl" value="/"/>
<t:layout title="${pageTitle}">
  <div class="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
    <h1 class="h2 mb-0"><c:out value="${pageTitle}"/></h1>
    <t:sortForm selectId="sort" path="/" orders="${orders}" selected="${sort}" messagePrefix="sort.books." query="${query}"/>
  </div>
  <c:if test="${not empty query}">
    <p class="search-summary" role="status">
      <c:choose>
        <c:when test="${books.totalItems eq 0}">
          <fmt:message key="catalogue.noMatch" var="summary"><fmt:param value="${query}"/></fmt:message>
        </c:when>
        <c:otherwise>
          <fmt:message key="catalogue.matches" var="summary"><fmt:param value="${books.totalItems}"/><fmt:param value="${query}"/></fmt:message>
        </c:otherwise>
      </c:choose>
      <c:out value="${summary}"/>
      <a class="ms-2" href="${fn:escapeXml(homeUrl)}"><fmt:message key="catalogue.showAll"/></a>
    </p>
  </c:if>
  <c:choose>
    <c:when test="${empty books.items}">
      <c:if test="${empty query}"><p class="text-body-secondary"><fmt:message key="catalogue.empty"/></p></c:if>
    </c:when>
    <c:otherwise>
      <div class="table-responsive">
        <table class="table table-hover align-middle catalogue">
          <thead>
            <tr>
              <th scope="col"><fmt:message key="catalogue.column.title"/></th>
              <th scope="col" class="d-none d-md-table-cell"><fmt:message key="catalogue.column.author"/></th>
              <th scope="col" class="d-none d-md-table-cell text-end"><fmt:message key="catalogue.column.year"/></th>
              <th scope="col"><fmt:message key="catalogue.column.rating"/></th>
              <th scope="col" class="text-end d-none d-sm-table-cell"><fmt:message key="catalogue.column.reviews"/></th>
            </tr>
          </thead>
          <tbody>
            <c:forEach items="${books.items}" var="book">
              <c:url var="bookUrl" value="/books/${book.id}"/>
              <tr>
                <td>
                  <c:url var="coverUrl" value="/covers/${book.id}?${br:param('v', book.coverVersion)}"/>
                  <img class="cover-thumb float-start me-2 rounded" src="${fn:escapeXml(coverUrl)}" alt="" width="32" height="48" loading="lazy">
                  <a href="${fn:escapeXml(bookUrl)}" class="fw-semibold book-title"><c:out value="${book.title}"/></a>
                  <%-- Narrow screens: author and year under the title instead of in their columns. --%>
                  <div class="small text-body-secondary d-md-none">
                    <c:out value="${book.author}"/><c:if test="${not empty book.publishedYear}">, <c:out value="${book.publishedYear}"/></c:if>
                  </div>
                </td>
                <td class="d-none d-md-table-cell book-author"><c:out value="${book.author}"/></td>
                <td class="d-none d-md-table-cell text-end"><c:out value="${book.publishedYear}"/></td>
                <td class="text-nowrap">
                  <c:choose>
                    <c:when test="${book.reviewCount gt 0}">
                      <fmt:message key="rating.average" var="average"><fmt:param value="${br:oneDecimal(book.averageRating)}"/></fmt:message>
                      <fmt:message key="rating.average.label" var="averageLabel"><fmt:param value="${br:oneDecimal(book.averageRating)}"/></fmt:message>
                      <span class="rating-value"><c:out value="${average}"/></span>
                      <t:stars halves="${br:starHalves(book.averageRating)}" label="${averageLabel}"/>
                    </c:when>
                    <c:otherwise><span class="rating-value">–</span></c:otherwise>
                  </c:choose>
                  <%-- Phones: the review count under the rating instead of in its own column. --%>
                  <fmt:message key="reviews.count" var="countText"><fmt:param value="${book.reviewCount}"/></fmt:message>
                  <div class="small text-body-secondary d-sm-none"><c:out value="${countText}"/></div>
                </td>
                <td class="text-end review-count d-none d-sm-table-cell"><fmt:formatNumber value="${book.reviewCount}" type="number" maxFractionDigits="0"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </div>
    </c:otherwise>
  </c:choose>
  <t:pagination page="${books}" path="/" label="${pagesLabel}" query="${query}" sort="${sort.linkValue}"/>
</t:layout>

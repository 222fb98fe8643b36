<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The catalogue: ${books} is a Page<Book>, by title. --%>
<t:layout title="Books">
  <h1 class="h2 mb-3">Books</h1>
  <c:choose>
    <c:when test="${empty books.items}">
      <p class="text-body-secondary">The catalogue is empty.</p>
    </c:when>
    <c:otherwise>
      <div class="table-responsive">
        <table class="table table-hover align-middle catalogue">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col" class="d-none d-md-table-cell">Author</th>
              <th scope="col" class="d-none d-md-table-cell text-end">Year</th>
              <th scope="col">Average rating</th>
              <th scope="col" class="text-end">Reviews</th>
            </tr>
          </thead>
          <tbody>
            <c:forEach items="${books.items}" var="book">
              <c:url var="bookUrl" value="/books/${book.id}"/>
              <tr>
                <td>
                  <a href="${fn:escapeXml(bookUrl)}" class="fw-semibold"><c:out value="${book.title}"/></a>
                  <%-- Narrow screens: author and year under the title instead of in their columns. --%>
                  <div class="small text-body-secondary d-md-none">
                    <c:out value="${book.author}"/><c:if test="${not empty book.publishedYear}">, <c:out value="${book.publishedYear}"/></c:if>
                  </div>
                </td>
                <td class="d-none d-md-table-cell"><c:out value="${book.author}"/></td>
                <td class="d-none d-md-table-cell text-end"><c:out value="${book.publishedYear}"/></td>
                <td class="text-nowrap">
                  <span class="rating-value"><c:out value="${br:averageRating(book.averageRating)}"/></span>
                  <c:if test="${book.reviewCount gt 0}">
                    <t:stars filled="${br:fullStars(book.averageRating)}"
                             label="Average ${br:averageRating(book.averageRating)} out of 5 stars"/>
                  </c:if>
                </td>
                <td class="text-end review-count"><c:out value="${book.reviewCount}"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </div>
    </c:otherwise>
  </c:choose>
  <t:pagination page="${books}" path="/" label="Catalogue pages"/>
</t:layout>

<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="A review's text; a spoiler collapsed behind 'Show spoiler' (details/summary: no script needed)." %>
<%@ attribute name="review" required="true" type="org.bookreviews.book.Review" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:choose>
  <c:when test="${review.spoiler}">
    <details class="spoiler">
      <summary><fmt:message key="review.showSpoiler"/></summary>
      <p class="card-text review-body"><c:out value="${review.body}"/></p>
    </details>
  </c:when>
  <c:otherwise><p class="card-text review-body"><c:out value="${review.body}"/></p></c:otherwise>
</c:choose>

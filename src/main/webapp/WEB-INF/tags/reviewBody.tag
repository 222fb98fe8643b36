<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="A review's text; a spoiler collapsed behind 'Show spoiler' (details/summary: no script needed); with readMoreUrl a long text shows its beginning and a 'Read more' link to the review's own page." %>
<%@ attribute name="review" required="true" type="org.bookreviews.book.ReviewContent" %>
<%@ attribute name="readMoreUrl" required="false" description="The review's own page, where it shows whole; none: show it whole here" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<c:set var="excerpt" value="${empty readMoreUrl ? null : br:excerpt(review.body)}"/>
<c:set var="shown" value="${empty excerpt ? review.body : excerpt}"/>
<c:choose>
  <c:when test="${review.spoiler}">
    <details class="spoiler">
      <summary><fmt:message key="review.showSpoiler"/></summary>
      <p class="card-text review-body"><c:out value="${shown}"/></p>
    </details>
  </c:when>
  <c:otherwise><p class="card-text review-body"><c:out value="${shown}"/></p></c:otherwise>
</c:choose>
<c:if test="${not empty excerpt}">
  <fmt:message key="review.readMore.whose" var="whose"><fmt:param value="${review.reviewerName}"/></fmt:message>
  <p class="card-text"><a class="read-more" href="${fn:escapeXml(readMoreUrl)}"><fmt:message key="review.readMore"/><span class="visually-hidden"><c:out value="${whose}"/></span></a></p>
</c:if>

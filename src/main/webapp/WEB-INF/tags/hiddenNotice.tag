<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="Shown to a review's author only: a moderator hid it, and why." %>
<%@ attribute name="review" required="true" type="org.bookreviews.book.ReviewContent" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:if test="${review.hidden}">
  <fmt:message key="review.hiddenNotice" var="notice"><fmt:param value="${review.hiddenReason}"/></fmt:message>
  <p class="alert alert-warning small hidden-review" role="status"><c:out value="${notice}"/></p>
</c:if>

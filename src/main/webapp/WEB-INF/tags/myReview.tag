<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="The reader's own part of a book page: 'Sign in to write a review', their review with Edit and Delete, or the form to write one." %>
<%@ attribute name="bookId" required="true" type="java.lang.Long" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:if test="${reader.librarian}">
  <c:url var="editBookUrl" value="/books/${bookId}/edit"/>
  <p class="mb-3"><a class="btn btn-outline-secondary btn-sm edit-book" href="${fn:escapeXml(editBookUrl)}"><fmt:message key="book.edit"/></a></p>
</c:if>
<section class="card review-form mb-4" id="write-review" aria-labelledby="write-heading">
  <div class="card-body">
    <c:choose>
      <c:when test="${empty reader}">
        <h2 class="h4 card-title" id="write-heading"><fmt:message key="form.heading"/></h2>
        <c:url var="signInUrl" value="/signin?${field.next}=/books/${bookId}"/>
        <p class="mb-0"><a class="btn btn-primary sign-in-to-review" href="${fn:escapeXml(signInUrl)}"><fmt:message key="book.signInToReview"/></a></p>
      </c:when>
      <c:when test="${not empty mine and empty form.errors and not formExpired}">
        <h2 class="h4 card-title" id="write-heading"><fmt:message key="mine.heading"/></h2>
        <fmt:message key="rating.${mine.rating}" var="ratingWords"/>
        <fmt:message key="rating.stars.label" var="starsLabel"><fmt:param value="${mine.rating}"/><fmt:param value="${ratingWords}"/></fmt:message>
        <t:hiddenNotice review="${mine}"/>
        <div class="my-review" data-rating="${fn:escapeXml(mine.rating)}">
          <p class="mb-1"><t:stars filled="${mine.rating}" label="${starsLabel}"/></p>
          <t:reviewBody review="${mine}"/>
        </div>
        <c:url var="editUrl" value="/books/${bookId}/reviews/mine/edit"/>
        <c:url var="deleteUrl" value="/books/${bookId}/reviews/mine/delete"/>
        <div class="d-flex gap-2 mt-2">
          <a class="btn btn-outline-primary btn-sm edit-review" href="${fn:escapeXml(editUrl)}"><fmt:message key="mine.edit"/></a>
          <form method="post" action="${fn:escapeXml(deleteUrl)}">
            <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
            <button class="btn btn-outline-danger btn-sm delete-review" type="submit"><fmt:message key="mine.delete"/></button>
          </form>
        </div>
      </c:when>
      <c:otherwise>
        <h2 class="h4 card-title" id="write-heading"><fmt:message key="${empty mine ? 'form.heading' : 'form.editHeading'}"/></h2>
        <c:if test="${formExpired}"><p class="alert alert-warning small" role="alert"><fmt:message key="form.expired"/></p></c:if>
        <t:reviewForm bookId="${bookId}" submitKey="${empty mine ? 'form.submit' : 'form.save'}"/>
      </c:otherwise>
    </c:choose>
  </div>
</section>

<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="The review form (rating, text, spoiler checkbox) of a book, filled with ${form}; posts to /books/{id}/reviews." %>
<%@ attribute name="bookId" required="true" type="java.lang.Long" %>
<%@ attribute name="submitKey" required="true" description="Bundle key of the button's text" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ tag import="org.bookreviews.book.ReviewForm, org.bookreviews.security.CsrfTokens" %>
<c:url var="reviewAction" value="/books/${bookId}/reviews"/>
<fmt:message key="form.rating" var="ratingLabel"/>
<fmt:message key="form.body" var="bodyLabel"/>
<c:if test="${not empty form.errors}">
  <p class="text-danger small" role="alert"><fmt:message key="form.fix"/></p>
</c:if>
<form method="post" action="${fn:escapeXml(reviewAction)}" accept-charset="UTF-8" novalidate>
  <input type="hidden" name="${fn:escapeXml(CsrfTokens.FIELD)}" value="${fn:escapeXml(csrfToken)}">
  <t:formField type="select" name="${ReviewForm.RATING}" label="${ratingLabel}" error="${form.errors[ReviewForm.RATING]}">
    <option value=""${empty form.rating ? ' selected' : ''}><fmt:message key="form.rating.choose"/></option>
    <c:forTokens items="5,4,3,2,1" delims="," var="starsValue">
      <fmt:message key="rating.${starsValue}" var="starsWords"/>
      <option value="${fn:escapeXml(starsValue)}"${form.rating eq starsValue ? ' selected' : ''}><fmt:message key="form.rating.option" var="optionText"><fmt:param value="${starsValue}"/><fmt:param value="${starsWords}"/></fmt:message><c:out value="${optionText}"/></option>
    </c:forTokens>
  </t:formField>
  <t:formField type="textarea" name="${ReviewForm.BODY}" label="${bodyLabel}" maxlength="${ReviewForm.BODY_MAX}"
               value="${form.body}" error="${form.errors[ReviewForm.BODY]}"/>
  <div class="form-check mb-3">
    <input class="form-check-input" type="checkbox" id="${fn:escapeXml(ReviewForm.SPOILER)}" name="${fn:escapeXml(ReviewForm.SPOILER)}"${form.spoiler ? ' checked' : ''}>
    <label class="form-check-label" for="${fn:escapeXml(ReviewForm.SPOILER)}"><fmt:message key="form.spoiler"/></label>
  </div>
  <button class="btn btn-primary" type="submit"><fmt:message key="${submitKey}"/></button>
</form>

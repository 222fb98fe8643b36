<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="The review form (rating, text, spoiler checkbox) of a book, filled with the request's form (a ReviewForm); posts to /books/{id}/reviews." %>
<%@ attribute name="bookId" required="true" type="java.lang.Long" %>
<%@ attribute name="submitKey" required="true" description="Bundle key of the button's text" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:url var="reviewAction" value="/books/${bookId}/reviews"/>
<fmt:message key="form.rating" var="ratingLabel"/>
<fmt:message key="form.body" var="bodyLabel"/>
<c:if test="${not empty form.errors}">
  <p class="text-danger small" role="alert"><fmt:message key="form.fix"/></p>
</c:if>
<form method="post" action="${fn:escapeXml(reviewAction)}" accept-charset="UTF-8" novalidate>
  <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
  <t:formField type="select" name="${field.rating}" label="${ratingLabel}" error="${form.errors[field.rating]}">
    <option value=""${empty form.rating ? ' selected' : ''}><fmt:message key="form.rating.choose"/></option>
    <c:forTokens items="5,4,3,2,1" delims="," var="starsValue">
      <fmt:message key="rating.${starsValue}" var="starsWords"/>
      <option value="${fn:escapeXml(starsValue)}"${form.rating eq starsValue ? ' selected' : ''}><fmt:message key="form.rating.option" var="optionText"><fmt:param value="${starsValue}"/><fmt:param value="${starsWords}"/></fmt:message><c:out value="${optionText}"/></option>
    </c:forTokens>
  </t:formField>
  <t:formField type="textarea" name="${field.body}" label="${bodyLabel}" maxlength="${limit.bodyMax}"
               value="${form.body}" error="${form.errors[field.body]}"/>
  <div class="form-check mb-3">
    <input class="form-check-input" type="checkbox" id="${fn:escapeXml(field.spoiler)}" name="${fn:escapeXml(field.spoiler)}"${form.spoiler ? ' checked' : ''}>
    <label class="form-check-label" for="${fn:escapeXml(field.spoiler)}"><fmt:message key="form.spoiler"/></label>
  </div>
  <button class="btn btn-primary" type="submit"><fmt:message key="${submitKey}"/></button>
</form>

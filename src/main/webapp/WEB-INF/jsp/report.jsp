<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Report a review (${review} of ${book}): a reason from ${reasons}, an optional note.
     ${chosenReason}, ${note}: as sent; ${problem}: what was wrong. --%>
<fmt:message key="report.title" var="pageTitle"><fmt:param value="${review.reviewerName}"/></fmt:message>
<fmt:message key="report.reason" var="reasonLabel"/>
<fmt:message key="report.note" var="noteLabel"/>
<fmt:message key="report.note.help" var="noteHelp"><fmt:param value="${limit.reportNoteMax}"/></fmt:message>
<c:url var="action" value="/reviews/${review.id}/report"/>
<c:url var="permalink" value="/books/${book.id}/reviews/${review.id}"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-lg-7">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <blockquote class="border-start ps-3 mb-4 reported-review">
        <p class="mb-1"><a href="${fn:escapeXml(permalink)}"><c:out value="${book.title}"/></a></p>
        <t:reviewBody review="${review}"/>
      </blockquote>
      <form method="post" action="${fn:escapeXml(action)}" accept-charset="UTF-8" novalidate class="report-form">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <t:formField type="select" name="${field.reason}" label="${reasonLabel}"
                     error="${problem.key eq 'report.reason.missing' ? problem : null}">
          <option value=""><fmt:message key="report.reason.choose"/></option>
          <c:forEach items="${reasons}" var="reason">
            <option value="${fn:escapeXml(reason)}"${reason eq chosenReason ? ' selected' : ''}><fmt:message key="report.reason.${reason}"/></option>
          </c:forEach>
        </t:formField>
        <t:formField type="textarea" name="${field.note}" label="${noteLabel}" help="${noteHelp}" value="${note}" optional="true"
                     maxlength="${limit.reportNoteMax}" error="${problem.key eq 'report.note.invalid' ? problem : null}"/>
        <button class="btn btn-danger" type="submit"><fmt:message key="report.submit"/></button>
        <a class="btn btn-link" href="${fn:escapeXml(permalink)}"><fmt:message key="edit.cancel"/></a>
      </form>
    </div>
  </div>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Sign in: ${username} as typed, ${remember}, ${problem} (one message for the whole form), ${next}. --%>
<fmt:message key="signin.title" var="pageTitle"/>
<fmt:message key="signin.username" var="usernameLabel"/>
<fmt:message key="signin.password" var="passwordLabel"/>
<c:url var="action" value="/signin"/>
<c:url var="signUpUrl" value="/signup?${br:param(field.next, next)}"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-md-8 col-lg-5">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <c:if test="${formExpired}"><p class="alert alert-warning form-expired" role="alert"><fmt:message key="form.expired.account"/></p></c:if>
      <c:if test="${not empty problem}">
        <fmt:message key="${problem.key}" var="problemText"/>
        <p class="alert alert-danger sign-in-problem" role="alert"><c:out value="${problemText}"/></p>
      </c:if>
      <form method="post" action="${fn:escapeXml(action)}" accept-charset="UTF-8" novalidate class="account-form">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <input type="hidden" name="${fn:escapeXml(field.next)}" value="${fn:escapeXml(next)}">
        <t:formField type="text" name="${field.username}" label="${usernameLabel}" value="${username}"
                     maxlength="${limit.usernameMax}" autocomplete="username"/>
        <t:formField type="password" name="${field.password}" label="${passwordLabel}"
                     maxlength="${limit.passwordMax}" autocomplete="current-password"/>
        <div class="form-check mb-3">
          <input class="form-check-input" type="checkbox" id="${fn:escapeXml(field.remember)}" name="${fn:escapeXml(field.remember)}"${remember ? ' checked' : ''}>
          <label class="form-check-label" for="${fn:escapeXml(field.remember)}"><fmt:message key="signin.remember"/></label>
        </div>
        <button class="btn btn-primary" type="submit"><fmt:message key="signin.submit"/></button>
      </form>
      <p class="mt-3"><fmt:message key="signin.noAccount"/> <a href="${fn:escapeXml(signUpUrl)}"><fmt:message key="nav.signUp"/></a></p>
    </div>
  </div>
</t:layout>

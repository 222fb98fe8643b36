<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Sign up: ${username}, ${displayName} as typed (never the password), ${errors} by field, ${next}. --%>
<fmt:message key="signup.title" var="pageTitle"/>
<fmt:message key="signup.username" var="usernameLabel"/>
<fmt:message key="signup.username.help" var="usernameHelp"><fmt:param value="${limit.usernameMin}"/><fmt:param value="${limit.usernameMax}"/></fmt:message>
<fmt:message key="signup.displayName" var="displayNameLabel"/>
<fmt:message key="signup.password" var="passwordLabel"/>
<fmt:message key="signup.password.help" var="passwordHelp"><fmt:param value="${limit.passwordMin}"/></fmt:message>
<c:url var="action" value="/signup"/>
<c:url var="signInUrl" value="/signin?${br:param(field.next, next)}"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-md-8 col-lg-5">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <c:if test="${formExpired}"><p class="alert alert-warning form-expired" role="alert"><fmt:message key="form.expired.account"/></p></c:if>
      <c:if test="${not empty errors}"><p class="text-danger small" role="alert"><fmt:message key="form.fix"/></p></c:if>
      <form method="post" action="${fn:escapeXml(action)}" accept-charset="UTF-8" novalidate class="account-form">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <input type="hidden" name="${fn:escapeXml(field.next)}" value="${fn:escapeXml(next)}">
        <t:formField type="text" name="${field.username}" label="${usernameLabel}" value="${username}"
                     maxlength="${limit.usernameMax}" autocomplete="username" help="${usernameHelp}"
                     error="${errors[field.username]}"/>
        <t:formField type="text" name="${field.displayName}" label="${displayNameLabel}" value="${displayName}"
                     maxlength="${limit.displayNameMax}" autocomplete="nickname" error="${errors[field.displayName]}"/>
        <t:formField type="password" name="${field.password}" label="${passwordLabel}"
                     maxlength="${limit.passwordMax}" autocomplete="new-password" help="${passwordHelp}"
                     error="${errors[field.password]}"/>
        <button class="btn btn-primary" type="submit"><fmt:message key="signup.submit"/></button>
      </form>
      <p class="mt-3"><fmt:message key="signup.haveAccount"/> <a href="${fn:escapeXml(signInUrl)}"><fmt:message key="nav.signIn"/></a></p>
    </div>
  </div>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ page import="org.bookreviews.reader.SignInServlet, org.bookreviews.reader.AccountRules, org.bookreviews.reader.PasswordPolicy, org.bookreviews.security.CsrfTokens, org.bookreviews.http.NextPath" %>
<%-- Sign in: ${username} as typed, ${remember}, ${problem} (one message for the whole form), ${next}. --%>
<fmt:message key="signin.title" var="pageTitle"/>
<fmt:message key="signin.username" var="usernameLabel"/>
<fmt:message key="signin.password" var="passwordLabel"/>
<c:url var="action" value="/signin"/>
<c:url var="signUpUrl" value="/signup"><c:param name="${NextPath.PARAMETER}" value="${next}"/></c:url>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-md-8 col-lg-5">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <c:if test="${not empty problem}">
        <fmt:message key="${problem.key}" var="problemText"/>
        <p class="alert alert-danger sign-in-problem" role="alert"><c:out value="${problemText}"/></p>
      </c:if>
      <form method="post" action="${fn:escapeXml(action)}" accept-charset="UTF-8" novalidate class="account-form">
        <input type="hidden" name="${fn:escapeXml(CsrfTokens.FIELD)}" value="${fn:escapeXml(csrfToken)}">
        <input type="hidden" name="${fn:escapeXml(NextPath.PARAMETER)}" value="${fn:escapeXml(next)}">
        <t:formField type="text" name="${SignInServlet.USERNAME}" label="${usernameLabel}" value="${username}"
                     maxlength="${AccountRules.USERNAME_MAX}" autocomplete="username"/>
        <t:formField type="password" name="${SignInServlet.PASSWORD}" label="${passwordLabel}"
                     maxlength="${PasswordPolicy.MAX_LENGTH}" autocomplete="current-password"/>
        <div class="form-check mb-3">
          <input class="form-check-input" type="checkbox" id="${fn:escapeXml(SignInServlet.REMEMBER)}" name="${fn:escapeXml(SignInServlet.REMEMBER)}"${remember ? ' checked' : ''}>
          <label class="form-check-label" for="${fn:escapeXml(SignInServlet.REMEMBER)}"><fmt:message key="signin.remember"/></label>
        </div>
        <button class="btn btn-primary" type="submit"><fmt:message key="signin.submit"/></button>
      </form>
      <p class="mt-3"><fmt:message key="signin.noAccount"/> <a href="${fn:escapeXml(signUpUrl)}"><fmt:message key="nav.signUp"/></a></p>
    </div>
  </div>
</t:layout>

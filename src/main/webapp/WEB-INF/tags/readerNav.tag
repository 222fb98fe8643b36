<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="The navbar's reader part: who is signed in (their page, their account, sign out), or Sign in / Sign up." %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<div class="d-flex flex-wrap align-items-center gap-2 reader-nav">
  <c:choose>
    <c:when test="${not empty reader}">
      <c:url var="readerUrl" value="/readers/${reader.username}"/>
      <c:url var="accountUrl" value="/account"/>
      <c:url var="signOutUrl" value="/signout"/>
      <%-- The links of the reader's roles (each page checks the role again on the server). --%>
      <c:if test="${reader.librarian}">
        <c:url var="addBookUrl" value="/books/new"/>
        <c:url var="importUrl" value="/books/import"/>
        <a class="btn btn-sm btn-outline-light nav-add-book" href="${fn:escapeXml(addBookUrl)}"><fmt:message key="nav.addBook"/></a>
        <a class="btn btn-sm btn-outline-light nav-import" href="${fn:escapeXml(importUrl)}"><fmt:message key="nav.import"/></a>
      </c:if>
      <c:if test="${reader.moderator}">
        <c:url var="moderationUrl" value="/moderation"/>
        <a class="btn btn-sm btn-outline-light nav-moderation" href="${fn:escapeXml(moderationUrl)}"><fmt:message key="nav.moderation"/></a>
      </c:if>
      <c:if test="${reader.admin}">
        <c:url var="adminUrl" value="/admin/readers"/>
        <a class="btn btn-sm btn-outline-light nav-admin" href="${fn:escapeXml(adminUrl)}"><fmt:message key="nav.admin"/></a>
      </c:if>
      <a class="navbar-text text-light signed-in-as" href="${fn:escapeXml(readerUrl)}"><c:out value="${reader.displayName}"/></a>
      <a class="btn btn-sm btn-outline-light" href="${fn:escapeXml(accountUrl)}"><fmt:message key="nav.account"/></a>
      <form class="d-inline" method="post" action="${fn:escapeXml(signOutUrl)}">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <button class="btn btn-sm btn-light" type="submit"><fmt:message key="nav.signOut"/></button>
      </form>
    </c:when>
    <c:otherwise>
      <c:url var="signInUrl" value="/signin"/>
      <c:url var="signUpUrl" value="/signup"/>
      <a class="btn btn-sm btn-outline-light" href="${fn:escapeXml(signInUrl)}"><fmt:message key="nav.signIn"/></a>
      <a class="btn btn-sm btn-light" href="${fn:escapeXml(signUpUrl)}"><fmt:message key="nav.signUp"/></a>
    </c:otherwise>
  </c:choose>
</div>

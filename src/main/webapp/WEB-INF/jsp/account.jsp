<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The signed-in reader's account (${account}): name, password, sessions, their data, deleting it.
     ${displayName} as typed, ${errors} by field, ${saved}: what was just saved. --%>
<fmt:message key="account.title" var="pageTitle"/>
<fmt:message key="account.displayName" var="displayNameLabel"/>
<fmt:message key="account.currentPassword" var="currentLabel"/>
<fmt:message key="account.newPassword" var="newLabel"/>
<fmt:message key="signup.password.help" var="passwordHelp"><fmt:param value="${limit.passwordMin}"/></fmt:message>
<fmt:message key="account.deletePassword" var="deletePasswordLabel"/>
<c:url var="nameAction" value="/account/name"/>
<c:url var="passwordAction" value="/account/password"/>
<c:url var="everywhereAction" value="/account/signout-everywhere"/>
<c:url var="deleteAction" value="/account/delete"/>
<c:url var="dataUrl" value="/account/reviews.csv"/>
<c:url var="readerUrl" value="/readers/${account.username}"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-lg-7">
      <h1 class="h2 mb-1"><c:out value="${pageTitle}"/></h1>
      <p class="text-body-secondary"><a href="${fn:escapeXml(readerUrl)}"><c:out value="@${account.username}"/></a></p>
      <c:if test="${not empty saved}">
        <p class="alert alert-success saved" role="status"><fmt:message key="account.saved.${saved}"/></p>
      </c:if>

      <section class="card mb-4" aria-labelledby="name-heading">
        <div class="card-body">
          <h2 class="h5 card-title" id="name-heading"><fmt:message key="account.name.heading"/></h2>
          <form method="post" action="${fn:escapeXml(nameAction)}" accept-charset="UTF-8" novalidate>
            <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
            <t:formField type="text" name="${field.displayName}" label="${displayNameLabel}" value="${displayName}"
                         maxlength="${limit.displayNameMax}" autocomplete="nickname" error="${errors[field.displayName]}"/>
            <button class="btn btn-primary" type="submit"><fmt:message key="account.name.submit"/></button>
          </form>
        </div>
      </section>

      <section class="card mb-4" aria-labelledby="password-heading">
        <div class="card-body">
          <h2 class="h5 card-title" id="password-heading"><fmt:message key="account.password.heading"/></h2>
          <form method="post" action="${fn:escapeXml(passwordAction)}" accept-charset="UTF-8" novalidate>
            <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
            <t:formField type="password" name="${field.currentPassword}" label="${currentLabel}"
                         maxlength="${limit.passwordMax}" autocomplete="current-password" error="${errors[field.currentPassword]}"/>
            <t:formField type="password" name="${field.newPassword}" label="${newLabel}" help="${passwordHelp}"
                         maxlength="${limit.passwordMax}" autocomplete="new-password" error="${errors[field.newPassword]}"/>
            <button class="btn btn-primary" type="submit"><fmt:message key="account.password.submit"/></button>
          </form>
        </div>
      </section>

      <section class="card mb-4" aria-labelledby="sessions-heading">
        <div class="card-body">
          <h2 class="h5 card-title" id="sessions-heading"><fmt:message key="account.sessions.heading"/></h2>
          <p><fmt:message key="account.sessions.text"/></p>
          <form method="post" action="${fn:escapeXml(everywhereAction)}">
            <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
            <button class="btn btn-outline-secondary" type="submit"><fmt:message key="account.sessions.submit"/></button>
          </form>
        </div>
      </section>

      <section class="card mb-4" aria-labelledby="data-heading">
        <div class="card-body">
          <h2 class="h5 card-title" id="data-heading"><fmt:message key="account.data.heading"/></h2>
          <p><fmt:message key="account.data.text"/></p>
          <a class="btn btn-outline-secondary download-data" href="${fn:escapeXml(dataUrl)}"><fmt:message key="account.data.download"/></a>
        </div>
      </section>

      <section class="card mb-4 border-danger" aria-labelledby="delete-heading">
        <div class="card-body">
          <h2 class="h5 card-title" id="delete-heading"><fmt:message key="account.delete.heading"/></h2>
          <p><fmt:message key="account.delete.text"/></p>
          <form method="post" action="${fn:escapeXml(deleteAction)}" accept-charset="UTF-8" novalidate>
            <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
            <t:formField type="password" name="${field.password}" label="${deletePasswordLabel}"
                         maxlength="${limit.passwordMax}" autocomplete="current-password" error="${errors[field.password]}"/>
            <button class="btn btn-danger" type="submit"><fmt:message key="account.delete.submit"/></button>
          </form>
        </div>
      </section>
    </div>
  </div>
</t:layout>

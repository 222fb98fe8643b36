<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Admins grant roles: ${readers} (Roles.ReaderRoles) found by ${query}, each with a form of
     role checkboxes (${roles}); ${saved}: whose roles were just saved. --%>
<fmt:message key="admin.readers.title" var="pageTitle"/>
<fmt:message key="admin.readers.search" var="searchLabel"/>
<c:url var="searchAction" value="/admin/readers"/>
<c:url var="logUrl" value="/admin/log"/>
<t:layout title="${pageTitle}">
  <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
  <p><a href="${fn:escapeXml(logUrl)}"><fmt:message key="admin.log.title"/></a></p>
  <c:if test="${not empty saved}">
    <fmt:message key="admin.readers.saved" var="savedText"><fmt:param value="${saved}"/></fmt:message>
    <p class="alert alert-success saved" role="status"><c:out value="${savedText}"/></p>
  </c:if>
  <form method="get" action="${fn:escapeXml(searchAction)}" class="d-flex gap-2 mb-4 reader-search" role="search">
    <label class="visually-hidden" for="reader-query"><c:out value="${searchLabel}"/></label>
    <input class="form-control" type="search" id="reader-query" name="q" value="${fn:escapeXml(query)}" maxlength="30" placeholder="${fn:escapeXml(searchLabel)}">
    <button class="btn btn-outline-primary" type="submit"><fmt:message key="admin.readers.find"/></button>
  </form>
  <c:if test="${empty readers}"><p class="text-body-secondary no-readers"><fmt:message key="admin.readers.none"/></p></c:if>
  <c:forEach items="${readers}" var="r">
    <form method="post" action="${fn:escapeXml(searchAction)}" class="card mb-2 reader-roles" data-username="${fn:escapeXml(r.username)}">
      <div class="card-body d-flex flex-wrap gap-3 align-items-center">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <input type="hidden" name="username" value="${fn:escapeXml(r.username)}">
        <span class="me-auto"><strong><c:out value="@${r.username}"/></strong> <span class="text-body-secondary"><c:out value="${r.displayName}"/></span></span>
        <c:forEach items="${roles}" var="role">
          <c:set var="boxId" value="role-${r.username}-${role.value()}"/>
          <div class="form-check form-check-inline mb-0">
            <input class="form-check-input" type="checkbox" id="${fn:escapeXml(boxId)}" name="role" value="${fn:escapeXml(role.value())}"${r.has[role.value()] ? ' checked' : ''}>
            <label class="form-check-label" for="${fn:escapeXml(boxId)}"><fmt:message key="role.${role.value()}"/></label>
          </div>
        </c:forEach>
        <button class="btn btn-sm btn-primary" type="submit"><fmt:message key="admin.readers.save"/></button>
      </div>
    </form>
  </c:forEach>
</t:layout>

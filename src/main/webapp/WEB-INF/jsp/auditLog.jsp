<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The audit log for admins: ${log}, a page of AuditLog.Entry, newest first. --%>
<fmt:message key="admin.log.title" var="pageTitle"/>
<fmt:message key="admin.log.pages" var="pagesLabel"/>
<t:layout title="${pageTitle}">
  <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
  <c:if test="${empty log.items}"><p class="text-body-secondary"><fmt:message key="admin.log.empty"/></p></c:if>
  <div class="table-responsive">
    <table class="table table-sm align-top audit-log">
      <thead>
        <tr>
          <th scope="col"><fmt:message key="admin.log.when"/></th>
          <th scope="col"><fmt:message key="admin.log.who"/></th>
          <th scope="col"><fmt:message key="admin.log.what"/></th>
          <th scope="col"><fmt:message key="admin.log.subject"/></th>
          <th scope="col"><fmt:message key="admin.log.before"/></th>
          <th scope="col"><fmt:message key="admin.log.after"/></th>
        </tr>
      </thead>
      <tbody>
        <c:forEach items="${log.items}" var="entry">
          <tr class="audit-entry" data-action="${fn:escapeXml(entry.action)}">
            <td><time datetime="${fn:escapeXml(br:isoTime(entry.happenedAt))}"><c:out value="${br:isoTime(entry.happenedAt)}"/></time></td>
            <td><c:out value="@${entry.actor}"/></td>
            <td><fmt:message key="audit.${entry.action}"/></td>
            <td><c:out value="${entry.subject}"/></td>
            <td class="text-break audit-before"><c:out value="${entry.before}"/></td>
            <td class="text-break audit-after"><c:out value="${entry.after}"/></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </div>
  <t:pagination page="${log}" path="/admin/log" label="${pagesLabel}"/>
</t:layout>

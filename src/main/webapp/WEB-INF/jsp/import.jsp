<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- One import (${job}, Imports.Status): its progress while it runs (a bar the page's script moves,
     or a plain reload without JavaScript), then its report with ${rejections}. --%>
<fmt:message key="import.jobTitle" var="pageTitle"><fmt:param value="${job.fileName}"/></fmt:message>
<fmt:message key="import.state.${job.state}" var="stateText"/>
<c:url var="progressUrl" value="/books/import/${job.id}/progress"/>
<c:url var="formUrl" value="/books/import"/>
<t:layout title="${pageTitle}" script="${job.running ? '/static/js/import-progress.js' : ''}" refreshSeconds="${job.running ? 2 : null}">
  <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
  <section class="import-status mb-4" data-state="${fn:escapeXml(job.state)}"<c:if test="${job.running}"> data-progress-url="${fn:escapeXml(progressUrl)}"</c:if>>
    <p class="lead import-state"><c:out value="${stateText}"/></p>
    <label class="form-label" for="import-progress"><fmt:message key="import.progress"/></label>
    <div class="d-flex gap-2 align-items-center mb-3">
      <progress class="flex-grow-1" id="import-progress" max="${fn:escapeXml(job.rowCount)}" value="${fn:escapeXml(job.rowsDone)}"></progress>
      <span class="percent"><c:out value="${job.percent} %"/></span>
    </div>
    <dl class="row import-figures">
      <dt class="col-6 col-sm-3"><fmt:message key="import.rowsDone"/></dt><dd class="col-6 col-sm-9"><span data-figure="done"><c:out value="${job.rowsDone}"/></span> / <c:out value="${job.rowCount}"/></dd>
      <dt class="col-6 col-sm-3"><fmt:message key="import.added"/></dt><dd class="col-6 col-sm-9" data-figure="added"><c:out value="${job.added}"/></dd>
      <dt class="col-6 col-sm-3"><fmt:message key="import.updated"/></dt><dd class="col-6 col-sm-9" data-figure="updated"><c:out value="${job.updated}"/></dd>
      <dt class="col-6 col-sm-3"><fmt:message key="import.unchanged"/></dt><dd class="col-6 col-sm-9" data-figure="unchanged"><c:out value="${job.unchanged}"/></dd>
      <dt class="col-6 col-sm-3"><fmt:message key="import.rejected"/></dt><dd class="col-6 col-sm-9" data-figure="rejected"><c:out value="${job.rejected}"/></dd>
    </dl>
  </section>
  <c:if test="${not job.running}">
    <section aria-labelledby="rejections-heading">
      <h2 class="h4" id="rejections-heading"><fmt:message key="import.rejections"/></h2>
      <c:if test="${empty rejections}"><p class="no-rejections"><fmt:message key="import.noRejections"/></p></c:if>
      <c:if test="${not empty rejections}">
        <table class="table table-sm rejections">
          <thead><tr><th scope="col"><fmt:message key="import.line"/></th><th scope="col"><fmt:message key="import.reason"/></th></tr></thead>
          <tbody>
            <c:forEach items="${rejections}" var="rejection">
              <fmt:message key="${rejection.key}" var="reasonText"><c:forEach items="${rejection.arguments}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
              <tr class="rejection"><td class="line"><c:out value="${rejection.line}"/></td><td class="reason"><c:out value="${reasonText}"/></td></tr>
            </c:forEach>
          </tbody>
        </table>
      </c:if>
    </section>
  </c:if>
  <p><a href="${fn:escapeXml(formUrl)}"><fmt:message key="import.another"/></a></p>
</t:layout>

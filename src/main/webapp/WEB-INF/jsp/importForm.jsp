<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Import a catalogue: the file form (${problem}: what was wrong with the last file) and the
     latest imports (${recent}, Imports.Status). --%>
<fmt:message key="import.title" var="pageTitle"/>
<c:url var="action" value="/books/import"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-lg-8">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <p><fmt:message key="import.formats"/></p>
      <form method="post" action="${fn:escapeXml(action)}" enctype="multipart/form-data" accept-charset="UTF-8" class="import-form mb-4">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <div class="mb-3">
          <label class="form-label" for="file"><fmt:message key="import.file"/></label>
          <input class="form-control${empty problem ? '' : ' is-invalid'}" type="file" id="file" name="file" accept=".csv,text/csv" required<c:if test="${not empty problem}"> aria-invalid="true" aria-describedby="file-error"</c:if>>
          <c:if test="${not empty problem}">
            <fmt:message key="${problem.key}" var="problemText"><c:forEach items="${problem.arguments}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
            <div class="invalid-feedback" id="file-error"><c:out value="${problemText}"/></div>
          </c:if>
        </div>
        <button class="btn btn-primary" type="submit"><fmt:message key="import.submit"/></button>
      </form>
      <c:if test="${not empty recent}">
        <h2 class="h5"><fmt:message key="import.recent"/></h2>
        <ul class="list-unstyled recent-imports">
          <c:forEach items="${recent}" var="job">
            <c:url var="jobUrl" value="/books/import/${job.id}"/>
            <fmt:message key="import.state.${job.state}" var="stateText"/>
            <li><a href="${fn:escapeXml(jobUrl)}"><c:out value="${job.fileName}"/></a> · <c:out value="${stateText}"/> · <c:out value="@${job.librarian}"/> · <time datetime="${fn:escapeXml(br:isoTime(job.startedAt))}"><c:out value="${br:isoTime(job.startedAt)}"/></time></li>
          </c:forEach>
        </ul>
      </c:if>
    </div>
  </div>
</t:layout>

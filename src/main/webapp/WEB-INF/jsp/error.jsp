<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Every error ends here (web.xml, ErrorPageServlet). It says what went wrong for the reader, never internals. --%>
<c:set var="status" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<c:set var="known" value="${status eq 400 or status eq 401 or status eq 403 or status eq 404 or status eq 405 or status eq 408 or status eq 411 or status eq 413 or status eq 409 or status eq 415 or status eq 429 or status eq 503}"/>
<c:set var="messageKey" value="error.${known ? status : 'other'}"/>
<c:set var="headingKey" value="${status eq 403 and not empty requestScope.problem ? 'error.forbidden.heading' : messageKey.concat('.heading')}"/>
<fmt:message key="${headingKey}" var="heading"/>
<c:choose>
  <%-- An error that knows what was wrong says it (http.Problem); otherwise the status's own message. --%>
  <c:when test="${not empty requestScope.problem}">
    <fmt:message key="${requestScope.problem.key}" var="message"><c:forEach items="${requestScope.problem.arguments}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
  </c:when>
  <c:otherwise>
    <fmt:message key="${messageKey}.message" var="message"/>
  </c:otherwise>
</c:choose>
<fmt:message key="error.reference" var="reference"><fmt:param value="${requestId}"/></fmt:message>
<c:url var="homeUrl" value="/"/>
<t:layout title="${heading}">
  <div class="py-4 text-center error-page">
    <p class="display-4 text-body-secondary mb-0"><c:out value="${status}"/></p>
    <h1 class="h2"><c:out value="${heading}"/></h1>
    <p class="lead"><c:out value="${message}"/></p>
    <a class="btn btn-primary" href="${fn:escapeXml(homeUrl)}"><fmt:message key="error.browse"/></a>
    <c:if test="${not empty requestId}">
      <p class="small text-body-secondary mt-4 request-id"><c:out value="${reference}"/></p>
    </c:if>
  </div>
</t:layout>

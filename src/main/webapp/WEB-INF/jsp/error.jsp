<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- Every error ends here (web.xml). It shows what went wrong for the reader, never internals. --%>
<c:set var="status" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<c:choose>
  <c:when test="${status eq 400}">
    <c:set var="heading" value="Bad request"/>
    <c:set var="message" value="The address or the form you sent is not valid here."/>
  </c:when>
  <c:when test="${status eq 403}">
    <c:set var="heading" value="Your form has expired"/>
    <c:set var="message" value="For your safety we only accept forms sent from this site within the same visit. Go back, reload the page and send it again."/>
  </c:when>
  <c:when test="${status eq 404}">
    <c:set var="heading" value="Page not found"/>
    <c:set var="message" value="There is no such page or book here."/>
  </c:when>
  <c:when test="${status eq 405}">
    <c:set var="heading" value="Method not allowed"/>
    <c:set var="message" value="This address does not accept that kind of request."/>
  </c:when>
  <c:when test="${status eq 411}">
    <c:set var="heading" value="Length required"/>
    <c:set var="message" value="Please send the form again from the page: its size was missing."/>
  </c:when>
  <c:when test="${status eq 413}">
    <c:set var="heading" value="Request too large"/>
    <c:set var="message" value="What you sent is larger than this site accepts. A review can be at most 5,000 characters."/>
  </c:when>
  <c:otherwise>
    <c:set var="heading" value="Something went wrong"/>
    <c:set var="message" value="We could not show this page. Please try again in a moment."/>
  </c:otherwise>
</c:choose>
<c:url var="homeUrl" value="/"/>
<t:layout title="${heading}">
  <div class="py-4 text-center error-page">
    <p class="display-4 text-body-secondary mb-0"><c:out value="${status}"/></p>
    <h1 class="h2"><c:out value="${heading}"/></h1>
    <p class="lead"><c:out value="${message}"/></p>
    <a class="btn btn-primary" href="${fn:escapeXml(homeUrl)}">Browse the books</a>
  </div>
</t:layout>

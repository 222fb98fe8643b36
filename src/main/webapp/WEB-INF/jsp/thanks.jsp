<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- After a review was stored (post/redirect/get). --%>
<c:url var="bookUrl" value="/books/${book.id}"/>
<t:layout title="Thank you for your review">
  <div class="py-4 text-center">
    <h1 class="h2">Thank you for your review</h1>
    <p class="lead">Your review of <strong><c:out value="${book.title}"/></strong> has been published.</p>
    <a class="btn btn-primary" href="${fn:escapeXml(bookUrl)}">Back to <c:out value="${book.title}"/></a>
  </div>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- After a review was stored (post/redirect/get). --%>
<c:url var="bookUrl" value="/books/${book.id}"/>
<fmt:message key="thanks.title" var="pageTitle"/>
<fmt:message key="thanks.published" var="published"><fmt:param value="${book.title}"/></fmt:message>
<fmt:message key="thanks.back" var="back"><fmt:param value="${book.title}"/></fmt:message>
<t:layout title="${pageTitle}">
  <div class="py-4 text-center">
    <h1 class="h2"><c:out value="${pageTitle}"/></h1>
    <p class="lead"><c:out value="${published}"/></p>
    <a class="btn btn-primary" href="${fn:escapeXml(bookUrl)}"><c:out value="${back}"/></a>
  </div>
</t:layout>

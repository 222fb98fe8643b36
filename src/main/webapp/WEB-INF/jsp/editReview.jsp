<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The reader's review of ${book} in the review form (${form}), to change it. --%>
<fmt:message key="edit.title" var="pageTitle"><fmt:param value="${book.title}"/></fmt:message>
<c:url var="bookUrl" value="/books/${book.id}"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-lg-7">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <section class="card review-form" id="write-review" aria-label="${fn:escapeXml(pageTitle)}">
        <div class="card-body">
          <t:reviewForm bookId="${book.id}" submitKey="form.save"/>
        </div>
      </section>
      <p class="mt-3"><a href="${fn:escapeXml(bookUrl)}"><fmt:message key="edit.cancel"/></a></p>
    </div>
  </div>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- A librarian's book form (${form}: BookForm, as typed, with its errors): a new book when
     ${bookId} is 0, else that book's details. ${duplicateOf}: the book that has the ISBN. --%>
<fmt:message key="${bookId eq 0 ? 'bookForm.newTitle' : 'bookForm.editTitle'}" var="pageTitle"><fmt:param value="${form.title}"/></fmt:message>
<fmt:message key="bookForm.title" var="titleLabel"/>
<fmt:message key="bookForm.author" var="authorLabel"/>
<fmt:message key="bookForm.isbn" var="isbnLabel"/>
<fmt:message key="bookForm.isbn.help" var="isbnHelp"/>
<fmt:message key="bookForm.year" var="yearLabel"/>
<fmt:message key="bookForm.year.help" var="yearHelp"><fmt:param value="${latestYear}"/></fmt:message>
<fmt:message key="bookForm.description" var="descriptionLabel"/>
<c:url var="action" value="${formAction}"/>
<c:url var="cancelUrl" value="${bookId eq 0 ? '/' : '/books/'}${bookId eq 0 ? '' : bookId}"/>
<t:layout title="${pageTitle}">
  <div class="row justify-content-center">
    <div class="col-lg-8">
      <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
      <c:if test="${not empty form.errors}">
        <p class="alert alert-danger form-problems" role="alert"><fmt:message key="bookForm.problems"/></p>
      </c:if>
      <c:if test="${not empty duplicateOf}">
        <c:url var="duplicateUrl" value="/books/${duplicateOf}"/>
        <p class="alert alert-warning duplicate-isbn"><a href="${fn:escapeXml(duplicateUrl)}"><fmt:message key="bookForm.duplicateLink"/></a></p>
      </c:if>
      <form method="post" action="${fn:escapeXml(action)}" accept-charset="UTF-8" novalidate class="book-form">
        <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
        <t:formField type="text" name="${field.title}" label="${titleLabel}" value="${form.title}" maxlength="${limit.titleMax}" error="${form.errors[field.title]}"/>
        <t:formField type="text" name="${field.author}" label="${authorLabel}" value="${form.author}" maxlength="${limit.authorMax}" error="${form.errors[field.author]}"/>
        <t:formField type="text" name="${field.isbn}" label="${isbnLabel}" value="${form.isbn}" help="${isbnHelp}" error="${form.errors[field.isbn]}"/>
        <t:formField type="text" name="${field.publishedYear}" label="${yearLabel}" value="${form.publishedYear}" help="${yearHelp}" optional="true" inputmode="numeric" maxlength="4" error="${form.errors[field.publishedYear]}"/>
        <t:formField type="textarea" name="${field.description}" label="${descriptionLabel}" value="${form.description}" optional="true" maxlength="${limit.descriptionMax}" error="${form.errors[field.description]}"/>
        <button class="btn btn-primary" type="submit"><fmt:message key="${bookId eq 0 ? 'bookForm.add' : 'bookForm.save'}"/></button>
        <a class="btn btn-link" href="${fn:escapeXml(cancelUrl)}"><fmt:message key="edit.cancel"/></a>
      </form>
      <c:if test="${bookId ne 0}">
        <c:url var="coverUrl" value="/covers/${bookId}"/>
        <section class="card mt-4" aria-labelledby="cover-heading">
          <div class="card-body">
            <h2 class="h5 card-title" id="cover-heading"><fmt:message key="cover.heading"/></h2>
            <img class="cover float-end ms-3 rounded" src="${fn:escapeXml(coverUrl)}" alt="" width="80" height="120">
            <form method="post" action="${fn:escapeXml(coverUrl)}" enctype="multipart/form-data" class="cover-form">
              <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
              <div class="mb-3">
                <label class="form-label" for="cover"><fmt:message key="cover.file"/></label>
                <input class="form-control" type="file" id="cover" name="cover" accept="image/jpeg,image/png,image/webp" aria-describedby="cover-help">
                <div class="form-text" id="cover-help"><fmt:message key="cover.help"/></div>
              </div>
              <button class="btn btn-outline-primary" type="submit"><fmt:message key="cover.submit"/></button>
            </form>
          </div>
        </section>
      </c:if>
    </div>
  </div>
</t:layout>

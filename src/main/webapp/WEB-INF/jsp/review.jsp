<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- One review's own page (its permalink): the review whole, with its book (${book}, ${review};
     ${usernames}: its writer's username by reader id). --%>
<c:url var="catalogueUrl" value="/"/>
<c:url var="bookUrl" value="/books/${book.id}"/>
<fmt:message key="review.title" var="pageTitle"><fmt:param value="${review.reviewerName}"/><fmt:param value="${book.title}"/></fmt:message>
<fmt:message key="rating.${review.rating}" var="ratingWords"/>
<fmt:message key="rating.stars.label" var="starsLabel"><fmt:param value="${review.rating}"/><fmt:param value="${ratingWords}"/></fmt:message>
<fmt:formatDate value="${br:date(review.createdAt)}" type="both" dateStyle="long" timeStyle="short" timeZone="UTC" var="exactTime"/>
<fmt:message key="time.exact" var="exactTimeUtc"><fmt:param value="${exactTime}"/></fmt:message>
<fmt:message key="thanks.back" var="back"><fmt:param value="${book.title}"/></fmt:message>
<t:layout title="${pageTitle}">
  <nav aria-label="<fmt:message key="breadcrumb.label"/>">
    <ol class="breadcrumb mb-2">
      <li class="breadcrumb-item"><a href="${fn:escapeXml(catalogueUrl)}"><fmt:message key="catalogue.title"/></a></li>
      <li class="breadcrumb-item"><a href="${fn:escapeXml(bookUrl)}"><c:out value="${book.title}"/></a></li>
      <li class="breadcrumb-item active" aria-current="page"><c:out value="${review.reviewerName}"/></li>
    </ol>
  </nav>
  <c:if test="${reported}">
    <p class="alert alert-success reported" role="status"><fmt:message key="report.thanks"/></p>
  </c:if>
  <article class="review-permalink review" data-rating="${fn:escapeXml(review.rating)}">
    <h1 class="h3"><c:out value="${pageTitle}"/></h1>
    <p class="mb-2">
      <c:choose>
        <c:when test="${not empty review.readerId and not empty usernames[review.readerId]}">
          <c:url var="reviewerUrl" value="/readers/${usernames[review.readerId]}"/>
          <a class="reviewer" href="${fn:escapeXml(reviewerUrl)}"><c:out value="${review.reviewerName}"/></a>
        </c:when>
        <c:otherwise><span class="reviewer"><c:out value="${review.reviewerName}"/></span></c:otherwise>
      </c:choose>
      <t:stars filled="${review.rating}" label="${starsLabel}"/>
    </p>
    <t:hiddenNotice review="${review}"/>
    <t:reviewBody review="${review}"/>
    <p class="small text-body-secondary">
      <time datetime="${fn:escapeXml(br:isoTime(review.createdAt))}"><c:out value="${exactTimeUtc}"/></time>
      <c:if test="${not empty review.updatedAt}"> · <fmt:message key="review.edited"/></c:if>
      <c:if test="${not review.hidden}">
        <c:url var="reportUrl" value="/reviews/${review.id}/report"/>
        · <a class="report-review link-secondary" href="${fn:escapeXml(reportUrl)}" rel="nofollow"><fmt:message key="report.link"/></a>
      </c:if>
    </p>
  </article>
  <a class="btn btn-primary" href="${fn:escapeXml(bookUrl)}"><c:out value="${back}"/></a>
</t:layout>

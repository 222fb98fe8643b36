<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The moderators' page: ${reported} (Reports.ReportedReview: a review with its open reports),
     most-reported first, each to hide or dismiss; ${hidden}: recently hidden reviews, to restore. --%>
<fmt:message key="moderation.title" var="pageTitle"/>
<fmt:message key="moderation.hideReason" var="hideReasonLabel"/>
<t:layout title="${pageTitle}">
  <h1 class="h2 mb-3"><c:out value="${pageTitle}"/></h1>
  <section aria-labelledby="reported-heading" class="mb-5">
    <h2 class="h4" id="reported-heading"><fmt:message key="moderation.reported"/></h2>
    <c:if test="${empty reported}"><p class="text-body-secondary no-reports"><fmt:message key="moderation.none"/></p></c:if>
    <c:forEach items="${reported}" var="item">
      <c:set var="review" value="${item.review}"/>
      <c:url var="permalink" value="/books/${review.book.id}/reviews/${review.id}"/>
      <c:url var="hideUrl" value="/reviews/${review.id}/hide"/>
      <c:url var="dismissUrl" value="/reviews/${review.id}/dismiss"/>
      <fmt:message key="moderation.reportCount" var="countText"><fmt:param value="${fn:length(item.reports)}"/></fmt:message>
      <article class="card mb-3 reported-review" data-review-id="${fn:escapeXml(review.id)}">
        <div class="card-body">
          <h3 class="h6 card-title">
            <a href="${fn:escapeXml(permalink)}"><c:out value="${review.book.title}"/></a>
            <span class="text-body-secondary">· <c:out value="${review.reviewerName}"/></span>
            <span class="badge text-bg-danger report-count"><c:out value="${countText}"/></span>
          </h3>
          <t:reviewBody review="${review}"/>
          <ul class="small report-reasons">
            <c:forEach items="${item.reports}" var="report">
              <fmt:message key="report.reason.${report.reason}" var="reasonText"/>
              <li><strong><c:out value="${reasonText}"/></strong> · <c:out value="@${report.reporter}"/><c:if test="${not empty report.note}">: <c:out value="${report.note}"/></c:if></li>
            </c:forEach>
          </ul>
          <div class="d-flex flex-wrap gap-2 align-items-end">
            <form method="post" action="${fn:escapeXml(hideUrl)}" accept-charset="UTF-8" class="d-flex gap-2 align-items-end hide-form">
              <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
              <div>
                <label class="form-label small mb-0" for="hide-reason-${fn:escapeXml(review.id)}"><c:out value="${hideReasonLabel}"/></label>
                <input class="form-control form-control-sm" id="hide-reason-${fn:escapeXml(review.id)}" name="${fn:escapeXml(field.reason)}" required maxlength="${fn:escapeXml(limit.hideReasonMax)}">
              </div>
              <button class="btn btn-sm btn-danger" type="submit"><fmt:message key="moderation.hide"/></button>
            </form>
            <form method="post" action="${fn:escapeXml(dismissUrl)}" class="dismiss-form">
              <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
              <button class="btn btn-sm btn-outline-secondary" type="submit"><fmt:message key="moderation.dismiss"/></button>
            </form>
          </div>
        </div>
      </article>
    </c:forEach>
  </section>
  <section aria-labelledby="hidden-heading">
    <h2 class="h4" id="hidden-heading"><fmt:message key="moderation.hidden"/></h2>
    <c:if test="${empty hidden}"><p class="text-body-secondary"><fmt:message key="moderation.noneHidden"/></p></c:if>
    <ul class="list-unstyled hidden-reviews">
      <c:forEach items="${hidden}" var="review">
        <c:url var="restoreUrl" value="/reviews/${review.id}/restore"/>
        <li class="mb-2 hidden-review-item" data-review-id="${fn:escapeXml(review.id)}">
          <form method="post" action="${fn:escapeXml(restoreUrl)}" class="d-inline restore-form">
            <input type="hidden" name="${fn:escapeXml(field.csrfToken)}" value="${fn:escapeXml(csrfToken)}">
            <button class="btn btn-sm btn-outline-primary" type="submit"><fmt:message key="moderation.restore"/></button>
          </form>
          <c:out value="${review.book.title}"/> · <c:out value="${review.reviewerName}"/>:
          <em><c:out value="${review.hiddenReason}"/></em>
        </li>
      </c:forEach>
    </ul>
  </section>
</t:layout>

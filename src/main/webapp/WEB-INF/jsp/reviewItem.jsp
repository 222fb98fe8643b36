<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- One review on its book's page (${item}: the Review; ${itemUsername}: its writer's
     username, if they have an account; ${itemAgo}: how long ago it was written). Rendered once and
     kept by everything it shows (ReviewItems.Key): read nothing else here. --%>
<fmt:message key="rating.${item.rating}" var="ratingWords"/>
<fmt:message key="rating.stars.label" var="starsLabel"><fmt:param value="${item.rating}"/><fmt:param value="${ratingWords}"/></fmt:message>
<fmt:message key="${itemAgo.key}" var="agoText"><fmt:param value="${itemAgo.amount}"/></fmt:message>
<fmt:formatDate value="${br:date(item.createdAt)}" type="both" dateStyle="long" timeStyle="short" timeZone="UTC" var="exactTime"/>
<fmt:message key="time.exact" var="exactTimeUtc"><fmt:param value="${exactTime}"/></fmt:message>
<article class="card mb-3 review" data-rating="${fn:escapeXml(item.rating)}">
  <div class="card-body">
    <h3 class="h6 card-title d-flex flex-wrap gap-2 align-items-baseline">
      <c:choose>
        <c:when test="${not empty itemUsername}">
          <c:url var="reviewerUrl" value="/readers/${itemUsername}"/>
          <a class="reviewer" href="${fn:escapeXml(reviewerUrl)}"><c:out value="${item.reviewerName}"/></a>
        </c:when>
        <c:otherwise><span class="reviewer"><c:out value="${item.reviewerName}"/></span></c:otherwise>
      </c:choose>
      <t:stars filled="${item.rating}" label="${starsLabel}"/>
    </h3>
    <c:url var="permalink" value="/books/${item.book.id}/reviews/${item.id}"/>
    <t:reviewBody review="${item}" readMoreUrl="${permalink}"/>
    <p class="card-text small text-body-secondary mb-0">
      <a class="permalink link-secondary" href="${fn:escapeXml(permalink)}"><time datetime="${fn:escapeXml(br:isoTime(item.createdAt))}" title="${fn:escapeXml(exactTimeUtc)}"><c:out value="${agoText}"/></time></a>
      <c:if test="${not empty item.updatedAt}"> · <fmt:message key="review.edited"/></c:if>
      <c:url var="reportUrl" value="/reviews/${item.id}/report"/>
      · <a class="report-review link-secondary" href="${fn:escapeXml(reportUrl)}" rel="nofollow"><fmt:message key="report.link"/></a>
    </p>
  </div>
</article>

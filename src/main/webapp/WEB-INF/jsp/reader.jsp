<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- A reader's page: ${readerPage} (Accounts.ReaderPage: the reader, their figures, a page of their reviews). --%>
<c:set var="who" value="${readerPage.reader}"/>
<fmt:formatDate value="${br:date(who.createdAt)}" dateStyle="long" timeZone="UTC" var="since"/>
<fmt:message key="reader.since" var="sinceText"><fmt:param value="${since}"/></fmt:message>
<fmt:message key="reviews.count" var="countText"><fmt:param value="${readerPage.reviewCount}"/></fmt:message>
<fmt:message key="reader.reviewPages" var="pagesLabel"/>
<t:layout title="${who.displayName}">
  <h1 class="h2 mb-1 reader-name"><c:out value="${who.displayName}"/></h1>
  <p class="text-body-secondary mb-1 reader-username"><c:out value="@${who.username}"/></p>
  <ul class="list-inline text-body-secondary reader-figures">
    <li class="list-inline-item member-since"><c:out value="${sinceText}"/></li>
    <li class="list-inline-item review-count"><c:out value="${countText}"/></li>
    <c:if test="${readerPage.reviewCount gt 0}">
      <fmt:message key="reader.averageGiven" var="averageText"><fmt:param value="${br:oneDecimal(readerPage.averageRating)}"/></fmt:message>
      <li class="list-inline-item average-given"><c:out value="${averageText}"/></li>
    </c:if>
  </ul>
  <section aria-labelledby="reader-reviews-heading">
    <h2 class="h4" id="reader-reviews-heading"><fmt:message key="reader.reviews"/></h2>
    <c:if test="${empty readerPage.reviews.items}">
      <p class="text-body-secondary"><fmt:message key="reader.noReviews"/></p>
    </c:if>
    <c:forEach items="${readerPage.reviews.items}" var="review">
      <c:url var="bookUrl" value="/books/${review.book.id}"/>
      <fmt:message key="rating.${review.rating}" var="ratingWords"/>
      <fmt:message key="rating.stars.label" var="starsLabel"><fmt:param value="${review.rating}"/><fmt:param value="${ratingWords}"/></fmt:message>
      <c:set var="ago" value="${br:ago(review.createdAt)}"/>
      <fmt:message key="${ago.key}" var="agoText"><fmt:param value="${ago.amount}"/></fmt:message>
      <article class="card mb-3 review" data-rating="${fn:escapeXml(review.rating)}">
        <div class="card-body">
          <h3 class="h6 card-title d-flex flex-wrap gap-2 align-items-baseline">
            <a class="book-title" href="${fn:escapeXml(bookUrl)}"><c:out value="${review.book.title}"/></a>
            <t:stars filled="${review.rating}" label="${starsLabel}"/>
          </h3>
          <t:hiddenNotice review="${review}"/>
          <t:reviewBody review="${review}"/>
          <p class="card-text small text-body-secondary mb-0">
            <time datetime="${fn:escapeXml(br:isoTime(review.createdAt))}"><c:out value="${agoText}"/></time>
          </p>
        </div>
      </article>
    </c:forEach>
    <t:pagination page="${readerPage.reviews}" path="/readers/${who.username}" label="${pagesLabel}"/>
  </section>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" session="false" import="org.bookreviews.book.ReviewForm, org.bookreviews.security.CsrfTokens" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- A book with its rating distribution (${distribution}: RatingShare bars), a page of its reviews
     (${reviews}: Page<Review> in the order ${sort}, one of ${orders}) and the review form (${form}:
     a ReviewForm, whose constants name the fields and their limits). --%>
<c:url var="reviewAction" value="/books/${book.id}/reviews"/>
<fmt:message key="book.by" var="byline"><fmt:param value="${book.author}"/></fmt:message>
<fmt:message key="book.reviewPages" var="pagesLabel"/>
<fmt:message key="reviews.count" var="reviewCount"><fmt:param value="${book.reviewCount}"/></fmt:message>
<t:layout title="${book.title}">
  <div class="row g-4">
    <div class="col-lg-8">
      <article class="book mb-4">
        <h1 class="h2 mb-1"><c:out value="${book.title}"/></h1>
        <p class="lead mb-2"><c:out value="${byline}"/></p>
        <dl class="book-facts small text-body-secondary mb-3">
          <dt><fmt:message key="book.isbn"/></dt><dd class="isbn"><c:out value="${book.isbn}"/></dd>
          <c:if test="${not empty book.publishedYear}">
            <dt><fmt:message key="book.published"/></dt><dd class="year"><c:out value="${book.publishedYear}"/></dd>
          </c:if>
        </dl>
        <p class="description"><c:out value="${book.description}"/></p>
        <div class="rating-summary d-flex flex-wrap align-items-center gap-2 mb-3">
          <c:choose>
            <c:when test="${book.reviewCount gt 0}">
              <fmt:message key="rating.average" var="average"><fmt:param value="${br:oneDecimal(book.averageRating)}"/></fmt:message>
              <fmt:message key="rating.average.label" var="averageLabel"><fmt:param value="${br:oneDecimal(book.averageRating)}"/></fmt:message>
              <span class="fs-4 fw-semibold average-rating"><c:out value="${average}"/></span>
              <t:stars filled="${br:fullStars(book.averageRating)}" label="${averageLabel}"/>
            </c:when>
            <c:otherwise><span class="fs-4 fw-semibold average-rating">–</span></c:otherwise>
          </c:choose>
          <span class="text-body-secondary review-count"><c:out value="${reviewCount}"/></span>
          <a class="btn btn-outline-primary btn-sm ms-sm-3" href="#write-review"><fmt:message key="book.writeReview"/></a>
        </div>
        <section class="rating-histogram" aria-labelledby="histogram-heading">
          <h2 class="visually-hidden" id="histogram-heading"><fmt:message key="histogram.title"/></h2>
          <ul class="list-unstyled mb-0">
            <c:forEach items="${distribution}" var="share">
              <fmt:message key="histogram.bar" var="barLabel"><fmt:param value="${share.stars}"/><fmt:param value="${share.count}"/><fmt:param value="${share.percent}"/></fmt:message>
              <li class="histogram-row d-flex align-items-center gap-2 mb-1" data-stars="${fn:escapeXml(share.stars)}">
                <fmt:message key="histogram.stars" var="starsText"><fmt:param value="${share.stars}"/></fmt:message>
                <span class="histogram-stars text-nowrap" aria-hidden="true"><c:out value="${starsText}"/></span>
                <div class="progress flex-grow-1" role="progressbar" aria-label="${fn:escapeXml(barLabel)}"
                     aria-valuenow="${fn:escapeXml(share.percent)}" aria-valuemin="0" aria-valuemax="100">
                  <div class="progress-bar bg-warning pct-${fn:escapeXml(share.percent)}"></div>
                </div>
                <fmt:message key="histogram.share" var="shareText"><fmt:param value="${share.count}"/><fmt:param value="${share.percent}"/></fmt:message>
                <span class="histogram-count small text-body-secondary text-nowrap" aria-hidden="true"><c:out value="${shareText}"/></span>
              </li>
            </c:forEach>
          </ul>
        </section>
      </article>

      <section aria-labelledby="reviews-heading">
        <div class="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
          <h2 class="h4 mb-0" id="reviews-heading"><fmt:message key="book.reviews"/></h2>
          <c:if test="${book.reviewCount gt 1}">
            <t:sortForm selectId="review-sort" path="/books/${book.id}" orders="${orders}" selected="${sort}" messagePrefix="sort.reviews." anchor="reviews-heading"/>
          </c:if>
        </div>
        <c:if test="${empty reviews.items}">
          <p class="text-body-secondary"><fmt:message key="book.noReviews"/></p>
        </c:if>
        <c:forEach items="${reviews.items}" var="review">
          <fmt:message key="rating.${review.rating}" var="ratingWords"/>
          <fmt:message key="rating.stars.label" var="starsLabel"><fmt:param value="${review.rating}"/><fmt:param value="${ratingWords}"/></fmt:message>
          <c:set var="ago" value="${br:ago(review.createdAt)}"/>
          <fmt:message key="${ago.key}" var="agoText"><fmt:param value="${ago.amount}"/></fmt:message>
          <fmt:formatDate value="${br:date(review.createdAt)}" type="both" dateStyle="long" timeStyle="short" timeZone="UTC" var="exactTime"/>
          <fmt:message key="time.exact" var="exactTimeUtc"><fmt:param value="${exactTime}"/></fmt:message>
          <article class="card mb-3 review" data-rating="${fn:escapeXml(review.rating)}">
            <div class="card-body">
              <h3 class="h6 card-title d-flex flex-wrap gap-2 align-items-baseline">
                <span class="reviewer"><c:out value="${review.reviewerName}"/></span>
                <t:stars filled="${review.rating}" label="${starsLabel}"/>
              </h3>
              <p class="card-text review-body"><c:out value="${review.body}"/></p>
              <p class="card-text small text-body-secondary mb-0">
                <time datetime="${fn:escapeXml(br:isoTime(review.createdAt))}" title="${fn:escapeXml(exactTimeUtc)}"><c:out value="${agoText}"/></time>
              </p>
            </div>
          </article>
        </c:forEach>
        <t:pagination page="${reviews}" path="/books/${book.id}" label="${pagesLabel}" sort="${sort.linkValue}"/>
      </section>
    </div>

    <aside class="col-lg-4">
      <section class="card review-form" id="write-review" aria-labelledby="write-heading">
        <div class="card-body">
          <h2 class="h4 card-title" id="write-heading"><fmt:message key="form.heading"/></h2>
          <c:if test="${not empty form.errors}">
            <p class="text-danger small" role="alert"><fmt:message key="form.fix"/></p>
          </c:if>
          <fmt:message key="form.name" var="nameLabel"/>
          <fmt:message key="form.rating" var="ratingLabel"/>
          <fmt:message key="form.body" var="bodyLabel"/>
          <form method="post" action="${fn:escapeXml(reviewAction)}" accept-charset="UTF-8" novalidate>
            <input type="hidden" name="${fn:escapeXml(CsrfTokens.FIELD)}" value="${fn:escapeXml(csrfToken)}">
            <input type="hidden" name="${fn:escapeXml(ReviewForm.SUBMISSION_ID)}" value="${fn:escapeXml(form.submissionId)}">
            <t:formField type="text" name="${ReviewForm.NAME}" label="${nameLabel}" maxlength="${ReviewForm.NAME_MAX}"
                         value="${form.reviewerName}" error="${form.errors[ReviewForm.NAME]}"/>
            <t:formField type="select" name="${ReviewForm.RATING}" label="${ratingLabel}" error="${form.errors[ReviewForm.RATING]}">
              <option value=""${empty form.rating ? ' selected' : ''}><fmt:message key="form.rating.choose"/></option>
              <c:forTokens items="5,4,3,2,1" delims="," var="starsValue">
                <fmt:message key="rating.${starsValue}" var="starsWords"/>
                <option value="${fn:escapeXml(starsValue)}"${form.rating eq starsValue ? ' selected' : ''}><fmt:message key="form.rating.option" var="optionText"><fmt:param value="${starsValue}"/><fmt:param value="${starsWords}"/></fmt:message><c:out value="${optionText}"/></option>
              </c:forTokens>
            </t:formField>
            <t:formField type="textarea" name="${ReviewForm.BODY}" label="${bodyLabel}" maxlength="${ReviewForm.BODY_MAX}"
                         value="${form.body}" error="${form.errors[ReviewForm.BODY]}"/>
            <button class="btn btn-primary" type="submit"><fmt:message key="form.submit"/></button>
          </form>
        </div>
      </section>
    </aside>
  </div>
</t:layout>

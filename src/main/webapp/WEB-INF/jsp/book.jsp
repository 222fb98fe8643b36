<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- A book, a page of its reviews (${reviews}: Page<Review>, newest first) and the review form (${form}). --%>
<c:url var="reviewAction" value="/books/${book.id}/reviews"/>
<t:layout title="${book.title}">
  <div class="row g-4">
    <div class="col-lg-8">
      <article class="book mb-4">
        <h1 class="h2 mb-1"><c:out value="${book.title}"/></h1>
        <p class="lead mb-2">by <c:out value="${book.author}"/></p>
        <dl class="book-facts small text-body-secondary mb-3">
          <dt>ISBN</dt><dd class="isbn"><c:out value="${book.isbn}"/></dd>
          <c:if test="${not empty book.publishedYear}">
            <dt>Published</dt><dd class="year"><c:out value="${book.publishedYear}"/></dd>
          </c:if>
        </dl>
        <p class="description"><c:out value="${book.description}"/></p>
        <p class="rating-summary">
          <span class="fs-4 fw-semibold average-rating"><c:out value="${br:averageRating(book.averageRating)}"/></span>
          <c:if test="${book.reviewCount gt 0}">
            <t:stars filled="${br:fullStars(book.averageRating)}"
                     label="Average ${br:averageRating(book.averageRating)} out of 5 stars"/>
          </c:if>
          <span class="text-body-secondary ms-2 review-count"><c:out value="${br:reviewCount(book.reviewCount)}"/></span>
          <a class="btn btn-outline-primary btn-sm ms-3" href="#write-review">Write a review</a>
        </p>
      </article>

      <section aria-labelledby="reviews-heading">
        <h2 class="h4" id="reviews-heading">Reviews</h2>
        <c:if test="${empty reviews.items}">
          <p class="text-body-secondary">No reviews yet. Be the first to write one.</p>
        </c:if>
        <c:forEach items="${reviews.items}" var="review">
          <article class="card mb-3 review">
            <div class="card-body">
              <h3 class="h6 card-title d-flex flex-wrap gap-2 align-items-baseline">
                <span class="reviewer"><c:out value="${review.reviewerName}"/></span>
                <t:stars filled="${review.rating}" label="${review.rating} out of 5 stars"/>
              </h3>
              <p class="card-text review-body"><c:out value="${review.body}"/></p>
              <p class="card-text small text-body-secondary mb-0">
                <time datetime="${fn:escapeXml(br:isoTime(review.createdAt))}"><c:out value="${br:readableTime(review.createdAt)}"/></time>
              </p>
            </div>
          </article>
        </c:forEach>
        <t:pagination page="${reviews}" path="/books/${book.id}" label="Review pages"/>
      </section>
    </div>

    <aside class="col-lg-4">
      <section class="card review-form" id="write-review" aria-labelledby="write-heading">
        <div class="card-body">
          <h2 class="h4 card-title" id="write-heading">Write a review</h2>
          <c:if test="${not empty form.errors}">
            <p class="text-danger small" role="alert">Please correct the marked fields.</p>
          </c:if>
          <form method="post" action="${fn:escapeXml(reviewAction)}" accept-charset="UTF-8" novalidate>
            <input type="hidden" name="csrf_token" value="${fn:escapeXml(csrfToken)}">
            <t:formField type="text" name="reviewer_name" label="Your name" maxlength="100"
                         value="${form.reviewerName}" error="${form.errors['reviewer_name']}"/>
            <t:formField type="select" name="rating" label="Your rating" error="${form.errors['rating']}">
              <option value=""${empty form.rating ? ' selected' : ''}>Choose a rating…</option>
              <c:forTokens items="5,4,3,2,1" delims="," var="starsValue">
                <option value="${fn:escapeXml(starsValue)}"${form.rating eq starsValue ? ' selected' : ''}><c:out value="${starsValue}"/> star<c:if test="${starsValue ne '1'}">s</c:if></option>
              </c:forTokens>
            </t:formField>
            <t:formField type="textarea" name="body" label="Your review" maxlength="5000"
                         value="${form.body}" error="${form.errors['body']}"/>
            <button class="btn btn-primary" type="submit">Submit review</button>
          </form>
        </div>
      </section>
    </aside>
  </div>
</t:layout>
